/** The placeholder card of an empty stage: the column stays, with a button to add its first touchpoint. */
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { formatMessage } from '../../i18n';
import { useJourneyStoreApi, useMessages } from '../JourneyStoreContext';
import { addTouchpointAt } from './actions';
import { useCanvasApi } from './CanvasContext';
import type { AddSlotNode as AddSlotNodeType } from './nodeData';

function AddSlotView({ data }: NodeProps<AddSlotNodeType>) {
  const messages = useMessages();
  const store = useJourneyStoreApi();
  const canvas = useCanvasApi();
  const name = data.stage.name.trim() === '' ? messages['common.untitled'] : data.stage.name;
  return (
    <button
      type="button"
      className="jc-add-slot nopan"
      aria-label={formatMessage(messages['canvas.addTouchpointTo'], { stage: name })}
      onClick={() => {
        const id = addTouchpointAt(store, data.stage.id);
        if (id) canvas.focusTouchpoint(id);
      }}
    >
      <span aria-hidden="true" className="jc-add-slot__plus">
        +
      </span>
      <span aria-hidden="true">{messages['canvas.addTouchpoint']}</span>
    </button>
  );
}

export const AddSlotNode = memo(AddSlotView);
