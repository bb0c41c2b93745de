import type { JourneyError } from './types';

/**
 * Thrown by an operation (or `createJourney`) whose arguments would make the document invalid.
 * `errors` holds the same kind of objects `parseJourney` reports; their paths point into the
 * document the operation would have produced, e.g. `/touchpoints/4/emotion`.
 */
export class JourneyOperationError extends Error {
  readonly errors: JourneyError[];

  constructor(errors: JourneyError[]) {
    const summary = errors.map((error) => (error.path === '' ? error.message : `${error.path}: ${error.message}`)).join('; ');
    super(summary === '' ? 'invalid journey operation' : summary);
    this.name = 'JourneyOperationError';
    this.errors = errors;
  }
}
