/**
 * A 16:9 page whose map is drawn with the text floors of the scale it lands at, so every text
 * is 14 px or more on the page and card titles 16 px or more — or, when the map would have to be
 * drawn smaller than MIN_LEGIBLE_SCALE, a page that says so (`legible: false`) and that the
 * caller replaces (the overview slide, or a deck).
 */
import type { ReactNode } from 'react';
import { MAX_UPSCALE } from '../presets';
import { MIN_LEGIBLE_SCALE, floorsForScale } from '../../layout';
import type { TextFloors } from '../../layout';
import { composePage } from './Sheet';
import type { Page, PageParts } from './Sheet';

/** A map shaped for a box: its size in map px, and its drawing at some text floors. */
export interface MapShape {
  width: number;
  height: number;
  draw: (floors: TextFloors, scale: number) => ReactNode;
}

export interface LegiblePage extends Page {
  /** Whether the map is drawn at MIN_LEGIBLE_SCALE or more (every text at least 14 px). */
  legible: boolean;
}

/** Composes a slide-16:9 page, drawing the map with the floors of the scale it gets. */
export function composeLegiblePage(parts: Omit<PageParts, 'map'>, shapeFor: (box: { width: number; height: number } | null) => MapShape): LegiblePage {
  let assumed = 0;
  const compose = (forced: number | null) =>
    composePage(
      {
        ...parts,
        map: (box) => {
          const shape = shapeFor(box);
          assumed = forced ?? (box ? Math.min(box.width / shape.width, box.height / shape.height, MAX_UPSCALE) : 1);
          return { width: shape.width, height: shape.height, element: shape.draw(floorsForScale(assumed), assumed) };
        },
      },
      'slide-16:9',
    );
  let page = compose(null);
  // The heading can take a line more once it is narrowed to the map: then the map is a little
  // smaller than first thought, and its floors are worked out again for the scale it really has.
  if (page.scale < assumed - 1e-9) page = compose(page.scale);
  return { ...page, legible: page.scale >= MIN_LEGIBLE_SCALE - 1e-9 };
}
