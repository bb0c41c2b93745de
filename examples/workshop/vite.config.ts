/**
 * The workshop screen: `npx vite --config examples/workshop/vite.config.ts` serves it from the
 * library's source; `npm run build:examples` builds it into examples/workshop/dist.
 */
import { exampleConfig } from '../../scripts/example-config.ts';

export default exampleConfig(import.meta.url, { port: 5174, command: 'npm run example:workshop' });
