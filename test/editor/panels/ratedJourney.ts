/**
 * The panels' sample journey in format v2: three participants, two rated touchpoints whose
 * emotion is the mean of their ratings, and evidence (a quote, a link) on "Payment fails".
 */
import type { JourneyDocument } from '../../../src/model';
import { sampleJourney } from './renderWithStore';

export function ratedJourney(): JourneyDocument {
  const doc = sampleJourney();
  const touchpoints = doc.touchpoints.map((touchpoint) => {
    if (touchpoint.id === 't-ad') {
      // (2 + 3) / 2 = 2.5, the sample's emotion.
      return { ...touchpoint, ratings: [{ by: 'p-ana', emotion: 2 }, { by: 'p-ben', emotion: 3, note: 'Looks fun' }] };
    }
    if (touchpoint.id === 't-pay') {
      // (−4 − 5) / 2 = −4.5, the sample's emotion.
      return {
        ...touchpoint,
        ratings: [{ by: 'p-ana', emotion: -4 }, { by: 'p-ben', emotion: -5 }],
        evidence: [
          { kind: 'quote' as const, text: 'I typed my card number twice.', source: 'Interview 3' },
          { kind: 'link' as const, text: 'Checkout funnel report', url: 'https://example.com/funnel' },
        ],
      };
    }
    return touchpoint;
  });
  return {
    ...doc,
    version: 2,
    participants: [
      { id: 'p-ana', name: 'Ana', role: 'Customer' },
      { id: 'p-ben', name: 'Ben', role: 'Support' },
      { id: 'p-chen', name: '陈静' },
    ],
    touchpoints,
  } as JourneyDocument;
}
