// The static server for browser tests is the one `npm run poster` uses.
export { serve, type StaticServer } from '../../src/headless/serve.ts';
