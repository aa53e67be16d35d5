// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';

// miroir builds through scripts/build.ts, which validates the data first and passes
// outDir so that a failed build never touches an existing dist/.
export default defineConfig({
  output: 'static',
  integrations: [react()],
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { sourcemap: false } },
  devToolbar: { enabled: false },
});
