/**
 * Behind everything, as a React Flow node: the picture's backdrop (picture/Backdrop.tsx: stage
 * column tints, lane bands and names, the emotion scale) painted with the editor's `--jc-*`
 * custom properties.
 */
import { memo, useMemo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { Backdrop } from '../../picture/Backdrop';
import { CSS_PAINT } from '../../picture/paint';
import { useMessages } from '../JourneyStoreContext';
import type { BackdropNode as BackdropNodeType } from './nodeData';

function BackdropView({ data }: NodeProps<BackdropNodeType>) {
  const messages = useMessages();
  const { columns, lanes, bounds, gutterWidth, scaleTop, scaleBottom, scaleRight } = data;
  const geometry = useMemo(
    () => ({
      columns,
      lanes,
      bounds,
      gutterWidth,
      scale: scaleTop !== null && scaleBottom !== null && scaleRight !== null ? { top: scaleTop, bottom: scaleBottom, right: scaleRight } : null,
    }),
    [columns, lanes, bounds, gutterWidth, scaleTop, scaleBottom, scaleRight],
  );
  return (
    <svg className="jc-backdrop" width={bounds.width} height={bounds.height} aria-hidden="true">
      <Backdrop geometry={geometry} paint={CSS_PAINT} messages={messages} />
    </svg>
  );
}

export const BackdropNode = memo(BackdropView);
