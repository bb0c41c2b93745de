/**
 * `useRatingRound({ doc, participantId })`: a live session's rating round for one device.
 *
 *   const room = useRatingRound({ doc: provider.document, participantId: myId });
 *   room.join('Ana');                      // once: you are a participant under your name
 *   room.start({ kind: 'journey' });       // facilitator: everyone rates, values hidden
 *   room.rate('t-install', -3);            // your own rating (hidden while the round is open)
 *   room.counts['t-install'];              // { rated: 7, of: 12 }: how many, never what
 *   room.reveal();                         // facilitator: every rating into the journey at once
 *
 * The server decides who may start, reveal and end (examples/workshop-live refuses it from
 * anyone but the facilitator); hiding values is a view choice, not secrecy (ratingRound.ts).
 */
import { useCallback, useMemo, useRef, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { touchpointRatingStats } from '../model';
import type { JourneyDocument } from '../model';
import { parseJourneyYDoc } from './journeyYDoc';
import { endRatingRound, joinAsParticipant, rateTouchpoint, readRatingRound, readRoundRatings, revealRatingRound, startRatingRound } from './ratingRound';
import type { RatingRound, RatingRoundScope, RoundCount } from './ratingRound';

export interface RatingRoundTouchpoint {
  id: string;
  title: string;
  stageId: string;
  stageName: string;
  /** The room's ratings in the journey (after a reveal, or given outside a round). */
  stats?: { n: number; mean: number; min: number; max: number; sd: number };
}

export interface RatingRoundState {
  round: RatingRound | null;
  /** The touchpoints the round asks about (all of them when no round runs), in journey order. */
  touchpoints: RatingRoundTouchpoint[];
  participants: { id: string; name: string }[];
  /** The journey's stages (a round's scope may be one of them). */
  stages: { id: string; name: string }[];
  /** By touchpoint id: how many have rated in the open round, of how many participants. */
  counts: Record<string, RoundCount>;
  /** By touchpoint id: your own ratings (hidden ones of the open round included). */
  myRatings: Record<string, number>;
  /** Whether you (participantId) are among the journey's participants. */
  joined: boolean;
}

export interface UseRatingRoundOptions {
  /** The shared document (`provider.document`), synced. */
  doc: Y.Doc;
  /** Your participant id, stable per device (e.g. kept in localStorage). */
  participantId: string;
}

export interface RatingRoundControls extends RatingRoundState {
  /** Joins the journey's participants under `name` (or renames you). */
  join(name: string): void;
  /** Facilitator: starts a round for the whole journey (default) or one stage. */
  start(scope?: RatingRoundScope): void;
  /** Facilitator: puts every round rating into the journey, in one transaction. */
  reveal(): void;
  /** Facilitator: ends the round (revealed ratings stay). */
  end(): void;
  /** Your rating of a touchpoint, from -5 to 5. */
  rate(touchpointId: string, emotion: number): void;
}

const EMPTY: RatingRoundState = { round: null, touchpoints: [], participants: [], stages: [], counts: {}, myRatings: {}, joined: false };

/** The round state a device shows, from the Y.Doc (the journey read only when valid). */
export function readRatingRoundState(doc: Y.Doc, participantId: string, lastValid?: JourneyDocument): { state: RatingRoundState; journey: JourneyDocument | undefined } {
  const parsed = parseJourneyYDoc(doc);
  const journey = parsed.ok ? parsed.document : lastValid;
  if (journey === undefined) return { state: EMPTY, journey };
  const round = readRatingRound(doc);
  const stageNames = new Map(journey.stages.map((s) => [s.id, s.name]));
  const touchpoints = journey.touchpoints
    .filter((t) => round === null || round.scope.kind === 'journey' || t.stageId === round.scope.stageId)
    .map((t): RatingRoundTouchpoint => {
      const stats = touchpointRatingStats(t);
      // The mean every client shows is the touchpoint's emotion: the ratings' mean to 2 decimals.
      return { id: t.id, title: t.title, stageId: t.stageId, stageName: stageNames.get(t.stageId) ?? '', ...(stats ? { stats: { ...stats, mean: t.emotion } } : {}) };
    });
  const participants = (journey.participants ?? []).map((p) => ({ id: p.id, name: p.name ?? p.id }));
  const { counts, myRatings } = readRoundRatings(doc, participantId);
  const stages = journey.stages.map((s) => ({ id: s.id, name: s.name }));
  return { state: { round, touchpoints, participants, stages, counts, myRatings, joined: participants.some((p) => p.id === participantId) }, journey };
}

export function useRatingRound({ doc, participantId }: UseRatingRoundOptions): RatingRoundControls {
  const cache = useRef<{ doc: Y.Doc; participantId: string; version: number; state: RatingRoundState; journey?: JourneyDocument } | null>(null);
  const version = useRef(0);
  const subscribe = useCallback(
    (notify: () => void) => {
      const onUpdate = () => {
        version.current++;
        notify();
      };
      doc.on('update', onUpdate);
      return () => doc.off('update', onUpdate);
    },
    [doc],
  );
  const getSnapshot = useCallback(() => {
    const cached = cache.current;
    if (cached && cached.doc === doc && cached.participantId === participantId && cached.version === version.current) return cached.state;
    const { state, journey } = readRatingRoundState(doc, participantId, cached?.doc === doc ? cached.journey : undefined);
    cache.current = { doc, participantId, version: version.current, state, journey };
    return state;
  }, [doc, participantId]);
  const state = useSyncExternalStore(subscribe, getSnapshot, getSnapshot);

  const actions = useMemo(
    () => ({
      join: (name: string) => void joinAsParticipant(doc, { id: participantId, name }),
      start: (scope?: RatingRoundScope) => void startRatingRound(doc, { scope, startedBy: participantId }),
      reveal: () => void revealRatingRound(doc),
      end: () => endRatingRound(doc),
      rate: (touchpointId: string, emotion: number) => void rateTouchpoint(doc, { touchpointId, by: participantId, emotion }),
    }),
    [doc, participantId],
  );
  return useMemo(() => ({ ...state, ...actions }), [state, actions]);
}
