/** A random edit of the kind a workshop makes: emotions, titles, pain points, moves, new and removed cards. */
import { applyOperation } from '../../src/model';
import type { JourneyChange, JourneyDocument } from '../../src/model';

function randomChange(doc: JourneyDocument, n: number): JourneyChange {
  const pick = <T>(items: readonly T[]) => items[Math.floor(Math.random() * items.length)] as T;
  const touchpoint = pick(doc.touchpoints);
  const stage = pick(doc.stages);
  const roll = Math.random();
  if (!touchpoint || roll < 0.05) return { operation: 'addTouchpoint', args: { stageId: stage.id, touchpoint: { title: `Idea ${n}`, emotion: 0 } } };
  if (roll < 0.45) return { operation: 'setEmotion', args: { id: touchpoint.id, emotion: Math.round(Math.random() * 20 - 10) / 2 } };
  if (roll < 0.65) return { operation: 'updateTouchpoint', args: { id: touchpoint.id, changes: { title: `Renamed ${n}` } } };
  if (roll < 0.8) return { operation: 'updateTouchpoint', args: { id: touchpoint.id, changes: { painPoints: [...(touchpoint.painPoints ?? []), `pain ${n}`].slice(-3) } } };
  if (roll < 0.97) {
    const count = doc.touchpoints.filter((t) => t.stageId === stage.id && t.id !== touchpoint.id).length;
    return { operation: 'moveTouchpoint', args: { id: touchpoint.id, stageId: stage.id, index: Math.floor(Math.random() * (count + 1)) } };
  }
  return { operation: 'removeTouchpoint', args: { id: touchpoint.id } };
}

/** The journey after one random workshop edit (the same mix as bench/collab/run.ts). */
export function workshopEdit(doc: JourneyDocument, n: number): JourneyDocument {
  return applyOperation(doc, randomChange(doc, n));
}
