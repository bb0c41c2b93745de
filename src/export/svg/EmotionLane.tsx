/** The emotion lane of an image: the picture's shared parts, painted with literal colours. */
import type { ReactElement } from 'react';
import { emotionAreaPath, emotionCurvePath } from '../../layout';
import { MomentMarkers, PointDot, RunArea, RunCurve, ZeroClipPaths, ZeroLine } from '../../picture/EmotionLane';
import { RatingBands } from '../../picture/RatingBands';
import type { MapRenderContext } from './context';
import { displayTitle } from './context';

export function EmotionLane({ context }: { context: MapRenderContext }): ReactElement | null {
  const { layout, theme, messages, idPrefix, markerScale, touchpointById } = context;
  const lane = layout.emotion;
  if (!lane) return null;
  const clips = { above: `${idPrefix}-emotion-above`, below: `${idPrefix}-emotion-below` };
  const title = (id: string) => displayTitle(touchpointById.get(id)?.title, messages);
  return (
    <g>
      <ZeroClipPaths lane={lane} clips={clips} />
      <RunArea run={{ area: emotionAreaPath(lane.points, lane.zeroY) }} paint={theme} clips={clips} />
      <ZeroLine lane={lane} paint={theme} />
      <RatingBands bands={lane.bands} paint={theme} messages={messages} title={title} markScale={markerScale} />
      <RunCurve run={{ curve: emotionCurvePath(lane.points) }} style={{ stroke: theme.curve }} />
      <MomentMarkers layout={layout} paint={theme} messages={messages} scale={markerScale} title={title} />
      <g>
        {lane.points.map((point) => (
          <PointDot key={point.touchpointId} x={point.x} y={point.y} emotion={point.emotion} paint={theme} />
        ))}
      </g>
    </g>
  );
}
