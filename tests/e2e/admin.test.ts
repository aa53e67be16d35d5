// The form editor at /admin/, driven in real Chromium as the comms team uses it, over
// Decap's local backend: decap-server in `git` mode (the mode whose editorial workflow
// makes every save a branch, as the GitHub backend makes it a pull request) on a free
// port, over a temporary git checkout of the sample data. What is published is then
// checked by `npm run check` and worded by `npm run summary`, as the pull request's
// workflow does.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CHROMIUM_ARGS, findChromium } from '../../src/headless/chromium.ts';
import { ROOT, run, tempDir } from '../helpers/cli.ts';
import { serve, type StaticServer } from '../helpers/server.ts';

const ADMIN = '\nadmin:\n  repo: fait-maison/miroir-data\n  branch: main\n  auth_url: "https://oauth.example"\n';
const SCREENSHOTS = process.env.MIROIR_ADMIN_SCREENSHOTS;
type Json = Record<string, unknown>;

let work: string;
let checkout: string;
let before: string;
let server: StaticServer;
let decap: ChildProcess;
let browser: Browser;
let page: Page;
const foreign: string[] = [];

function git(...args: string[]): string {
  const r = spawnSync('git', args, { cwd: checkout, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function startDecapServer(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.join(ROOT, 'node_modules', 'decap-server', 'dist', 'index.js')], {
    env: { ...process.env, PORT: String(port), MODE: 'git', GIT_REPO_DIRECTORY: checkout, BIND_HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const up = await fetch(`http://127.0.0.1:${port}/api/v1`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action":"info"}' }).then((r) => r.ok, () => false);
    if (up) return child;
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error('decap-server did not start');
}

beforeAll(async () => {
  work = tempDir('miroir-admin-');
  checkout = path.join(work, 'checkout');
  before = path.join(work, 'before');
  cpSync(path.join(ROOT, 'data'), path.join(checkout, 'data'), { recursive: true });
  cpSync(path.join(checkout, 'data', 'site.yaml'), path.join(work, 'site.yaml'));
  const site = readFileSync(path.join(work, 'site.yaml'), 'utf8') + ADMIN;
  writeFileSync(path.join(checkout, 'data', 'site.yaml'), site);
  cpSync(path.join(checkout, 'data'), before, { recursive: true });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('-c', 'user.name=miroir', '-c', 'user.email=miroir@example.org', 'commit', '-qm', 'data');
  // decap-server commits with the checkout's identity.
  git('config', 'user.name', 'Comms');
  git('config', 'user.email', 'comms@example.org');

  const port = await freePort();
  decap = await startDecapServer(port);
  const dist = path.join(work, 'dist');
  const built = run('build', { dataDir: path.join(checkout, 'data'), env: { MIROIR_OUT_DIR: dist, MIROIR_ADMIN_LOCAL_BACKEND: `http://localhost:${port}/api/v1` } });
  expect(built.status, built.stderr).toBe(0);
  server = await serve(dist);
  // A French browser, as the comms team's: the date pickers read jj/mm/aaaa.
  const { chromium } = await import('playwright-core');
  browser = await chromium.launch({ executablePath: await findChromium(), headless: true, args: [...CHROMIUM_ARGS, '--lang=fr-FR'] });
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: 'fr-FR' });
  page.on('dialog', (d) => void d.accept());
  page.on('request', (r) => {
    const origin = new URL(r.url()).origin;
    if (origin !== new URL(server.url).origin && origin !== `http://localhost:${port}` && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) foreign.push(r.url());
  });
  await page.goto(`${server.url}/admin/`);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByText('Plan d’actions').first().waitFor();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  decap?.kill();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Opens a file's form afresh (the login stays in the browser's storage). */
async function openForm(collection: string, first: string): Promise<void> {
  await page.goto(`${server.url}/admin/#/collections/${collection}/entries/${collection}`);
  await page.reload();
  await page.getByText(first, { exact: false }).first().waitFor();
}

type Item = ReturnType<Page['locator']>;

/** Unfolds the list item whose folded line starts with `title`: the line's parent holds the item. */
async function unfold(title: string): Promise<Item> {
  const item = page.locator('div:has(> div > button)').filter({ has: page.locator(`xpath=./div[starts-with(normalize-space(.), ${JSON.stringify(title)})]`) }).last();
  await item.locator('button').first().click();
  return item;
}

/** The input a field's label points to, inside an item. */
async function input(item: Item, label: RegExp): Promise<Item> {
  const id = await item.locator('label', { hasText: label }).last().getAttribute('for');
  return page.locator(`[id="${id}"]`);
}

async function choose(item: Item, label: RegExp, option: string): Promise<void> {
  await (await input(item, label)).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function saveAndPublish(collection: string): Promise<void> {
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await page.getByText('Modifications enregistrées', { exact: false }).first().waitFor();
  // The draft is a branch of the checkout, as it is a pull request on GitHub.
  await expect.poll(() => git('branch', '--list', `cms/${collection}/*`), { timeout: 30_000 }).toContain(`cms/${collection}/${collection}`);
  await page.getByRole('button', { name: /Statut/ }).click();
  await page.getByRole('menuitem', { name: 'Prêt' }).click();
  await page.getByRole('button', { name: /^Publier/ }).click();
  await page.getByRole('menuitem', { name: 'Publier maintenant' }).click();
  // A loaded machine (2 cores, several test runs) takes its time merging.
  await expect.poll(() => git('branch', '--list', `cms/${collection}/*`), { timeout: 60_000 }).toBe('');
}

function yamlOf(file: string): Record<string, unknown> {
  return parse(readFileSync(path.join(checkout, 'data', file), 'utf8'), { version: '1.2' }) as Record<string, unknown>;
}

// Decap's own UI under load: each test retried once, assertions unchanged.
describe('/admin/ on decap-server in git mode', { retry: 1 }, () => {
  it('shows the action form in French, with help texts and the choices’ words', async () => {
    await openForm('actions', 'Un rapport d');
    const item = await unfold('Un rapport d');
    await (await input(item, /^Avancement/)).waitFor();
    const text = (await item.textContent()) ?? '';
    expect(text).toContain('Vous avez dit');
    expect(text).toContain('Une action terminée est toujours à 100');
    expect(text).toContain('Prévu');
    if (SCREENSHOTS) await page.screenshot({ path: path.join(SCREENSHOTS, 'admin-action.png') });
  });

  it('changes an action’s status and progress, as a branch, then publishes it', async () => {
    await openForm('actions', 'Un rapport d');
    const item = await unfold('Un rapport d');
    await choose(item, /^Statut/, 'En cours');
    await (await input(item, /^Avancement/)).fill('40');
    await saveAndPublish('actions');
    const action = (yamlOf('actions.yaml').actions as { id: string; status: string; progress: number }[]).find((a) => a.id === 'rapport-etonnement');
    expect(action).toMatchObject({ status: 'in_progress', progress: 40 });
    const check = run('check', { dataDir: path.join(checkout, 'data') });
    expect(check.status, check.stdout).toBe(0);
    const summary = run('summary', { args: [before, path.join(checkout, 'data')] });
    expect(summary.status, summary.stderr).toBe(0);
    expect(summary.stdout).toContain('Un rapport d');
  });

  it('shows the wave form', async () => {
    await openForm('barometer', '2026-T3 ·');
    const item = await unfold('2026-T3');
    await (await input(item, /^Invités/)).waitFor();
    const text = (await item.textContent()) ?? '';
    expect(text).toContain('Nombre de salariés invités à répondre.');
    expect(text).toContain('Résultats par dimension (%)');
    await item.scrollIntoViewIfNeeded();
    if (SCREENSHOTS) await page.screenshot({ path: path.join(SCREENSHOTS, 'admin-wave.png') });
  });

  it('changes a wave and keeps what only the file says (questions, an eNPS as counts)', async () => {
    await openForm('barometer', '2026-T3 ·');
    const item = await unfold('2026-T3');
    await (await input(item, /^Invités/)).fill('412');
    await saveAndPublish('barometer');
    const barometer = yamlOf('barometer.yaml') as { questions: Record<string, string>; waves: { id: string; invited: number; enps?: unknown }[] };
    expect(barometer.waves.find((w) => w.id === '2026-T3')!.invited).toBe(412);
    expect(Object.keys(barometer.questions).length).toBeGreaterThan(0);
    expect(barometer.waves.find((w) => w.id === '2025-T4')!.enps).toEqual({ promoters: 58, passives: 75, detractors: 47 });
    const check = run('check', { dataDir: path.join(checkout, 'data') });
    expect(check.status, check.stdout).toBe(0);
  });

  it('adds a verbatim', async () => {
    expect(existsSync(path.join(checkout, 'data', 'verbatims.yaml'))).toBe(false);
    await openForm('verbatims', 'Verbatims');
    await page.getByRole('button', { name: /Ajouter/ }).first().click();
    // The file is new: its one item is the whole form.
    const item = page.locator('body');
    await (await input(item, /^Date/)).fill('2026-11-20T10:30');
    await (await input(item, /^Verbatim/)).fill('Livraison en avance et un livreur très aimable.');
    await saveAndPublish('verbatims');
    const list = (yamlOf('verbatims.yaml').verbatims ?? []) as { text: string }[];
    expect(list.map((v) => v.text)).toContain('Livraison en avance et un livreur très aimable.');
    const check = run('check', { dataDir: path.join(checkout, 'data') });
    expect(check.status, check.stdout).toBe(0);
  });

  it('asked nothing of another origin than its own and the local backend', () => {
    expect(foreign).toEqual([]);
  });
});

/** Every file of a built site but /admin/, with its size. */
function sizes(dist: string): Map<string, number> {
  const out = new Map<string, number>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const abs = path.join(dir, name);
      const rel = path.relative(dist, abs);
      if (rel === 'admin') continue;
      if (statSync(abs).isDirectory()) walk(abs);
      else out.set(rel, statSync(abs).size);
    }
  };
  walk(dist);
  return out;
}

describe('what /admin/ changes in the build', () => {
  it('is only there with `admin:`, lets its page reach only GitHub’s API and the login service, and leaves the wall as it was', () => {
    const dist = path.join(work, 'dist');
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(readFileSync(path.join(dist, 'admin', 'index.html'), 'utf8'))![1]!;
    const connect = csp.split('; ').find((d) => d.startsWith('connect-src'))!;
    expect(connect).toMatch(/^connect-src 'self' https:\/\/api\.github\.com https:\/\/oauth\.example http:\/\/localhost:\d+$/);
    expect(csp).toContain("default-src 'self'");
    const config = parse(readFileSync(path.join(dist, 'admin', 'config.yml'), 'utf8')) as Json;
    expect(config.backend).toMatchObject({ name: 'github', repo: 'fait-maison/miroir-data', branch: 'main', base_url: 'https://oauth.example' });
    expect(config.publish_mode).toBe('editorial_workflow');

    // The same data with and without `admin:`, built one after the other: no /admin/
    // without it, and every other file the same size.
    const plain = path.join(work, 'plain');
    const built = run('build', { dataDir: path.join(ROOT, 'data'), env: { MIROIR_OUT_DIR: plain } });
    expect(built.status, built.stderr).toBe(0);
    expect(existsSync(path.join(plain, 'admin'))).toBe(false);
    const again = path.join(work, 'again');
    expect(run('build', { dataDir: before, env: { MIROIR_OUT_DIR: again } }).status).toBe(0);
    expect(existsSync(path.join(again, 'admin', 'index.html'))).toBe(true);
    const withAdmin = sizes(again);
    const without = sizes(plain);
    expect([...withAdmin.keys()].sort()).toEqual([...without.keys()].sort());
    for (const [rel, size] of without) if (rel.startsWith('wall') || rel.startsWith('_astro')) expect(withAdmin.get(rel), rel).toBe(size);
    // No screen or page names the editor.
    for (const rel of without.keys()) if (/\.(html|js|css)$/.test(rel)) expect(readFileSync(path.join(again, rel), 'utf8'), rel).not.toMatch(/decap|\/admin\//i);
  }, 180_000);
});
