/** The editor fills its box; a story gives it the whole viewport, as a host app's page would. */
import type { Decorator } from '@storybook/react-vite';

export const fillViewport: Decorator = (Story) => (
  <div style={{ height: '100vh', minHeight: 560, padding: 8, boxSizing: 'border-box' }}>
    <Story />
  </div>
);

/** Docs pages show each story in its own frame of this height, so fullscreen stories fit. */
export const docsFrame = { docs: { story: { inline: false, iframeHeight: 640 } } };
