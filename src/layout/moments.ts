/**
 * Where the labels of the peak, end, best and worst moments go: above or below their point. Loud
 * moments (peak, end) choose first, away from the curve's extreme; a label goes to the other
 * side when its own has no room in the lane, or when another moment of the same touchpoint took
 * it. Every renderer draws the markers from this, at any marker scale.
 */
import type { EmotionLaneLayout, JourneyLayout, MomentLayout } from './types';

export type MomentKind = 'peak' | 'end' | 'best' | 'worst';
export type LabelSide = 'above' | 'below';

export interface PlacedMoment {
  kind: MomentKind;
  moment: MomentLayout;
  side: LabelSide;
  /** Peak and end are loud (filled pills); best and worst quiet. */
  loud: boolean;
}

/** Room a label needs between its point and the lane's edge, at marker scale 1. */
const LABEL_ROOM = 34;

/** The moments to mark, quiet ones first so the loud ones paint on top. `scale` is the markers' size factor. */
export function placeMoments(lane: EmotionLaneLayout, moments: JourneyLayout['moments'], scale = 1): PlacedMoment[] {
  const fits = (moment: MomentLayout, side: LabelSide) =>
    side === 'above' ? moment.y - lane.top > LABEL_ROOM * scale : lane.bottom - moment.y > LABEL_ROOM * scale;
  const taken = new Map<string, Set<LabelSide>>();
  const place = (moment: MomentLayout, prefer: LabelSide): LabelSide => {
    const used = taken.get(moment.touchpointId) ?? new Set<LabelSide>();
    const other: LabelSide = prefer === 'above' ? 'below' : 'above';
    const side = !used.has(prefer) && fits(moment, prefer) ? prefer : !used.has(other) && fits(moment, other) ? other : used.has(prefer) ? other : prefer;
    used.add(side);
    taken.set(moment.touchpointId, used);
    return side;
  };
  const { peak, end, best, worst } = moments;
  const items: PlacedMoment[] = [];
  if (peak) items.push({ kind: 'peak', moment: peak, side: place(peak, peak.emotion >= 0 ? 'above' : 'below'), loud: true });
  if (end) items.push({ kind: 'end', moment: end, side: place(end, end.emotion >= 0 ? 'above' : 'below'), loud: true });
  if (best && best.touchpointId !== peak?.touchpointId) items.push({ kind: 'best', moment: best, side: place(best, 'above'), loud: false });
  if (worst && worst.touchpointId !== peak?.touchpointId) items.push({ kind: 'worst', moment: worst, side: place(worst, 'below'), loud: false });
  return items.sort((a, b) => Number(a.loud) - Number(b.loud));
}
