// /sw.js: the wall's service worker (src/wall/client/sw.ts, self-contained: it imports
// nothing), compiled at build time. It is served from the site's root, not from
// _astro/, so that its scope can cover the whole site; its name never changes, so the
// browser checks it on every visit.
import type { APIRoute } from 'astro';
import { transform } from 'esbuild';
import source from '../wall/client/sw.ts?raw';

export const GET: APIRoute = async () => {
  const out = await transform(source, { loader: 'ts', format: 'iife', target: 'es2022', legalComments: 'none' });
  return new Response(out.code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
