/**
 * The workshop example (examples/workshop) in a 1280×720 window with its large type: the map's
 * zoom controls and mini-map sit in their own strip under the map, inside the window, covering no
 * card, stage header or emotion point (the mini-map used to cover the emotion curve here).
 */
import { render, screen } from '@testing-library/react';
import { page } from 'vitest/browser';
import { Workshop } from '../../../examples/workshop/Workshop';
import { coveredByDock } from '../harness/coveredByDock';
import '../../../examples/workshop/workshop.css';

describe('the workshop example at 1280×720', () => {
  it('keeps the zoom controls and the mini-map inside the window and off the map', async () => {
    await page.viewport(1280, 720);
    render(
      <div style={{ width: 1280, height: 720 }}>
        <Workshop />
      </div>,
    );
    const [map] = await screen.findAllByRole('region', { name: /^Journey map/ });
    if (!map) throw new Error('no map');
    await expect.poll(() => map.querySelectorAll('[data-jc-card]').length).toBeGreaterThan(2);
    const dock = map.querySelector('.jc-canvas__dock')?.getBoundingClientRect();
    if (!dock) throw new Error('no dock');
    expect(dock.top).toBeGreaterThan(0);
    expect(dock.bottom).toBeLessThanOrEqual(720);
    expect(screen.getByRole('button', { name: 'Zoom in' }).getBoundingClientRect().bottom).toBeLessThanOrEqual(720);
    // The mini-map's button is in the dock (its drawing folded away on a short map), and so is the drawing when opened.
    expect(coveredByDock(map)).toEqual([]);
    const toggle = screen.getByRole('button', { name: /the mini map$/ });
    if (toggle.getAttribute('aria-expanded') === 'false') toggle.click();
    await expect.poll(() => map.querySelector('.jc-minimap__svg')).not.toBeNull();
    expect(coveredByDock(map)).toEqual([]);
    expect(map.querySelector('.jc-minimap')?.getBoundingClientRect().bottom).toBeLessThanOrEqual(720);
  });
});
