/**
 * Slides: `npx vite --config examples/slides/vite.config.ts` serves it from the
 * library's source; `npm run build:examples` builds it into examples/slides/dist.
 */
import { exampleConfig } from '../../scripts/example-config.ts';

export default exampleConfig(import.meta.url, { port: 5176, command: 'npm run example:slides' });
