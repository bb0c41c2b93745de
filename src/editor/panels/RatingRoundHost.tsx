/**
 * Where the rating round lives while it runs. The round selects each touchpoint it rates, which
 * swaps the inspector's content, so it cannot live in the stage inspector that started it: the
 * editor mounts one host around its panels, and the toolbar and the stage inspector ask it to
 * start a round. A panel used outside the editor (no host) hosts its own round (the toolbar) or
 * offers none (the stage inspector).
 */
import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { RatingRound } from './RatingRound';

/** Starts a round over one stage, or the whole journey when `stageId` is undefined. */
export type StartRatingRound = (stageId?: string) => void;

const RatingRoundContext = createContext<StartRatingRound | null>(null);

/** The host's start function, or null outside a host. */
export function useStartRatingRound(): StartRatingRound | null {
  return useContext(RatingRoundContext);
}

export function RatingRoundHost({ children }: { children: ReactNode }) {
  const [round, setRound] = useState<{ stageId?: string } | null>(null);
  const start = useCallback<StartRatingRound>((stageId) => setRound(stageId === undefined ? {} : { stageId }), []);
  const close = useCallback(() => setRound(null), []);
  const value = useMemo(() => start, [start]);
  return (
    <RatingRoundContext.Provider value={value}>
      {children}
      {round ? <RatingRound stageId={round.stageId} onClose={close} /> : null}
    </RatingRoundContext.Provider>
  );
}
