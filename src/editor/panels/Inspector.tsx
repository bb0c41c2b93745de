/**
 * `<Inspector />`: edits whatever is selected on the map — a touchpoint or a stage — or says how
 * to select something. Each selection gets fresh fields (keyed by id), so a half-typed value
 * never carries over to another touchpoint.
 */
import { useId } from 'react';
import { useJourneyStore, useMessages } from '../JourneyStoreContext';
import type { JourneyStoreState } from '../../store';
import { StageInspector } from './StageInspector';
import { TouchpointInspector } from './TouchpointInspector';
import './panels.css';

const selectSelectedTouchpoint = (state: JourneyStoreState) => {
  const selection = state.selection;
  return selection?.kind === 'touchpoint' ? state.document.touchpoints.find((t) => t.id === selection.id) : undefined;
};

const selectSelectedStage = (state: JourneyStoreState) => {
  const selection = state.selection;
  return selection?.kind === 'stage' ? state.document.stages.find((s) => s.id === selection.id) : undefined;
};

export function Inspector() {
  const messages = useMessages();
  const touchpoint = useJourneyStore(selectSelectedTouchpoint);
  const stage = useJourneyStore(selectSelectedStage);
  const headingId = useId();

  return (
    <section className="jc-panel jc-inspector" aria-labelledby={headingId}>
      <h2 id={headingId} className="jc-panel__title">{messages['panel.inspector.label']}</h2>
      {touchpoint ? (
        <TouchpointInspector key={`t:${touchpoint.id}`} touchpoint={touchpoint} />
      ) : stage ? (
        <StageInspector key={`s:${stage.id}`} stage={stage} />
      ) : (
        <p className="jc-panel__hint">{messages['panel.inspector.hint']}</p>
      )}
    </section>
  );
}
