import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutJourney, JOURNEY_LANES } from '../../../src/layout';
import type { JourneyLayout } from '../../../src/layout';
import type { JourneyDocument } from '../../../src/model';
import { buildNodes, createNodeCache } from '../../../src/editor/canvas/buildNodes';
import type { MapNode } from '../../../src/editor/canvas/nodeData';
import { validJourney } from '../../model/fixtures';

/** Nodes that span the map (backdrop) or stand for a whole stage are always built. */
const alwaysBuilt = (node: MapNode) => node.type === 'backdrop' || node.type === 'stageHeader' || node.type === 'addSlot';

function reaches(node: MapNode, left: number, right: number): boolean {
  return node.position.x + (node.width ?? 0) >= left && node.position.x <= right;
}

function build(document: JourneyDocument, layout: JourneyLayout, window: { left: number; right: number } | null, draggingId: string | null = null) {
  return buildNodes(document, layout, { editable: true, draggingId, window }, createNodeCache());
}

describe('buildNodes with a window (large maps)', () => {
  it('builds exactly the nodes of the whole map that reach into the window, and the dragged card', () => {
    fc.assert(
      fc.property(validJourney, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(), fc.boolean(), (document, a, b, pick, onEdges) => {
        const layout = layoutJourney(document, { lanes: JOURNEY_LANES, editable: true });
        const width = layout.bounds.width;
        let left = Math.min(a, b) * width;
        let right = Math.max(a, b) * width;
        const cards = layout.cards;
        if (onEdges && cards.length > 0) {
          // Exactly on a card's right edge and another's left edge: the boundaries count as inside.
          const first = cards[Math.floor(Math.min(a, b) * (cards.length - 1))];
          const last = cards[Math.floor(Math.max(a, b) * (cards.length - 1))];
          if (first && last) [left, right] = [first.x + first.width, last.x];
        }
        const dragged = document.touchpoints.length > 0 ? (document.touchpoints[pick % document.touchpoints.length]?.id ?? null) : null;
        const all = build(document, layout, null, dragged);
        const windowed = build(document, layout, { left, right }, dragged);
        const expected = all.filter((node) => alwaysBuilt(node) || reaches(node, left, right) || node.id === `card:${dragged}`);
        expect(windowed.map((node) => node.id).sort()).toEqual(expected.map((node) => node.id).sort());
        // The same node for the same place: windowing changes which nodes, never what they hold.
        const byId = new Map(all.map((node) => [node.id, node]));
        for (const node of windowed) expect(node).toEqual(byId.get(node.id));
      }),
      { numRuns: 200 },
    );
  });

  it('keeps its previous nodes (the same objects) when the window and the layout are the same', () => {
    fc.assert(
      fc.property(validJourney, (document) => {
        const layout = layoutJourney(document, { lanes: JOURNEY_LANES, editable: true });
        const cache = createNodeCache();
        const window = { left: 0, right: layout.bounds.width / 2 };
        const first = buildNodes(document, layout, { editable: true, draggingId: null, window }, cache);
        const again = buildNodes(document, layout, { editable: true, draggingId: null, window: { ...window } }, cache);
        expect(again).toBe(first);
        // A wider window: the nodes already built are reused as they were.
        const wider = buildNodes(document, layout, { editable: true, draggingId: null, window: null }, cache);
        const before = new Map(first.map((node) => [node.id, node]));
        for (const node of wider) if (before.has(node.id)) expect(node).toBe(before.get(node.id));
      }),
      { numRuns: 100 },
    );
  });
});
