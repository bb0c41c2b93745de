/**
 * As-is vs to-be: `npx vite --config examples/compare/vite.config.ts` serves it from the
 * library's source; `npm run build:examples` builds it into examples/compare/dist.
 */
import { exampleConfig } from '../../scripts/example-config.ts';

export default exampleConfig(import.meta.url, { port: 5175, command: 'npm run example:compare' });
