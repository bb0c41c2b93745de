/** A stage column's header: colour, name, how many touchpoints, their mean emotion, and `+`. */
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { formatEmotion, formatMessage } from '../../i18n';
import { useJourneyStore, useJourneyStoreApi, useMessages } from '../JourneyStoreContext';
import { addTouchpointAt } from './actions';
import { useCanvasApi } from './CanvasContext';
import type { StageHeaderNode as StageHeaderNodeType } from './nodeData';
import { selectReadOnly } from './selectors';
import { stageColor } from '../../layout';

function StageHeaderView({ data }: NodeProps<StageHeaderNodeType>) {
  const { stage, stageIndex } = data;
  const canvas = useCanvasApi();
  // Read from the layout's analysis as two numbers: an emotion drag re-renders only a header whose mean moved.
  const { derivation, editable } = canvas;
  const count = useJourneyStore(
    (state) => derivation.layout(state.document, state.lanes, editable && !state.readOnly).analysis.stages[stageIndex]?.count ?? 0,
  );
  const mean = useJourneyStore(
    (state) => derivation.layout(state.document, state.lanes, editable && !state.readOnly).analysis.stages[stageIndex]?.mean ?? null,
  );
  const messages = useMessages();
  const store = useJourneyStoreApi();
  const readOnly = useJourneyStore(selectReadOnly);
  const selected = useJourneyStore((state) => state.selection?.kind === 'stage' && state.selection.id === stage.id);
  const countText = count === 1 ? messages['canvas.stage.countOne'] : formatMessage(messages['canvas.stage.countMany'], { count });
  const meanText =
    mean === null ? messages['canvas.stage.noMean'] : formatMessage(messages['canvas.stage.mean'], { mean: formatEmotion(mean) });
  const name = stage.name.trim() === '' ? messages['common.untitled'] : stage.name;
  const color = stageColor(stage.color, stageIndex);
  const tone = mean === null ? 'none' : mean > 0 ? 'positive' : mean < 0 ? 'negative' : 'neutral';

  return (
    <div
      className={`jc-stage${selected ? ' jc-stage--selected' : ''}`}
      style={{ '--jc-stage-color': color } as React.CSSProperties}
      role="group"
      aria-label={formatMessage(messages['canvas.stage.summary'], { name, count: countText, mean: meanText })}
    >
      <button
        type="button"
        className="jc-stage__name nopan"
        aria-label={formatMessage(messages['canvas.stage.name'], { name })}
        aria-pressed={selected}
        onClick={() => store.getState().select({ kind: 'stage', id: stage.id })}
      >
        {name}
      </button>
      <p className="jc-stage__stats">
        <span>{countText}</span>
        <span aria-hidden="true"> · </span>
        <span className={`jc-stage__mean jc-stage__mean--${tone}`}>{meanText}</span>
      </p>
      {!readOnly && (
        <button
          type="button"
          className="jc-stage__add nopan"
          aria-label={formatMessage(messages['canvas.addTouchpointTo'], { stage: name })}
          title={formatMessage(messages['canvas.addTouchpointTo'], { stage: name })}
          onClick={() => {
            const id = addTouchpointAt(store, stage.id);
            if (id) canvas.focusTouchpoint(id);
          }}
        >
          <span aria-hidden="true">+</span>
        </button>
      )}
    </div>
  );
}

export const StageHeaderNode = memo(StageHeaderView);
