/**
 * The live-workshop page: `npx vite --config examples/workshop-live/vite.config.ts` serves it
 * from the library's source; `npm run build:examples` builds it into examples/workshop-live/dist.
 * The server it talks to is `npm run workshop-live` (server.ts).
 */
import { exampleConfig } from '../../scripts/example-config.ts';

export default exampleConfig(import.meta.url, { port: 5177, command: 'npm run example:workshop-live' });
