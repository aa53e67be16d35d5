// /admin/, the form editor, written into the build when site.yaml has `admin:`: Decap
// CMS's own bundle copied from node_modules (no CDN), config.yml generated from the
// schemas (src/editor/admin-config.ts), the preview templates, and the wall's styles for
// them. No screen links to it or loads it: the wall's weight does not change.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { stringify } from 'yaml';
import { adminConfig, authParts, DATE_WIDGET, EXPORT_WIDGET, uploadFolders } from '../../editor/admin-config.ts';
import type { Project } from '../../model.ts';
import { ADMIN_WORDS, DATE_WORDS, EXPORT_WORDS } from '../../words/admin.ts';
import { LABELS } from '../../words/labels.ts';

const STYLES = ['wall.css', 'verbatims.css', 'actions.css'];

/** The data folder's path inside its git repository (`data`), which Decap's config names. */
export function dataPathInRepo(dataDir: string): string {
  for (let dir = path.resolve(dataDir); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, '.git'))) return path.relative(dir, path.resolve(dataDir)).split(path.sep).join('/') || '.';
    if (path.dirname(dir) === dir) return 'data';
  }
}

/** The page's policy: its own files, GitHub's API and the login service, nothing else. */
export function adminCsp(authUrl: string, localBackend?: string): string {
  const api = ['https://api.github.com', authParts(authUrl).base_url, ...(localBackend ? [new URL(localBackend).origin] : [])];
  return [
    "default-src 'self'",
    // Decap checks config.yml with ajv, which compiles the schema into a `new Function` at
    // start-up (decap-cms-core's validateConfig, always run; without 'unsafe-eval' the page
    // stops at « Error loading the CMS configuration »); it also ships WebAssembly.
    "script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'",
    // Decap's components style themselves with inline <style> elements (emotion).
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    // blob: an uploaded file is read back from its in-page address before it is sent
    // (the verbatims export, a respondent file).
    `connect-src 'self' blob: ${[...new Set(api)].join(' ')}`,
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
  ].join('; ');
}

function page(project: Project, csp: string): string {
  const say = ADMIN_WORDS[project.site.locale];
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  return `<!doctype html>
<html lang="${project.site.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta http-equiv="Content-Security-Policy" content="${esc(csp)}">
<title>${esc(say.title(project.site.organisation))}</title>
<link href="config.yml" type="text/yaml" rel="cms-config-url">
</head>
<body>
<noscript>${esc(say.noscript)}</noscript>
<script src="react.js"></script>
<script src="decap-cms-app.js"></script>
<script src="previews.js"></script>
</body>
</html>
`;
}

/** The wall's stylesheets for the preview pane, with the site's accent and theme. */
function previewCss(root: string, project: Project): string {
  const dir = path.join(root, 'src', 'wall', 'styles');
  // The wall's font is addressed relative to its source; the pane uses the system's.
  const sheets = STYLES.map((f) => readFileSync(path.join(dir, f), 'utf8').replace(/@font-face\s*{[^}]*}/g, ''));
  const { accent } = project.site.brand;
  return `${sheets.join('\n')}
:root { --accent: ${accent}; }
html { font-size: 16px; }
body { margin: 0; padding: 16px; background: var(--bg); color: var(--text); font-family: system-ui, sans-serif; }
.preview { position: static; inset: auto; display: block; height: auto; min-height: 0; padding: 0; opacity: 1; visibility: visible; transform: none; }
.preview .pairs, .preview .quotes { display: grid; grid-auto-flow: row; gap: 16px; }
.preview .quote { min-height: 0; }
.pair-title { font-weight: 700; margin: 0 0 8px; }
`;
}

/** One browser script from src/editor/client/ (bundled: React comes from node_modules). */
function clientJs(root: string, name: string, define: Record<string, string> = {}): string {
  const out = buildSync({
    entryPoints: [path.join(root, 'src', 'editor', 'client', name)],
    absWorkingDir: root,
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"', ...define },
  });
  return out.outputFiles[0]!.text;
}

function previewsJs(root: string, project: Project): string {
  const L = LABELS[project.site.locale];
  const { choose, attached, refused, otherKind } = EXPORT_WORDS[project.site.locale];
  const words = {
    youSaid: L.youSaid,
    weDid: L.weDid,
    featured: L.wall.featured,
    status: L.status,
    sentiment: L.sentiment,
    styles: ['preview.css'],
    upload: { choose, attached, refused, otherKind },
    exportWidget: EXPORT_WIDGET,
    uploadFolders: uploadFolders(dataPathInRepo(project.dataDir)),
    dateWidget: DATE_WIDGET,
    date: DATE_WORDS[project.site.locale],
  };
  return clientJs(root, 'previews.ts', { MIROIR_PREVIEW: JSON.stringify(words) });
}

/** Decap's built files: the main bundle, its lazily loaded chunks and WebAssembly (no source maps). */
function copyDecap(target: string): void {
  const require = createRequire(import.meta.url);
  const dist = path.join(path.dirname(require.resolve('decap-cms-app/package.json')), 'dist');
  for (const name of readdirSync(dist)) {
    if (!/\.(js|wasm)$/.test(name) || !statSync(path.join(dist, name)).isFile()) continue;
    copyFileSync(path.join(dist, name), path.join(target, name));
  }
}

/** The verbatims export the data folder holds now: the upload warns when one of the other kind is added. */
function exportFile(dataDir: string): { exportFile?: string } {
  const name = ['verbatims.csv', 'verbatims.xlsx'].find((n) => existsSync(path.join(dataDir, n)));
  return name ? { exportFile: name } : {};
}

export interface AdminBuild {
  root: string;
  /** decap-server's API, set only to edit a local checkout (tests, trying the editor). */
  localBackend?: string;
}

/** Writes `<stage>/admin/` when site.yaml has `admin:`; nothing otherwise. */
export function writeAdmin(stage: string, project: Project, opts: AdminBuild): void {
  const admin = project.site.admin;
  if (!admin) return;
  const target = path.join(stage, 'admin');
  mkdirSync(target, { recursive: true });
  copyDecap(target);
  const config = adminConfig({
    locale: project.site.locale,
    admin,
    dataPath: dataPathInRepo(project.dataDir),
    dimensions: project.dimensions,
    screens: project.site.screens,
    ...(opts.localBackend ? { localBackend: opts.localBackend } : {}),
    ...exportFile(project.dataDir),
  });
  writeFileSync(path.join(target, 'config.yml'), stringify(config, { lineWidth: 0 }));
  writeFileSync(path.join(target, 'index.html'), page(project, adminCsp(admin.auth_url, opts.localBackend)));
  writeFileSync(path.join(target, 'preview.css'), previewCss(opts.root, project));
  writeFileSync(path.join(target, 'react.js'), clientJs(opts.root, 'react-globals.ts'));
  writeFileSync(path.join(target, 'previews.js'), previewsJs(opts.root, project));
}
