/**
 * Issue 11, item 2: layout hands out the lines every renderer draws (card titles, chip texts),
 * with where each line starts in the source text, fitted with the measurer in use; the geometry
 * does not depend on the fitting (floors, measurer), so Node and browsers agree to the pixel.
 */
import fc from 'fast-check';
import { createJourney } from '../../src/model';
import type { JourneyDocument } from '../../src/model';
import { estimateTextWidth, layoutJourney, lineStarts, lineWidthAt, MAP, resetTextMeasurer, TYPE } from '../../src/layout';
import type { FittedLines, JourneyLayout, TextMeasurer } from '../../src/layout';

beforeEach(() => resetTextMeasurer(estimateTextWidth));
afterEach(() => resetTextMeasurer());

const LANES = ['touchpoints', 'emotion', 'painPoints', 'delights'] as const;
const TITLE_FONT = { size: TYPE.cardTitle.size, weight: TYPE.cardTitle.weight };

const latinWord = fc.constantFrom('Calls', 'the', 'hotline', 'a', 'reference', 'customer', 'installation', 'fails', 'on', 'day', 'NPS', '(again)', 'checkout.');
const longWord = fc.constantFrom('Inbetriebnahmeschwierigkeiten', 'supercalifragilisticexpialidocious', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa');
const url = fc.constantFrom('https://example.com/support/tickets/12345?lang=en', 'www.journey-canvas.dev/docs');
const cjk = fc.constantFrom('在', '政', '务', '上', '预', '约', '打', '热', '线', '咨', '询', '南', '。', '，', '「', '」', '办', '理');
const space = fc.constantFrom(' ', ' ', ' ', '  ', '\t', '\u3000');

/** Titles of Latin words, CJK runs, long words and URLs, mixed, with odd whitespace here and there. */
const title = fc
  .array(fc.oneof({ weight: 4, arbitrary: latinWord }, { weight: 4, arbitrary: fc.array(cjk, { minLength: 1, maxLength: 8 }).map((c) => c.join('')) }, longWord, url), {
    minLength: 1,
    maxLength: 14,
  })
  .chain((parts) => fc.tuple(fc.constant(parts), fc.array(space, { minLength: parts.length + 1, maxLength: parts.length + 1 })))
  .map(([parts, spaces]) => {
    // Leading and trailing whitespace sometimes; between CJK runs sometimes none.
    let text = spaces[0] === '\t' ? ' ' : '';
    parts.forEach((part, i) => {
      text += part + (i < parts.length - 1 && !(/^[\u3000-\u9fff]/.test(parts[i + 1] ?? '') && spaces[i + 1] === '\t') ? (spaces[i + 1] as string) : '');
    });
    return text;
  });

function journeyWith(titles: readonly string[], chips: readonly string[] = []): JourneyDocument {
  const document = createJourney({ id: 'j', title: 'Lines', stages: [{ id: 's1', name: 'Use' }] });
  return {
    ...document,
    touchpoints: titles.map((text, i) => ({
      id: `t${i}`,
      stageId: 's1',
      title: text,
      emotion: ((i % 11) - 5) as number,
      keyMoment: i % 3 === 0,
      painPoints: chips.length > 0 ? [...chips] : undefined,
    })),
  };
}

/** The source slices of the drawn lines: the first from 0 (leading space kept), each up to the next start. */
function slices(text: string, fitted: FittedLines): string[] {
  return fitted.starts.map((start, i) => text.slice(i === 0 ? 0 : start, fitted.starts[i + 1] ?? text.length));
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

function expectLinesOf(text: string, fitted: FittedLines, measure: TextMeasurer, font: { size: number; weight?: number }): void {
  expect(fitted.starts).toHaveLength(fitted.lines.length);
  // The slices are the whole text, in order, whatever was drawn.
  expect(slices(text, fitted).join('')).toBe(fitted.lines.length > 0 ? text : '');
  fitted.lines.forEach((line, i) => {
    // Every drawn line fits the box with the measurer that fitted it.
    const room = lineWidthAt(fitted.lineWidths, i);
    expect(room).toBeLessThanOrEqual(fitted.width);
    expect(measure(line, { ...font, size: fitted.size }), `"${line}" in ${room}`).toBeLessThanOrEqual(room + 1e-9);
    const source = normalise(slices(text, fitted)[i] as string);
    if (fitted.shortened && i === fitted.lines.length - 1) {
      // The cut line is the start of what is left of the text, then "…".
      expect(line.endsWith('\u2026')).toBe(true);
      expect(source.startsWith(line.slice(0, -1).trimEnd())).toBe(true);
    } else {
      // The line is its slice of the source, whitespace collapsed: re-joined, the lines cover the title.
      expect(line).toBe(source);
    }
  });
  if (!fitted.shortened) expect(fitted.lines.join(' ').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
}

/** The layout without its fitted lines: the geometry. */
function geometry(layout: JourneyLayout): unknown {
  const { cardById: _byId, ...rest } = layout;
  return {
    ...rest,
    cards: layout.cards.map(({ title: _title, ...card }) => card),
    chips: layout.chips.map(({ texts: _texts, ...block }) => block),
  };
}

describe('layout fits the lines of card titles', () => {
  it('for any title, the lines re-joined through `starts` are the title, and each fits its width (estimate)', () => {
    fc.assert(
      fc.property(fc.array(title, { minLength: 1, maxLength: 4 }), (titles) => {
        const layout = layoutJourney(journeyWith(titles), { lanes: LANES });
        layout.cards.forEach((card, i) => {
          const text = titles[i] as string;
          expectLinesOf(text, card.title, estimateTextWidth, TITLE_FONT);
          expect(card.title.lines.length * card.title.lineHeight).toBeLessThanOrEqual(layout.titleLines * MAP.titleLineHeight + 1e-9);
          expect(card.title.size).toBeGreaterThanOrEqual(TYPE.cardTitle.size - 3);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('fits with the measurer in use: every line fits under a measurer wider than the estimate', () => {
    const wide: TextMeasurer = (text, font) => estimateTextWidth(text, font) * 1.25;
    resetTextMeasurer(wide);
    fc.assert(
      fc.property(fc.array(title, { minLength: 1, maxLength: 3 }), (titles) => {
        const layout = layoutJourney(journeyWith(titles), { lanes: LANES });
        layout.cards.forEach((card, i) => expectLinesOf(titles[i] as string, card.title, wide, TITLE_FONT));
      }),
      { numRuns: 60 },
    );
  });

  it('runs a title beside the badge on its first line (two on a rated card) and across the card below, whatever the emotion; less on a key moment', () => {
    const titles = ['Calls the hotline about a delayed installation', 'Calls the hotline about a delayed installation'];
    const layout = layoutJourney(journeyWith(titles), { lanes: LANES });
    const [key, plain] = layout.cards;
    const across = MAP.cardWidth - 2 * MAP.cardPadding;
    expect(plain!.title.width).toBe(across);
    expect(lineWidthAt(plain!.title.lineWidths, 0)).toBeLessThanOrEqual(across - MAP.cardBadgeWidth);
    expect(lineWidthAt(plain!.title.lineWidths, 1)).toBe(across);
    expect(lineWidthAt(key!.title.lineWidths, 0)).toBe(lineWidthAt(plain!.title.lineWidths, 0) - MAP.cardKeyInset);
    expect(key!.title.width).toBe(across - MAP.cardKeyInset);
    // The long title takes the room below the badge: its second line is wider than its first.
    expect(plain!.title.lines.length).toBeGreaterThan(1);
    const changed = journeyWith(titles);
    changed.touchpoints[1] = { ...changed.touchpoints[1]!, emotion: -4.8 };
    expect(layoutJourney(changed, { lanes: LANES }).cards[1]!.title).toBe(plain!.title);
    // A rated card also keeps clear of the count of ratings under the badge: two narrow lines.
    const rated: JourneyDocument = {
      ...changed,
      participants: [{ id: 'p1', name: 'Ann' }],
      touchpoints: changed.touchpoints.map((touchpoint, i) => (i === 1 ? { ...touchpoint, emotion: 2, ratings: [{ by: 'p1', emotion: 2 }] } : touchpoint)),
    };
    const ratedTitle = layoutJourney(rated, { lanes: LANES }).cards[1]!.title;
    expect(lineWidthAt(ratedTitle.lineWidths, 1)).toBe(lineWidthAt(plain!.title.lineWidths, 0));
    expect(lineWidthAt(ratedTitle.lineWidths, 2)).toBe(across);
  });

  it('shortens a title too long for its lines, ending it with "…", with the source of every line still found', () => {
    const text = 'Installation fails on commissioning day because the technician brings the wrong adapter and has to come back next week, twice';
    const layout = layoutJourney(journeyWith([text, 'Short']), { lanes: LANES, textFloors: { title: 14, text: 13 } });
    const fitted = layout.cards[0]!.title;
    expect(fitted.shortened).toBe(true);
    expect(fitted.size).toBe(14);
    expect(fitted.lines).toHaveLength(MAP.maxTitleLines);
    expectLinesOf(text, fitted, estimateTextWidth, TITLE_FONT);
  });

  it('gives an untitled card no lines (its renderer draws the placeholder in its language)', () => {
    const layout = layoutJourney(journeyWith(['', '   ']), { lanes: LANES });
    for (const card of layout.cards) {
      expect(card.title.lines).toEqual([]);
      expect(card.title.starts).toEqual([]);
      expect(card.title.width).toBeGreaterThan(100);
    }
  });
});

describe('layout fits the lines of chip texts', () => {
  it('for any text, one fitted text per chip, inside the chip padding, re-joined to the text', () => {
    fc.assert(
      fc.property(title, title, (first, second) => {
        const layout = layoutJourney(journeyWith(['A'], [first, second]), { lanes: LANES });
        const block = layout.chips.find((candidate) => candidate.lane === 'painPoints')!;
        expect(block.texts).toHaveLength(block.items.length);
        block.texts.forEach((fitted, i) => {
          expect(fitted.width).toBe(block.items[i]!.width - 2 * MAP.chipPaddingX);
          expect(fitted.lines.length * fitted.lineHeight).toBeLessThanOrEqual(block.items[i]!.height - 2 * MAP.chipPaddingY + 1e-9);
          expectLinesOf([first, second][i] as string, fitted, estimateTextWidth, { size: MAP.chipFontSize });
        });
      }),
      { numRuns: 100 },
    );
  });
});

describe('floors and determinism', () => {
  it('floors raise the sizes of titles and chips, and change nothing of the geometry', () => {
    fc.assert(
      fc.property(fc.array(title, { minLength: 1, maxLength: 3 }), title, (titles, chip) => {
        const document = journeyWith(titles, [chip]);
        const plain = layoutJourney(document, { lanes: LANES });
        const floored = layoutJourney(document, { lanes: LANES, textFloors: { title: 17.5, text: 16.25 } });
        expect(geometry(floored)).toEqual(geometry(plain));
        for (const card of floored.cards) expect(card.title.size).toBeGreaterThanOrEqual(17.5);
        for (const block of floored.chips) for (const fitted of block.texts) expect(fitted.size).toBeGreaterThanOrEqual(16.25);
      }),
      { numRuns: 40 },
    );
  });

  it('the geometry does not depend on the measurer either', () => {
    const document = journeyWith(['Calls the hotline about a delayed installation', '在政务 App 上预约办理', 'https://example.com/support/tickets/12345'], ['Long wait at the counter']);
    const estimated = layoutJourney(document, { lanes: LANES });
    const estimatedTitle = estimated.cards[0]!.title;
    resetTextMeasurer((text, font) => estimateTextWidth(text, font) * 0.7);
    const narrow = layoutJourney(document, { lanes: LANES });
    expect(geometry(narrow)).toEqual(geometry(estimated));
    // … while the lines are fitted again with the new measurer (the cache is dropped).
    expect(narrow.cards[0]!.title).not.toBe(estimatedTitle);
    expect(narrow.cards[0]!.title.lines.length).toBeLessThan(estimatedTitle.lines.length);
  });

  it('measures a card title or a chip text only when a renderer reads it (an outline draws none)', () => {
    const measured: string[] = [];
    resetTextMeasurer((text, font) => {
      measured.push(text);
      return estimateTextWidth(text, font);
    });
    const document = journeyWith(['Never read by anyone', 'Read once'], ['A chip nobody draws']);
    const layout = layoutJourney(document, { lanes: LANES });
    expect(measured.join('|')).not.toMatch(/Never|Read once|nobody/);
    const second = layout.cards[1]!.title;
    expect(measured.some((text) => text.includes('Read'))).toBe(true);
    expect(measured.join('|')).not.toMatch(/Never|nobody/);
    // Read again, the same fitted object: fitted once.
    expect(layout.cards[1]!.title).toBe(second);
    expect('title' in layout.cards[1]!).toBe(true);
  });

  it('the same lines every run in Node (the estimate), and the same object for an unchanged text', () => {
    const document = journeyWith(['Calls the hotline about a delayed installation', '在政务 App 上预约办理南'], ['排队时间太长，要补齐材料再来。']);
    const first = layoutJourney(document, { lanes: LANES });
    resetTextMeasurer(estimateTextWidth); // drops the cache: fitted again from scratch
    const again = layoutJourney(document, { lanes: LANES });
    expect(again.cards.map((card) => card.title)).toEqual(first.cards.map((card) => card.title));
    expect(again.chips.map((block) => block.texts)).toEqual(first.chips.map((block) => block.texts));
    expect(layoutJourney(document, { lanes: LANES }).cards[1]!.title).toBe(again.cards[1]!.title);
    // A CJK title never leaves one character alone on its last line.
    const cjk = again.cards[1]!.title.lines;
    if (cjk.length > 1) expect(Array.from(cjk[cjk.length - 1] as string).length).toBeGreaterThan(1);
  });
});

describe('lineStarts', () => {
  it('maps lines of collapsed whitespace back to the source', () => {
    const text = '  Calls   the\thotline\n about 在政务';
    expect(lineStarts(text, ['Calls the', 'hotline about', '在政务'], false)).toEqual([2, 14, 29]);
    expect(lineStarts(text, ['Calls the', 'hotli\u2026'], true)).toEqual([2, 14]);
  });

  it('finds a word broken across lines (a URL wider than a line)', () => {
    const text = 'see https://example.com/a/b';
    expect(lineStarts(text, ['see', 'https://exam', 'ple.com/a/b'], false)).toEqual([0, 4, 16]);
  });
});
