/**
 * The as-is journey (the "online checkout" template) and a to-be version a team might propose:
 * guest checkout, shipping costs shown up front, a payment failure that keeps the cart, and a
 * one-question review. Built with the model's operations, as a host app's own edits would be.
 */
import { applyOperation, getJourneyTemplate } from 'journey-canvas/model';
import type { JourneyChange, JourneyDocument } from 'journey-canvas/model';

export function asIsJourney(): JourneyDocument {
  const template = getJourneyTemplate('online-checkout', 'en');
  if (!template) throw new Error('the online-checkout template is missing');
  return template.document;
}

const REDESIGN: JourneyChange[] = [
  {
    operation: 'updateTouchpoint',
    args: { id: 'oc-cart', changes: { title: 'Shipping cost shown on the product page', emotion: 0.5, painPoints: undefined, delights: ['Free shipping from €50, said up front'] } },
  },
  {
    operation: 'updateTouchpoint',
    args: { id: 'oc-account', changes: { title: 'Checks out as a guest', emotion: 1.5, painPoints: undefined, opportunities: ['Offer an account after the order'] } },
  },
  {
    operation: 'updateTouchpoint',
    args: { id: 'oc-payment', changes: { title: 'Payment retried, cart kept', emotion: -1.5, painPoints: ['Bank check still takes a minute'] } },
  },
  { operation: 'addTouchpoint', args: { stageId: 'delivery', index: 1, touchpoint: { id: 'oc-locker-code', title: 'Locker code arrives by text', emotion: 2.5, channel: 'sms' } } },
  {
    operation: 'updateTouchpoint',
    args: { id: 'oc-review-request', changes: { title: 'One-tap rating, then a running tip', emotion: 2.5, painPoints: undefined, delights: ['Tip for breaking in new shoes'] } },
  },
];

export function toBeJourney(): JourneyDocument {
  return REDESIGN.reduce((document, change) => applyOperation(document, change), asIsJourney());
}
