// ESLint flat config. `npm run lint` runs it with --max-warnings=0: a warning fails CI too.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';

/** Why src/model and src/layout may not import UI libraries; shown with every violation. */
const PURE_REASON =
  'src/model and src/layout are pure TypeScript: they must run in plain Node (a host validates journeys on its server through journey-canvas/model) and stay testable without a DOM. See DESIGN.md, "Architecture".';

/** Packages the pure layers never import. Layout may use d3-shape (pure math) to build the curve. */
const uiPackages = (extra = []) => [
  { group: ['react', 'react/*', 'react-dom', 'react-dom/*'], message: PURE_REASON },
  { group: ['@xyflow/*', 'reactflow'], message: PURE_REASON },
  { group: ['zustand', 'zustand/*'], message: `${PURE_REASON} State lives in src/store.` },
  {
    group: ['immer', 'immer/*'],
    message: `${PURE_REASON} Operations copy what they change by hand, so the model has no runtime dependency at all; immer belongs to src/store.`,
  },
  { group: ['html-to-image', 'html-to-image/*'], message: `${PURE_REASON} Images are made in src/export.` },
  {
    regex: '^\\.{1,2}/(?:\\.\\./)*(editor|store|export|i18n)(/|$)',
    message: `${PURE_REASON} The pure layers sit below the editor, store, export and i18n and never import them.`,
  },
  ...extra,
];

/** Browser globals the pure layers must not touch (TypeScript's DOM lib would let them through). */
const domGlobals = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'location',
  'HTMLElement',
  'Element',
  'getComputedStyle',
  'requestAnimationFrame',
].map((name) => ({ name, message: PURE_REASON }));

/**
 * The floors of the house (DESIGN.md, "Architecture"), bottom to top. A folder imports only
 * folders on floors below its own (and itself): nothing imports upward. `index.ts` is the roof.
 * test/lint/floors.test.ts shows the rule failing on an upward import.
 */
const FLOORS = [
  ['model', 'i18n'],
  ['layout'],
  ['picture'],
  ['export', 'store'],
  ['editor'],
  ['collab'],
];

const FLOOR_REASON = (folder, above) =>
  `src/${folder} may not import src/${above}: the floors are model/i18n -> layout -> picture -> export/store -> editor -> collab -> index.ts, and nothing imports upward (DESIGN.md, "Architecture").`;

/** One rule block per folder: relative imports of any folder on its own floor-mates' or higher floors are errors. */
function floorRules() {
  return FLOORS.flatMap((floor, level) =>
    floor.map((folder) => {
      const forbidden = [...floor.filter((other) => other !== folder && level === 0), ...FLOORS.slice(level + 1).flat()];
      const sideways = level === 3 ? floor.filter((other) => other !== folder) : [];
      const banned = [...forbidden, ...sideways];
      return {
        files: [`src/${folder}/**/*.{ts,tsx}`],
        rules: {
          'no-restricted-imports': [
            'error',
            {
              patterns: [
                ...(folder === 'model' || folder === 'layout' ? uiPackages(folder === 'model' ? [{ group: ['d3-*'], message: PURE_REASON }] : [{ group: ['d3-*', '!d3-shape'], message: `${PURE_REASON} Layout may use d3-shape (pure path math) and nothing else from d3.` }]) : []),
                ...(folder === 'picture' || folder === 'export'
                  ? [{ group: ['@xyflow/*', 'zustand', 'zustand/*', 'immer'], message: `src/${folder} draws the picture without the editor's machinery (React Flow, the store).` }]
                  : []),
                ...banned.map((above) => ({ regex: `^(\\.\\./)+${above}(/|$)`, message: FLOOR_REASON(folder, above) })),
              ],
            },
          ],
        },
      };
    }),
  );
}

export default defineConfig(
  {
    ignores: ['dist/**', 'storybook-static/**', 'examples/*/dist/**', 'coverage/**', '**/node_modules/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.flat['recommended-latest'].rules,
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-import-type-side-effects': 'error',
      // An unawaited promise in a test or an event handler fails silently; these make it loud.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      // Text is never HTML (DESIGN.md): no raw HTML injection anywhere.
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Text is never HTML in journey-canvas (DESIGN.md): render it as text.',
        },
        {
          selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]",
          message: 'Text is never HTML in journey-canvas (DESIGN.md): use textContent or React.',
        },
      ],
    },
  },
  ...floorRules(),
  {
    files: ['src/model/**/*.{ts,tsx}', 'src/layout/**/*.{ts,tsx}'],
    rules: { 'no-restricted-globals': ['error', ...domGlobals] },
  },
  {
    // Scripts, benchmarks and tests print what they measured.
    files: ['scripts/**', 'bench/**', 'test/**', 'examples/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: { ...globals.node } },
  },
);
