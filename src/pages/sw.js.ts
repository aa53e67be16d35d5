// /sw.js: the wall's service worker (src/wall/client/sw.ts), bundled at build time with
// what it imports from the wall's browser modules (bounded reads, build.json's rules), so
// the worker and the page judge an answer the same way. It is served from the site's
// root, not from _astro/, so that its scope can cover the whole site; its name never
// changes, so the browser checks it on every visit.
import type { APIRoute } from 'astro';
import { build, type Plugin } from 'esbuild';
import path from 'node:path';

// The browser modules' text, by path relative to this file: esbuild reads them from here,
// not from the disk, so the bundle does not depend on where the build runs.
const SOURCES = import.meta.glob<string>('../wall/client/*.ts', { query: '?raw', import: 'default', eager: true });
const ENTRY = '../wall/client/sw.ts';

const fromSources: Plugin = {
  name: 'miroir-wall-client',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => {
      const p = args.importer ? path.posix.join(path.posix.dirname(args.importer), args.path) : args.path;
      if (!(p in SOURCES)) return { errors: [{ text: `the service worker imports ${args.path}: only src/wall/client modules are bundled` }] };
      return { path: p, namespace: 'wall-client' };
    });
    b.onLoad({ filter: /.*/, namespace: 'wall-client' }, (args) => ({ contents: SOURCES[args.path], loader: 'ts' }));
  },
};

export const GET: APIRoute = async () => {
  const out = await build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    legalComments: 'none',
    plugins: [fromSources],
  });
  return new Response(out.outputFiles[0]!.text, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
