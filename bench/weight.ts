// What a wall page weighs: the files it loads, by kind, raw and gzip-compressed as a
// static host would serve them. The list of files comes from a browser (every response
// while the page loads and shows each slide once, see browser.ts) or, without one, from
// the built HTML (what it names, what its scripts import, what its stylesheets use).
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export type Kind = 'html' | 'js' | 'css' | 'font' | 'image' | 'other';
export const KINDS: readonly Kind[] = ['html', 'js', 'css', 'font', 'image', 'other'];

export interface FileWeight {
  /** Path on the server, e.g. `/_astro/client.js`. */
  path: string;
  kind: Kind;
  raw: number;
  gzip: number;
}

export interface Weight {
  files: FileWeight[];
  byKind: Record<Kind, { raw: number; gzip: number; files: number }>;
  total: { raw: number; gzip: number; files: number };
}

export function kindOf(p: string): Kind {
  const ext = path.extname(p).toLowerCase();
  if (ext === '' || ext === '.html') return 'html';
  if (ext === '.js' || ext === '.mjs') return 'js';
  if (ext === '.css') return 'css';
  if (ext === '.woff2' || ext === '.woff' || ext === '.ttf' || ext === '.otf') return 'font';
  if (['.svg', '.png', '.jpg', '.jpeg', '.webp', '.avif', '.gif', '.ico'].includes(ext)) return 'image';
  return 'other';
}

/** The file of `dist` a server path stands for (a folder's index.html), if any. */
export function fileOf(dist: string, urlPath: string): string | undefined {
  let rel: string;
  try {
    rel = decodeURIComponent(urlPath.split(/[?#]/)[0]!);
  } catch {
    return undefined;
  }
  let abs = path.join(dist, rel);
  if (existsSync(abs) && statSync(abs).isDirectory()) abs = path.join(abs, 'index.html');
  return existsSync(abs) && abs.startsWith(path.resolve(dist)) ? abs : undefined;
}

// Fonts and images are already compressed: hosts send them as they are.
const COMPRESSIBLE: ReadonlySet<Kind> = new Set(['html', 'js', 'css', 'other']);

/** Weighs the server paths `paths` (each once) from the files of `dist`. */
export function weigh(dist: string, paths: Iterable<string>): Weight {
  const files: FileWeight[] = [];
  const seen = new Set<string>();
  for (const p of paths) {
    const clean = p.split(/[?#]/)[0]!;
    if (seen.has(clean)) continue;
    seen.add(clean);
    const abs = fileOf(dist, clean);
    if (!abs) continue;
    const bytes = readFileSync(abs);
    const kind = kindOf(abs);
    // gzip level 6: what nginx, Apache and most static hosts use when asked to compress.
    const gzip = COMPRESSIBLE.has(kind) || (kind === 'image' && abs.endsWith('.svg')) ? Math.min(bytes.length, gzipSync(bytes, { level: 6 }).length) : bytes.length;
    files.push({ path: clean, kind, raw: bytes.length, gzip });
  }
  files.sort((a, b) => b.gzip - a.gzip);
  const byKind = Object.fromEntries(KINDS.map((k) => [k, { raw: 0, gzip: 0, files: 0 }])) as Weight['byKind'];
  const total = { raw: 0, gzip: 0, files: 0 };
  for (const f of files) {
    for (const t of [byKind[f.kind], total]) {
      t.raw += f.raw;
      t.gzip += f.gzip;
      t.files += 1;
    }
  }
  return { files, byKind, total };
}

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag)?.[1]?.replace(/&amp;/g, '&');

/**
 * Without a browser: the page, what its HTML names (scripts, stylesheets, icons,
 * images, islands' modules), the modules those import, and the fonts its stylesheets
 * declare (every one: a browser loads only those its text needs, so this errs high).
 */
export function staticPaths(dist: string, pagePath: string): string[] {
  const out = new Set<string>([pagePath]);
  const html = readFileSync(fileOf(dist, pagePath)!, 'utf8');
  const resolve = (ref: string, from: string): string => new URL(ref, `http://x${from}`).pathname;
  for (const m of html.matchAll(/<(script|link|img)\b[^>]*>/gi)) {
    const tag = m[0];
    const src = attr(tag, 'src');
    if (src) out.add(resolve(src, pagePath));
    const href = attr(tag, 'href');
    if (href && /stylesheet|icon|preload/i.test(attr(tag, 'rel') ?? '')) out.add(resolve(href, pagePath));
  }
  // Follow imports and url()s until nothing new turns up.
  const queue = [...out];
  while (queue.length) {
    const p = queue.pop()!;
    const abs = fileOf(dist, p);
    const kind = kindOf(p);
    if (!abs || (kind !== 'js' && kind !== 'css')) continue;
    const text = readFileSync(abs, 'utf8');
    const refs =
      kind === 'js'
        ? [...text.matchAll(/(?:import|from)\s*\(?\s*["']([^"']+\.m?js)["']/g)].map((r) => r[1]!)
        : [...text.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((r) => r[1]!).filter((r) => !r.startsWith('data:'));
    for (const r of refs) {
      const q = resolve(r, p);
      if (!out.has(q)) {
        out.add(q);
        queue.push(q);
      }
    }
  }
  return [...out];
}
