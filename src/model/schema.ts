/**
 * The JSON Schema (draft 2020-12) of format v2, published as `journey-canvas/schema.json` for
 * editors, other languages and CI checks. Derived from the format's one definition
 * (`format.ts`), so it cannot drift from the validator. It allows unknown properties
 * everywhere, as the library does. `parseJourney` is the complete check; the description names
 * what it adds.
 */
import { DOCUMENT, JOURNEY_VERSION } from './format';
import { MAX_JOURNEY_DEPTH, MAX_JOURNEY_ITEMS, MAX_JOURNEY_LENGTH, formatCount } from './limits';
import type { JsonSchema, SchemaDefs } from './shape';

/** A JSON Schema document: its dialect, title and description, and the rest of its keywords. */
export interface JourneySchema extends JsonSchema {
  $schema: string;
  title: string;
  description: string;
}

function buildSchema(): JourneySchema {
  const defs: SchemaDefs = {};
  const root = DOCUMENT.schema(defs);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: `journey-canvas document, format version ${JOURNEY_VERSION}`,
    description:
      'A customer-journey map: stages in journey order and the touchpoints met in each, with an emotion ' +
      'from -5 to 5. Properties not listed here are allowed and kept. Rules this schema cannot express, ' +
      'which parseJourney from journey-canvas/model also enforces: (1) every id is unique across all participants, ' +
      'stages and touchpoints together; (2) every touchpoint stageId names a stage of the same document, every ' +
      "rating's by names a participant of the same document, and a touchpoint has at most one rating per " +
      "participant; a rated touchpoint's emotion is the mean of its ratings rounded to 2 decimals (parseJourney " +
      'corrects it, with a warning); ' +
      '(3) text holds no control characters other than tab, line feed and carriage return, no lone ' +
      'surrogates and no U+FFFE or U+FFFF; (4) limits: arrays and objects nest at most ' +
      `${MAX_JOURNEY_DEPTH} levels, an array holds at most ${formatCount(MAX_JOURNEY_ITEMS)} items, the ` +
      `document is at most ${formatCount(MAX_JOURNEY_LENGTH)} characters of JSON. ` +
      'parseJourney also reads older versions of the format by migrating them, and only warns when locale ' +
      'is not a plausible BCP 47 tag.',
    ...root,
    $defs: defs,
  };
}

export const journeySchema: JourneySchema = buildSchema();
