/** Settings shared by every story. */
import type { Preview } from '@storybook/react-vite';
import 'journey-canvas/style.css';
import './preview.css';

const preview: Preview = {
  parameters: {
    // The editor fills its box; stories give it the whole canvas.
    layout: 'fullscreen',
    controls: { expanded: true, sort: 'requiredFirst' },
  },
};

export default preview;
