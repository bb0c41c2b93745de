/**
 * The playground: `npm run playground` serves this host app from the library's source;
 * `npm run build:examples` builds it into examples/embed/dist.
 */
import { exampleConfig } from '../../scripts/example-config.ts';

export default exampleConfig(import.meta.url, { port: 5173, command: 'npm run playground' });
