/**
 * The floors of the house hold: ESLint (the project's own config, as `npm run lint` runs it)
 * fails on an import that reaches a floor above the importing folder, and passes the imports the
 * floors allow. The files linted are real files of the tree, given other text.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Only the import rule, without type information: the floors need no types, and a type-aware
// program would take most of a minute to build here.
const eslint = new ESLint({
  ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports',
  overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: null } } },
});

async function floorErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

const upward: Array<[string, string]> = [
  ['src/model/parse.ts', "export { layoutJourney } from '../layout';"],
  ['src/layout/layoutJourney.ts', "export { CSS_PAINT } from '../picture/paint';"],
  ['src/picture/paint.ts', "export { exportJourneyImage } from '../export/exportJourneyImage';"],
  ['src/picture/Backdrop.tsx', "export { createJourneyStore } from '../store';"],
  ['src/export/exportJourneyImage.ts', "export { JourneyEditor } from '../editor/JourneyEditor';"],
  ['src/export/svg/Cards.tsx', "export type { JourneyStore } from '../../store';"],
  ['src/store/createJourneyStore.ts', "export { JourneyEditor } from '../editor/JourneyEditor';"],
  ['src/editor/canvas/EmotionLayer.tsx', "export { useJourneyCollab } from '../../collab/useJourneyCollab';"],
];

describe('ESLint keeps every floor', () => {
  it.each(upward)('%s may not import upward (%s)', async (filePath, code) => {
    const errors = await floorErrors(filePath, code);
    expect(errors.length, errors.join('\n')).toBeGreaterThan(0);
    expect(errors.join('\n')).toMatch(/may not import|pure TypeScript|never import/);
  }, 30_000);

  it('lets a floor import the floors below it', async () => {
    expect(await floorErrors('src/editor/canvas/EmotionLayer.tsx', "export { Backdrop } from '../../picture/Backdrop';\nexport { layoutJourney } from '../../layout';")).toEqual([]);
    expect(await floorErrors('src/export/svg/Cards.tsx', "export { MomentMarkers } from '../../picture/EmotionLane';")).toEqual([]);
    expect(await floorErrors('src/picture/paint.ts', "export { PALETTES } from '../layout';\nexport { formatEmotion } from '../i18n';")).toEqual([]);
  }, 30_000);
});
