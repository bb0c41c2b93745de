/**
 * The playground (examples/embed), the app the README's first command opens: it must show the
 * sample map, autosave each edit and restore it on the next visit, and say so when what it
 * saved can no longer be read.
 */
import { render, screen } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { App } from '../../../examples/embed/App';
import { STORAGE_KEY } from '../../../examples/embed/storage';
import sample from '../../../examples/embed/sample-journey.json';
import { getJourneyTemplate } from 'journey-canvas/model';
import '../../../examples/embed/app.css';
import { coveredByDock } from '../harness/coveredByDock';

function mountApp() {
  return render(
    <div style={{ width: 1280, height: 800 }}>
      <App />
    </div>,
  );
}

function savedEmotion(touchpointId: string): number | undefined {
  const text = localStorage.getItem(STORAGE_KEY);
  if (text === null) return undefined;
  const saved = JSON.parse(text) as { touchpoints: { id: string; emotion: number }[] };
  return saved.touchpoints.find((touchpoint) => touchpoint.id === touchpointId)?.emotion;
}

const reviews = sample.touchpoints.find((touchpoint) => touchpoint.id === 't-reviews');
if (!reviews) throw new Error('the sample lost its "reads reviews" touchpoint');

beforeEach(() => {
  localStorage.clear();
});

describe('the playground', () => {
  it('opens on the sample journey, with a point per touchpoint and the peak marked', async () => {
    mountApp();
    await expect.element(screen.getByRole('slider', { name: `Emotion at ${reviews.title}` })).toBeVisible();
    expect(screen.getAllByRole('slider')).toHaveLength(sample.touchpoints.length);
    expect(await screen.findByRole('img', { name: /^Peak: Delivery arrives two days late/ })).toBeTruthy();
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull(); // opening is not an edit
  });

  /** The host app's own status line (the editor has live regions of its own). */
  const appStatus = () => document.querySelector('.embed-app__status')?.textContent ?? '';

  it('autosaves an edit and restores it on the next visit', async () => {
    const first = mountApp();
    const point = await screen.findByRole('slider', { name: `Emotion at ${reviews.title}` });
    (point as unknown as HTMLElement).focus();
    await userEvent.keyboard('{ArrowUp}');

    await expect.poll(() => savedEmotion(reviews.id)).toBe(reviews.emotion + 0.5);
    // In words, not an operation name.
    expect(appStatus()).toBe('Saved in this browser: changed an emotion.');
    first.unmount();

    mountApp();
    const restored = await screen.findByRole('slider', { name: `Emotion at ${reviews.title}` });
    expect(restored.getAttribute('aria-valuenow')).toBe(String(reviews.emotion + 0.5));
    expect(appStatus()).toMatch(/Restored/);
  });

  it('starts from a template in the chosen language, with the editor in that language', async () => {
    mountApp();
    await userEvent.selectOptions(screen.getByLabelText('Language'), 'zh-CN');
    // The app's own bar follows the language too.
    await userEvent.selectOptions(screen.getByLabelText('模板'), 'b2b-equipment-sale');
    const template = getJourneyTemplate('b2b-equipment-sale', 'zh-CN');
    if (!template) throw new Error('no B2B template in Chinese');
    const peak = template.document.touchpoints.reduce((a, b) => (Math.abs(b.emotion) > Math.abs(a.emotion) ? b : a));
    expect(await screen.findByRole('img', { name: new RegExp(`^峰值：${peak.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })).toBeTruthy();
    expect(screen.getAllByRole('slider')).toHaveLength(template.document.touchpoints.length);
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}').id).toBe(template.document.id);
  });

  it('shows why a saved journey cannot be read, and the sample instead', async () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ format: 'journey-canvas', version: 1, id: 'x', title: 'Lost' }));
    mountApp();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/could not be read/);
    expect(alert.textContent).toContain('The journey: missing stages');
    expect(alert.textContent).toContain('/stages');
    await expect.element(screen.getByRole('slider', { name: `Emotion at ${reviews.title}` })).toBeVisible();
  });

  it('has one way to open and save JSON: the editor\'s own Export menu', async () => {
    mountApp();
    await screen.findByRole('slider', { name: `Emotion at ${reviews.title}` });
    expect(screen.queryByRole('button', { name: /Open JSON|Save JSON/ })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: /^Export/ }));
    expect(screen.getAllByRole('button', { name: /JSON/ })).toHaveLength(2);
  });

  it('keeps its bar still while edits are saved, and switches the editor to dark mode', async () => {
    mountApp();
    const point = await screen.findByRole('slider', { name: `Emotion at ${reviews.title}` });
    const bar = document.querySelector('.embed-app__bar')!;
    const map = document.querySelector('.jc-editor')!;
    const before = { bar: bar.getBoundingClientRect().height, map: map.getBoundingClientRect().top };
    (point as unknown as HTMLElement).focus();
    for (const key of ['{ArrowUp}', '{ArrowDown}', '{ArrowUp}']) {
      await userEvent.keyboard(key);
      await expect.poll(appStatus).toMatch(/^Saved in this browser/);
      expect(bar.getBoundingClientRect().height).toBe(before.bar);
      expect(map.getBoundingClientRect().top).toBe(before.map);
    }

    const dark = screen.getByRole('button', { name: /Dark mode/ });
    expect(dark.getAttribute('aria-pressed')).toBe('false');
    await userEvent.click(dark);
    expect(dark.getAttribute('aria-pressed')).toBe('true');
    expect(map.getAttribute('data-color-mode')).toBe('dark');
    expect(getComputedStyle(bar).backgroundColor).not.toBe('rgb(255, 255, 255)');
  });

  it('speaks Chinese in its own bar as well as in the editor', async () => {
    mountApp();
    await userEvent.selectOptions(screen.getByLabelText('Language'), 'zh-CN');
    const bar = document.querySelector<HTMLElement>('.embed-app__bar')!;
    for (const words of ['演练场', '恢复示例', '模板', '语言', '深色模式']) expect(bar.textContent).toContain(words);
    expect(appStatus()).toBe('正在显示示例旅程。编辑会自动保存在此浏览器中。');
  });

  it('keeps its zoom controls under the map, covering no card, header or emotion point', async () => {
    mountApp();
    await expect.element(screen.getByRole('slider', { name: `Emotion at ${reviews.title}` })).toBeVisible();
    const [map] = screen.getAllByRole('region', { name: /^Journey map/ });
    if (!map) throw new Error('no map');
    expect(coveredByDock(map, 1)).toEqual([]);
  });
});
