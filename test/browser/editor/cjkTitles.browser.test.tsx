/**
 * Issue 16, item 7: on screen, a Chinese card title never leaves a single character alone on its
 * last line (南, 询, 约 were left so on the templates). Every zh-CN template in 1280- and
 * 1440-wide editors; the lines are read from the browser's own layout of each title (one client
 * rect per character, grouped by line).
 */
import { render, screen } from '@testing-library/react';
import { page } from 'vitest/browser';
import { JourneyEditor, journeyTemplates } from 'journey-canvas';
import { renderedLines } from './renderedLines';

/** A CJK character (ideographs, kana, hangul, full-width forms). */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/;
/** Punctuation that may follow a character onto the last line (it does not count as company). */
const PUNCTUATION = /[\u3001\u3002\uff0c\uff0e\uff1a\uff1b\uff01\uff1f\uff09\u300d\u300f\u3011\u201d\u2019)\].,:;!?%]/;

/** A last line holding one CJK character and nothing else but punctuation. */
function isOrphan(line: string): boolean {
  const counted = Array.from(line.trim()).filter((char) => !PUNCTUATION.test(char));
  return counted.length === 1 && WIDE.test(counted[0] ?? '');
}

const templates = journeyTemplates.filter((template) => template.locale === 'zh-CN');

describe('Chinese card titles on screen', () => {
  it('has zh-CN templates to look at', () => {
    expect(templates.length).toBeGreaterThanOrEqual(4);
  });

  for (const [width, height] of [
    [1280, 800],
    [1440, 900],
  ] as const) {
    it(`leaves no single character alone on a title's last line, every zh-CN template at ${width}×${height}`, async () => {
      await page.viewport(width, height);
      const orphans: string[] = [];
      let titlesSeen = 0;
      let multiLine = 0;
      for (const template of templates) {
        const view = render(<JourneyEditor defaultValue={template.document} locale="zh-CN" initialView="fit" style={{ width, height }} />);
        await screen.findAllByRole('button', { name: new RegExp(`^${template.document.touchpoints[0]?.title ?? ''}`) });
        for (const title of view.container.querySelectorAll('.jc-card__title')) {
          const lines = renderedLines(title).map((line) => line.text);
          if (lines.length === 0) continue;
          titlesSeen++;
          if (lines.length > 1) multiLine++;
          const last = lines[lines.length - 1] ?? '';
          if (lines.length > 1 && isOrphan(last)) orphans.push(`${template.id}: ${lines.join(' / ')}`);
        }
        view.unmount();
      }
      expect(titlesSeen).toBeGreaterThan(40);
      expect(multiLine).toBeGreaterThan(20);
      expect(orphans).toEqual([]);
    });
  }
});
