/**
 * Immune to the host page (issue 16, item 6): a host stylesheet full of generic element rules —
 * `button { background: #fff; padding: 20px }`, `.app button { … }`, `* { box-sizing:
 * content-box }`, `input`, `select`, `h1`–`h6`, `table` rules — changes nothing in the look of
 * the editor's controls, in light and in dark. Each control's computed style inside the hostile
 * host is compared with the same control in a plain page, and the toolbar buttons are checked
 * against the theme's own colours, so "the same" cannot mean "the same wrong".
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { JourneyEditor } from 'journey-canvas';
import type { JourneyColorMode } from 'journey-canvas';
import { shuffledJourney } from '../../editor/canvas/fixtures';

/** What a careless host app ships: every rule below has hit a control of ours in some host. */
const HOSTILE_CSS = `
* { box-sizing: content-box; }
*, *::before, *::after { box-sizing: content-box; }
button { background: #fff; color: #000; padding: 20px; margin: 6px; border: 3px solid hotpink; border-radius: 0;
  font: italic 22px/3 serif; text-transform: uppercase; letter-spacing: 3px; width: 180px; min-height: 60px; box-shadow: 0 0 0 4px lime; }
.app button { background: #fff; color: #111; }
.app button:hover, .app button:focus { background: #fffbe6; color: #000; }
.app div button { padding: 18px 30px; }
input, select, textarea { background: #fff; color: #000; padding: 16px; margin: 10px; height: 50px; width: 300px;
  border: 4px dashed red; font-size: 24px; font-family: serif; border-radius: 0; }
.app input, .app select { background: #fff; color: #000; }
label { display: block; font-weight: 900; font-size: 20px; text-transform: uppercase; margin: 12px 0; }
h1, h2, h3, h4, h5, h6 { font-family: Georgia, serif; font-size: 40px; color: #e11d48; margin: 30px 0; text-transform: none; letter-spacing: 0; line-height: 2; }
p { margin: 24px 0; font-size: 19px; color: #333; }
ul, ol, li, dl, dt, dd { margin: 20px; padding: 20px; font-size: 18px; }
table { border: 5px solid blue; border-spacing: 10px; border-collapse: separate; background: #fff; font-size: 20px; }
th, td { padding: 24px; background: #fff; color: #000; text-align: center; vertical-align: middle; border: 3px solid green; }
th { text-transform: uppercase; }
section, aside, fieldset { padding: 30px; margin: 30px; border: 2px solid orange; }
code { font-size: 24px; background: yellow; }
`;

/** The properties by which a person would see a control restyled. */
const PROPERTIES = [
  'background-color',
  'color',
  'box-sizing',
  'width',
  'height',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'margin-top',
  'margin-right',
  'margin-bottom',
  'margin-left',
  'border-top-width',
  'border-top-style',
  'border-top-color',
  'border-top-left-radius',
  'font-size',
  'font-family',
  'font-style',
  'font-weight',
  'line-height',
  'text-transform',
  'letter-spacing',
  'text-align',
  'box-shadow',
] as const;

type Look = Record<string, Record<string, string>>;

/** The controls this test looks at, by a name a person would give them. */
function controls(): Record<string, Element> {
  const toolbar = screen.getByRole('group', { name: /^Journey tools$/ });
  const button = (name: RegExp, root: HTMLElement = toolbar) => within(root).getByRole('button', { name });
  const summary = document.querySelector('.jc-summary');
  const zoom = document.querySelector('.react-flow__controls-button');
  const persona = document.querySelector('.jc-disclosure');
  const panelTitle = document.querySelector('.jc-panel__title');
  if (!summary || !zoom || !persona || !panelTitle) throw new Error('the editor is missing a panel');
  const inspector = screen.getByRole('complementary');
  return {
    'toolbar: Undo': button(/Undo/),
    'toolbar: Add stage': button(/Add stage/),
    'toolbar: lane toggle': button(/^Emotion$/),
    'toolbar: Table': button(/^Table$/),
    'toolbar: Fit to view': button(/^Fit to view$/),
    'toolbar: Export': button(/^Export/),
    'toolbar: title field': within(toolbar).getByRole('textbox', { name: 'Journey title' }),
    'map: zoom control': zoom,
    'summary: moment button': within(summary as HTMLElement).getAllByRole('button')[0]!,
    'summary: heading': panelTitle,
    'persona button': persona,
    'inspector: title field': within(inspector).getByRole('textbox', { name: 'Title' }),
    'inspector: stage select': within(inspector).getByRole('combobox', { name: 'Stage' }),
    'inspector: NPS field': within(inspector).getByRole('textbox', { name: /^NPS/ }),
    'inspector: Delete': within(inspector).getByRole('button', { name: 'Delete touchpoint' }),
  };
}

function lookOf(elements: Record<string, Element>): Look {
  const look: Look = {};
  for (const [name, element] of Object.entries(elements)) {
    const style = getComputedStyle(element);
    look[name] = Object.fromEntries(PROPERTIES.map((property) => [property, style.getPropertyValue(property)]));
  }
  return look;
}

/** The table view's cells, after switching to it. */
async function tableLook(): Promise<Look> {
  await userEvent.click(within(screen.getByRole('group', { name: /^Journey tools$/ })).getByRole('button', { name: /^Table$/ }));
  const table = await screen.findByRole('table');
  const header = within(table).getAllByRole('columnheader')[0]!;
  const rowHeader = within(table).getAllByRole('rowheader')[0]!;
  const cell = within(table).getAllByRole('cell')[0]!;
  return lookOf({ 'table': table, 'table: column header': header, 'table: row header': rowHeader, 'table: cell': cell });
}

/** Both pages without transitions, so a colour is never read halfway through a hover's fade. */
const NO_TRANSITIONS = '*, *::before, *::after { transition: none !important; }';

async function mount(colorMode: JourneyColorMode, hostile: boolean) {
  const still = document.createElement('style');
  still.textContent = NO_TRANSITIONS;
  document.head.append(still);
  let style: HTMLStyleElement | null = null;
  if (hostile) {
    // Last in <head>: after the library's CSS, as a host app's own stylesheet usually is.
    style = document.createElement('style');
    style.textContent = HOSTILE_CSS;
    document.head.append(style);
  }
  const view = render(
    <div className="app">
      <div>
        <JourneyEditor defaultValue={shuffledJourney()} colorMode={colorMode} style={{ width: 1240, height: 760 }} />
      </div>
    </div>,
  );
  await expect.element(within(screen.getByRole('group', { name: /^Journey tools$/ })).getByRole('button', { name: /^Fit to view$/ })).toBeVisible();
  // A touchpoint selected, so the inspector shows its fields.
  await userEvent.click(within(screen.getByRole('complementary')).getAllByRole('button')[0]!);
  await expect.poll(() => screen.queryByRole('textbox', { name: 'Title' })).not.toBeNull();
  const look = lookOf(controls());
  Object.assign(look, await tableLook());
  view.unmount();
  style?.remove();
  still.remove();
  return look;
}

/** The theme's colour of a custom property, as the browser computes a background from it. */
function themeColor(colorMode: JourneyColorMode, property: string): string {
  const root = document.createElement('div');
  root.className = 'jc-editor';
  root.dataset.colorMode = colorMode;
  const probe = document.createElement('span');
  probe.style.backgroundColor = `var(${property})`;
  root.append(probe);
  document.body.append(root);
  const color = getComputedStyle(probe).backgroundColor;
  root.remove();
  return color;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('the editor inside a hostile host page', () => {
  for (const colorMode of ['light', 'dark'] as const) {
    it(`keeps every control's look (${colorMode})`, async () => {
      const plain = await mount(colorMode, false);
      const hostile = await mount(colorMode, true);
      // Whole objects, so a failure lists every property the host changed, by control.
      expect(hostile).toEqual(plain);
    });

    it(`draws the toolbar buttons in the theme's colours, 28 px high (${colorMode})`, async () => {
      const hostile = await mount(colorMode, true);
      const surface = themeColor(colorMode, '--jc-surface');
      const text = themeColor(colorMode, '--jc-text');
      for (const name of ['toolbar: Undo', 'toolbar: Add stage', 'toolbar: Table', 'toolbar: Fit to view', 'summary: moment button', 'persona button']) {
        const look = hostile[name]!;
        expect(look.color, name).toBe(text);
        expect(look['text-transform'], name).toBe('none');
        expect(look['font-style'], name).toBe('normal');
      }
      for (const name of ['toolbar: Undo', 'toolbar: Add stage', 'toolbar: Fit to view', 'map: zoom control']) {
        const look = hostile[name]!;
        expect(look['background-color'], name).toBe(surface);
        expect(look['box-sizing'], name).toBe('border-box');
        expect(look['box-shadow'], name).toBe('none');
        expect(parseFloat(look.height!), name).toBeGreaterThanOrEqual(24);
        expect(parseFloat(look.height!), name).toBeLessThanOrEqual(32);
        expect(look['font-size'], name).not.toBe('22px');
      }
      expect(hostile['toolbar: Undo']!['padding-left']).toBe('10px');
      expect(hostile['toolbar: Undo']!.width).not.toBe('180px');
      expect(hostile['inspector: NPS field']!.height).not.toBe('50px');
      expect(hostile['inspector: stage select']!['background-color']).toBe(surface);
      expect(hostile['summary: heading']!['font-size']).toBe('13px');
      expect(hostile['table: cell']!['background-color']).not.toBe('rgb(255, 255, 255)');
    });
  }
});
