/** Deterministic journeys of any size for the benchmark, shaped like real ones. */
import type { JourneyDocument, Touchpoint } from '../../src/model';

const channels = ['web', 'app', 'phone', 'store', 'email', 'social', 'chat', 'in-person'];

/** A small seeded generator, so every run measures the same documents. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function makeJourney(touchpointCount: number, seed = 1): JourneyDocument {
  const next = random(seed);
  const stageIds = ['awareness', 'consideration', 'purchase', 'use', 'feedback'];
  const touchpoints: Touchpoint[] = [];
  for (let i = 0; i < touchpointCount; i++) {
    const touchpoint: Touchpoint = {
      id: `tp-${i.toString(36).padStart(8, '0')}`,
      stageId: stageIds[Math.floor((i / touchpointCount) * stageIds.length)] as string,
      title: `Touchpoint number ${i} of the journey`,
      emotion: Math.round((next() * 10 - 5) * 10) / 10,
      channel: channels[i % channels.length] as string,
    };
    if (i % 3 === 0) touchpoint.painPoints = ['Waits too long on hold', 'Form loses its input'];
    if (i % 4 === 0) touchpoint.delights = ['Friendly agent'];
    if (i % 5 === 0) touchpoint.metrics = { csat: 1 + Math.floor(next() * 5), nps: Math.floor(next() * 201) - 100, ces: 1 + Math.floor(next() * 7) };
    if (i % 10 === 0) touchpoint.keyMoment = true;
    touchpoints.push(touchpoint);
  }
  return {
    format: 'journey-canvas',
    version: 2,
    id: 'j-bench',
    title: 'Benchmark journey',
    locale: 'en',
    persona: { name: 'Mia', goals: ['Order fast'] },
    stages: stageIds.map((id) => ({ id, name: id[0]?.toUpperCase() + id.slice(1), kind: id as 'use', color: '#4f46e5' })),
    touchpoints,
  };
}

/** `document` with about one touchpoint in ten changed, moved, removed or added. */
export function editedCopy(document: JourneyDocument): JourneyDocument {
  const touchpoints: Touchpoint[] = [];
  document.touchpoints.forEach((touchpoint, i) => {
    if (i % 40 === 0) return; // removed
    if (i % 40 === 10) touchpoints.push({ ...touchpoint, emotion: -touchpoint.emotion });
    else if (i % 40 === 20) touchpoints.push({ ...touchpoint, stageId: 'feedback' });
    else if (i % 40 === 30) touchpoints.push({ ...touchpoint, title: `${touchpoint.title} (edited)`, owner: 'Support' });
    else touchpoints.push(structuredClone(touchpoint));
    if (i % 40 === 5) touchpoints.push({ id: `new-${i}`, stageId: touchpoint.stageId, title: 'Added', emotion: 1 });
  });
  return { ...document, touchpoints };
}
