/**
 * The room's spread on the curve, drawn once for every renderer: at each rated touchpoint a
 * whisker from the lowest to the highest of its participants' ratings, a tick at each rating, and
 * where the room disagrees (layout's `disagreement`) the whisker in the disagreement colour with a
 * mark that names it. Drawn under the curve and its points, over the tints. Like the rest of the
 * picture: pure components, colours from the paint (CSS variables in the editor, resolved colours
 * in an export).
 */
import type { ReactElement } from 'react';
import { formatEmotion, formatMessage } from '../i18n';
import type { JourneyMessages } from '../i18n';
import type { Palette, RatingBandLayout } from '../layout';
import { px } from './shapes';

/** Half the whisker's width, and half its caps' (map px). */
const HALF_WIDTH = 5;
const HALF_CAP = 9;
/** The disagreement mark: a diamond this far from its centre to a corner, beside the top cap. */
const MARK_RADIUS = 10.5;
const MARK_OFFSET = HALF_CAP + MARK_RADIUS + 3;

/** A spread as people read it: one decimal ("2.4"). */
export function formatSpread(sd: number): string {
  return String(Math.round(sd * 10) / 10);
}

/** The sentence naming a disagreement: "The room disagrees on Installation: 6 ratings from −4 to +3 (sd 2.9)". */
export function disagreementName(band: Pick<RatingBandLayout, 'n' | 'min' | 'max' | 'sd'>, title: string, messages: JourneyMessages): string {
  return formatMessage(messages['canvas.band.disagree'], {
    title,
    n: band.n,
    min: formatEmotion(band.min),
    max: formatEmotion(band.max),
    sd: formatSpread(band.sd),
  });
}

/** The disagreement glyph at (0, 0): a diamond with "≠" in it, drawn as paths (no font needed). Also the legend's swatch. */
export function DisagreementGlyph({ paint }: { paint: Palette }): ReactElement {
  const r = MARK_RADIUS;
  return (
    <>
      <path d={`M0,${-r}L${r},0L0,${r}L${-r},0Z`} fill={paint.disagree} stroke={paint.surface} strokeWidth={1.5} strokeLinejoin="round" />
      <path d="M-4.6,-2.1H4.6M-4.6,2.1H4.6M2.1,-4.9L-2.1,4.9" fill="none" stroke={paint.onLoud} strokeWidth={1.8} strokeLinecap="round" />
    </>
  );
}

/** The disagreement mark beside a band's top cap, named for assistive technology and as a tooltip. */
export function DisagreementMark({ x, y, paint, label, scale = 1 }: { x: number; y: number; paint: Palette; label: string; scale?: number }): ReactElement {
  return (
    <g className="jc-band__mark" transform={`translate(${px(x)} ${px(y)})${scale === 1 ? '' : ` scale(${px(scale)})`}`} role="img" aria-label={label}>
      <title>{label}</title>
      <DisagreementGlyph paint={paint} />
    </g>
  );
}

/** One touchpoint's whisker. A single rating (or all alike) has no spread to draw: only the point shows. */
export function RatingBand({
  band,
  paint,
  messages,
  title,
  yOf,
  markScale = 1,
}: {
  band: RatingBandLayout;
  paint: Palette;
  messages: JourneyMessages;
  /** The touchpoint's title, for the disagreement mark's name. */
  title: string;
  /** The y of a rating on the scale this band is drawn on (the band's own layout when omitted). */
  yOf?: (emotion: number) => number;
  /** Drawn this many times its size (the mark on a shrunk slide). */
  markScale?: number;
}): ReactElement | null {
  const top = yOf ? yOf(band.max) : band.yMax;
  const bottom = yOf ? yOf(band.min) : band.yMin;
  const { x, disagreement } = band;
  const ink = disagreement ? paint.disagree : paint.curve;
  const spread = bottom - top;
  return (
    <g className={`jc-band${disagreement ? ' jc-band--disagree' : ''}`} data-jc-band={band.touchpointId} data-n={band.n}>
      {spread >= 1 && (
        <g aria-hidden="true">
          <rect x={px(x - HALF_WIDTH)} y={px(top)} width={2 * HALF_WIDTH} height={px(spread)} rx={HALF_WIDTH} fill={disagreement ? paint.disagreeArea : paint.band} />
          {band.values.map((value, index) => {
            const y = px(yOf ? yOf(value) : yOfBand(band, value));
            return <line key={index} x1={px(x - HALF_WIDTH)} x2={px(x + HALF_WIDTH)} y1={y} y2={y} stroke={ink} strokeWidth={1.5} strokeOpacity={0.55} />;
          })}
          <path
            d={`M${px(x - HALF_CAP)},${px(top)}H${px(x + HALF_CAP)}M${px(x - HALF_CAP)},${px(bottom)}H${px(x + HALF_CAP)}`}
            fill="none"
            stroke={ink}
            strokeWidth={2}
            strokeLinecap="round"
          />
        </g>
      )}
      {disagreement && <DisagreementMark x={x + MARK_OFFSET * markScale} y={top} paint={paint} label={disagreementName(band, title, messages)} scale={markScale} />}
    </g>
  );
}

/** Between the band's own min and max, linearly (the scale is linear): the y of a rating. */
function yOfBand(band: RatingBandLayout, value: number): number {
  if (band.max === band.min) return band.yMin;
  return band.yMin + ((value - band.min) / (band.max - band.min)) * (band.yMax - band.yMin);
}

/** Every band of a lane (or the ones given, e.g. those near the view). */
export function RatingBands({
  bands,
  paint,
  messages,
  title,
  yOf,
  markScale = 1,
}: {
  bands: readonly RatingBandLayout[];
  paint: Palette;
  messages: JourneyMessages;
  title: (touchpointId: string) => string;
  yOf?: (emotion: number) => number;
  markScale?: number;
}): ReactElement | null {
  if (bands.length === 0) return null;
  return (
    <g className="jc-bands">
      {bands.map((band) => (
        <RatingBand key={band.touchpointId} band={band} paint={paint} messages={messages} title={title(band.touchpointId)} yOf={yOf} markScale={markScale} />
      ))}
    </g>
  );
}
