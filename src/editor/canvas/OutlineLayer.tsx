/**
 * A large map zoomed far out (see largeMaps.ts) drawn as the picture's outline
 * (picture/Outline.tsx), above the stage columns and lane bands, under the curve and its moments
 * (EmotionLayer). Decoration only: the cards' names and emotions stay reachable by keyboard,
 * which zooms back in.
 */
import { memo, useMemo } from 'react';
import { ViewportPortal } from '@xyflow/react';
import { Outline, outlinePaths } from '../../picture/Outline';
import { CSS_PAINT } from '../../picture/paint';
import { useCanvasLayout } from './CanvasContext';

export const OutlineLayer = memo(function OutlineLayer() {
  const layout = useCanvasLayout();
  const { cards, chips, metrics, bounds } = layout;
  // Geometry only: an emotion drag keeps these arrays, so the paths are not rebuilt.
  const paths = useMemo(() => outlinePaths({ cards, chips, metrics }), [cards, chips, metrics]);
  return (
    <ViewportPortal>
      <svg className="jc-outline" width={bounds.width} height={bounds.height} aria-hidden="true" style={{ position: 'absolute', left: 0, top: 0, overflow: 'visible' }}>
        <Outline paths={paths} paint={CSS_PAINT} />
      </svg>
    </ViewportPortal>
  );
});
