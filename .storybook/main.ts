/**
 * Storybook 10: `npm run storybook` serves the catalogue on port 6006, `npm run build-storybook`
 * builds it into storybook-static. The stories' play functions also run as Vitest browser tests
 * (project `storybook` in vitest.config.ts).
 */
import { fileURLToPath } from 'node:url';
import { defineMain } from '@storybook/react-vite/node';

export default defineMain({
  stories: ['../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-vitest'],
  framework: {
    name: '@storybook/react-vite',
    options: {
      builder: { viteConfigPath: fileURLToPath(new URL('./vite.config.ts', import.meta.url)) },
    },
  },
  // Prop tables on the docs pages come from the TypeScript types and their JSDoc comments.
  typescript: { reactDocgen: 'react-docgen-typescript' },
  // CI and this project's machines have no network beyond the npm registry.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
});
