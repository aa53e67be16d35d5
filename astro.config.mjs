// @ts-check
import { defineConfig } from 'astro/config';

// miroir builds through scripts/build.ts, which validates the data first and passes
// outDir so that a failed build never touches an existing dist/.
export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { sourcemap: false } },
  devToolbar: { enabled: false },
  // Only the page's own (hashed) scripts and styles run: a verbatim holding markup can
  // never execute, and nothing is fetched from another origin.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'none'",
      ],
    },
  },
  markdown: { syntaxHighlight: false },
});
