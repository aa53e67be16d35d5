// The form editor at /admin/, driven in real Chromium as the comms team uses it, over
// Decap's local backend: decap-server in `git` mode (the mode whose editorial workflow
// makes every save a branch, as the GitHub backend makes it a pull request) on a free
// port. Each test has its own git checkout of the sample data (a fresh copy, a fresh
// decap-server on that port), so no test depends on another's edits. What is published is
// then checked by `npm run check` and worded by `npm run summary`, as the pull request's
// workflow does. Every wait is on a condition (a DOM state, a git ref), never a delay.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CHROMIUM_ARGS, findChromium } from '../../src/headless/chromium.ts';
import { FIXTURES, ROOT, run, tempDir } from '../helpers/cli.ts';
import { serve, type StaticServer } from '../helpers/server.ts';

const ADMIN = '\nadmin:\n  repo: fait-maison/miroir-data\n  branch: main\n  auth_url: "https://oauth.example"\n';
const SCREENSHOTS = process.env.MIROIR_ADMIN_SCREENSHOTS;
// Ceilings, not sleeps: every wait below ends as soon as its condition holds. They are
// generous because two test files share two cores with builds and browsers.
const WAIT = 90_000;
type Json = Record<string, unknown>;

let work: string;
/** The sample data with `admin:`, committed on main: every test starts from a copy of it. */
let template: string;
/** The test's own checkout, which decap-server edits. */
let checkout: string;
let before: string;
let port: number;
let server: StaticServer;
let decap: ChildProcess | undefined;
let browser: Browser;
let page: Page;
let checkouts = 0;
const foreign: string[] = [];
/** Every question the page asked (Decap asks in English before replacing a listed file). */
const dialogs: string[] = [];

function gitIn(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}
const git = (...args: string[]) => gitIn(checkout, ...args);

/** A file as a git ref holds it, byte for byte (undefined when it is not there). */
function gitFile(ref: string, file: string): Buffer | undefined {
  const r = spawnSync('git', ['show', `${ref}:${file}`], { cwd: checkout });
  return r.status === 0 ? r.stdout : undefined;
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

async function startDecapServer(repo: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.join(ROOT, 'node_modules', 'decap-server', 'dist', 'index.js')], {
    env: { ...process.env, PORT: String(port), MODE: 'git', GIT_REPO_DIRECTORY: repo, BIND_HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Up when it answers, not after a delay; the ceiling is for a loaded machine.
  const deadline = Date.now() + WAIT;
  while (Date.now() < deadline && child.exitCode === null) {
    const up = await fetch(`http://127.0.0.1:${port}/api/v1`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action":"info"}' }).then((r) => r.ok, () => false);
    if (up) return child;
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error('decap-server did not start');
}

async function stopDecapServer(): Promise<void> {
  const child = decap;
  decap = undefined;
  if (!child || child.exitCode !== null) return;
  const gone = new Promise((r) => child.once('exit', r));
  child.kill();
  await gone;
}

/**
 * Gives the next test its own checkout, a fresh copy of the template, served by a new
 * decap-server on the same port (the one the built page knows). The page is first taken
 * off the editor, so that no request of the last test reaches the new server.
 */
async function freshCheckout(): Promise<void> {
  await page.goto('about:blank');
  await stopDecapServer();
  checkout = path.join(work, `checkout-${++checkouts}`);
  cpSync(template, checkout, { recursive: true });
  decap = await startDecapServer(checkout);
}

beforeAll(async () => {
  work = tempDir('miroir-admin-');
  template = path.join(work, 'template');
  before = path.join(work, 'before');
  cpSync(path.join(ROOT, 'data'), path.join(template, 'data'), { recursive: true });
  const site = readFileSync(path.join(template, 'data', 'site.yaml'), 'utf8') + ADMIN;
  writeFileSync(path.join(template, 'data', 'site.yaml'), site);
  cpSync(path.join(template, 'data'), before, { recursive: true });
  gitIn(template, 'init', '-q', '-b', 'main');
  gitIn(template, 'add', '-A');
  gitIn(template, '-c', 'user.name=miroir', '-c', 'user.email=miroir@example.org', 'commit', '-qm', 'data');
  // decap-server commits with the checkout's identity.
  gitIn(template, 'config', 'user.name', 'Comms');
  gitIn(template, 'config', 'user.email', 'comms@example.org');

  port = await freePort();
  const dist = path.join(work, 'dist');
  const built = run('build', { dataDir: path.join(template, 'data'), env: { MIROIR_OUT_DIR: dist, MIROIR_ADMIN_LOCAL_BACKEND: `http://localhost:${port}/api/v1` } });
  expect(built.status, built.stderr).toBe(0);
  server = await serve(dist);
  // A French browser, as the comms team's: the date pickers read jj/mm/aaaa.
  const { chromium } = await import('playwright-core');
  browser = await chromium.launch({ executablePath: await findChromium(), headless: true, args: [...CHROMIUM_ARGS, '--lang=fr-FR'] });
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: 'fr-FR' });
  page.setDefaultTimeout(WAIT);
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.accept();
  });
  page.on('request', (r) => {
    const origin = new URL(r.url()).origin;
    if (origin !== new URL(server.url).origin && origin !== `http://localhost:${port}` && !/^(data|blob|about):/.test(r.url())) foreign.push(r.url());
  });
  await freshCheckout();
  await page.goto(`${server.url}/admin/`);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByText('Plan d’actions').first().waitFor();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await stopDecapServer();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Opens a file's form in a freshly loaded editor (the login stays in the browser's storage). */
async function openForm(collection: string, first: string): Promise<void> {
  await page.goto(`${server.url}/admin/#/collections/${collection}/entries/${collection}`);
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

const draftBranch = (collection: string) => `cms/${collection}/${collection}`;

/** Saves the form: the draft is a branch of the checkout, as it is a pull request on GitHub. */
async function save(collection: string): Promise<void> {
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect.poll(() => git('branch', '--list', `cms/${collection}/*`), { timeout: WAIT }).toContain(draftBranch(collection));
  // The editor knows the entry as a draft once it offers the draft's status.
  await page.getByRole('button', { name: /Statut/ }).waitFor();
}

/** Publishes the saved draft: its branch is merged into main, then deleted. */
async function publish(collection: string): Promise<void> {
  await page.getByRole('button', { name: /Statut/ }).click();
  await page.getByRole('menuitem', { name: 'Prêt' }).click();
  await page.getByRole('button', { name: /^Publier/ }).click();
  await page.getByRole('menuitem', { name: 'Publier maintenant' }).click();
  await expect.poll(() => git('branch', '--list', `cms/${collection}/*`), { timeout: WAIT }).toBe('');
}

async function saveAndPublish(collection: string): Promise<void> {
  await save(collection);
  await publish(collection);
}

function yamlOf(file: string): Record<string, unknown> {
  return parse(readFileSync(path.join(checkout, 'data', file), 'utf8'), { version: '1.2' }) as Record<string, unknown>;
}

/** A fixture export under the name a comms officer's download would have. */
function download(fixture: string, name: string): string {
  const file = path.join(tempDir('miroir-download-'), name);
  cpSync(path.join(FIXTURES, 'exports', fixture), file);
  return file;
}

describe('/admin/ on decap-server in git mode', { timeout: 4 * WAIT }, () => {
  beforeEach(freshCheckout);

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
    // Dates are written day first, as the site is French, whatever the browser's language.
    expect(await (await input(item, /^Début/)).inputValue()).toBe('04/01/2027');
    await (await input(item, /^Échéance/)).fill('15/10/2027');
    await saveAndPublish('actions');
    const action = (yamlOf('actions.yaml').actions as { id: string; status: string; progress: number }[]).find((a) => a.id === 'rapport-etonnement');
    expect(action).toMatchObject({ status: 'in_progress', progress: 40, start: '2027-01-04', due: '2027-10-15' });
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
    // barometer.yaml says 2026-10-15: the French site shows it day first.
    const date = await input(item, /^Date de l’enquête/);
    expect(await date.inputValue()).toBe('15/10/2026');
    expect(await date.getAttribute('placeholder')).toBe('jj/mm/aaaa');
    await item.scrollIntoViewIfNeeded();
    if (SCREENSHOTS) await page.screenshot({ path: path.join(SCREENSHOTS, 'admin-wave.png') });
  });

  it('changes a wave and keeps what only the file says (questions, an eNPS as counts)', async () => {
    await openForm('barometer', '2026-T3 ·');
    const item = await unfold('2026-T3');
    await (await input(item, /^Invités/)).fill('412');
    // The calendar (the browser's own, behind the button) hands over a day: shown day first.
    await item.locator('input[type="date"]').fill('2026-10-16');
    expect(await (await input(item, /^Date de l’enquête/)).inputValue()).toBe('16/10/2026');
    await saveAndPublish('barometer');
    const barometer = yamlOf('barometer.yaml') as { questions: Record<string, string>; waves: { id: string; invited: number; date: string; enps?: unknown }[] };
    expect(barometer.waves.find((w) => w.id === '2026-T3')).toMatchObject({ invited: 412, date: '2026-10-16' });
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
    await (await input(item, /^Verbatim/)).fill('Livraison en avance et un livreur très aimable.');
    // A day that does not exist stops the save, saying how to write a date.
    await (await input(item, /^Date/)).fill('31/11/2026');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Ce n’est pas une date\u00a0: écrivez le jour, le mois, l’année puis, si besoin, l’heure, par exemple 20/12/2026 08:00.').waitFor();
    expect(git('branch', '--list', 'cms/*')).toBe('');
    await (await input(item, /^Date/)).fill('20/11/2026 10h30');
    await saveAndPublish('verbatims');
    const list = (yamlOf('verbatims.yaml').verbatims ?? []) as { text: string; date: string }[];
    expect(list).toContainEqual(expect.objectContaining({ text: 'Livraison en avance et un livreur très aimable.', date: '2026-11-20T10:30' }));
    const check = run('check', { dataDir: path.join(checkout, 'data') });
    expect(check.status, check.stdout).toBe(0);
  });

  it('uploads a new verbatims export in the form: it waits in the draft’s branch, then replaces verbatims.csv once published', async () => {
    // French Excel's export: `;`, Windows-1252, CRLF — it must arrive byte for byte.
    const upload = download(path.join('excel-fr', 'verbatims.csv'), 'Export avis clients octobre.csv');
    const bytes = readFileSync(upload);
    const published = gitFile('main', 'data/verbatims.csv')!;
    expect(published.equals(bytes)).toBe(false);
    await openForm('verbatims', 'Export des verbatims');
    await (await input(page.locator('body'), /^Export des verbatims/)).setInputFiles(upload);
    await page.getByText('sera enregistré sous verbatims.csv').waitFor();
    if (SCREENSHOTS) await page.screenshot({ path: path.join(SCREENSHOTS, 'admin-export.png') });
    await save('verbatims');
    // The draft (the pull request) holds the new export; main still has the old one.
    expect(gitFile(draftBranch('verbatims'), 'data/verbatims.csv')?.equals(bytes)).toBe(true);
    expect(gitFile('main', 'data/verbatims.csv')?.equals(published)).toBe(true);
    expect(git('log', '--format=%s', 'main')).toBe('data');
    await publish('verbatims');
    expect(readFileSync(path.join(checkout, 'data', 'verbatims.csv')).equals(bytes)).toBe(true);
    // main never went without its export on the way (no deletion, no direct commit).
    expect(git('log', '--diff-filter=D', '--format=%h', 'main', '--', 'data/verbatims.csv')).toBe('');
    // There was no verbatims.yaml: the save wrote the form's file, with no verbatim in it,
    // which check does not call « a file with no verbatim » beside the export.
    expect(yamlOf('verbatims.yaml').verbatims ?? []).toEqual([]);
    const check = run('check', { dataDir: path.join(checkout, 'data') });
    expect(check.status, check.stdout).toBe(0);
    expect(check.stdout + check.stderr).not.toContain('verbatims.yaml');
    const summary = run('summary', { args: [before, path.join(checkout, 'data')] });
    expect(summary.status, summary.stderr).toBe(0);
    expect(summary.stdout).toContain('Accueil très chaleureux, merci à Léa');
    expect(summary.stdout).toContain('3 ajoutés');
  });

  it('uploads an .xlsx export byte for byte, and says that the .csv beside it must go (the check of the draft refuses both)', async () => {
    const upload = download(path.join('microsoft-forms', 'verbatims.xlsx'), 'Enquête satisfaction (1-12).xlsx');
    await openForm('verbatims', 'Export des verbatims');
    await (await input(page.locator('body'), /^Export des verbatims/)).setInputFiles(upload);
    await page.getByText('sera enregistré sous verbatims.xlsx').waitFor();
    await page.getByText('Le dossier contient aussi verbatims.csv').waitFor();
    await save('verbatims');
    expect(gitFile(draftBranch('verbatims'), 'data/verbatims.xlsx')?.equals(readFileSync(upload))).toBe(true);
    expect(gitFile('main', 'data/verbatims.xlsx')).toBeUndefined();
    // The pull request's check, on the draft's files.
    const draft = path.join(tempDir('miroir-draft-'), 'tree');
    gitIn(checkout, 'worktree', 'add', '-q', draft, draftBranch('verbatims'));
    const check = run('check', { dataDir: path.join(draft, 'data') });
    expect(check.status).not.toBe(0);
    expect(check.stdout).toMatch(/verbatims\.csv.*verbatims\.xlsx|verbatims\.xlsx.*verbatims\.csv/);
  });

  it('replaces a wave’s respondent file in the form: main keeps the old one until the draft is published', async () => {
    const published = gitFile('main', 'data/barometer/2026-T3.csv')!;
    // The same export a week later: one more respondent, under the same name.
    const late = '08/10/2026 09:12:40' + published.toString('utf8').split('\n')[1]!.replace(/^[^;]*/, '');
    const upload = path.join(tempDir('miroir-download-'), '2026-T3.csv');
    writeFileSync(upload, `${published.toString('utf8').trimEnd()}\n${late}\n`);
    const bytes = readFileSync(upload);
    dialogs.length = 0;
    await openForm('barometer', '2026-T3 ·');
    const item = await unfold('2026-T3');
    await item.getByRole('button', { name: 'Choisir un fichier différent' }).click();
    await page.locator('input[type="file"]').setInputFiles(upload);
    // Decap stores an upload under its name in lower case.
    await page.getByText('2026-t3.csv').first().waitFor();
    await page.getByRole('button', { name: 'Choisir les éléments sélectionnés' }).click();
    await save('barometer');
    // Decap did not ask to replace the published file (it would have deleted it on main).
    expect(dialogs.filter((d) => /already exists/.test(d))).toEqual([]);
    const wave = (ref: string) => (parse(gitFile(ref, 'data/barometer.yaml')!.toString('utf8')) as { waves: { id: string; responses?: string }[] }).waves.find((w) => w.id === '2026-T3')!;
    expect(wave(draftBranch('barometer')).responses).toBe('barometer/2026-t3.csv');
    expect(gitFile(draftBranch('barometer'), 'data/barometer/2026-t3.csv')?.equals(bytes)).toBe(true);
    // main, what the screens are built from, is untouched: the old file, the old wave, no commit.
    expect(git('log', '--format=%s', 'main')).toBe('data');
    expect(gitFile('main', 'data/barometer/2026-T3.csv')?.equals(published)).toBe(true);
    expect(wave('main').responses).toBe('barometer/2026-T3.csv');
    await publish('barometer');
    expect(wave('main').responses).toBe('barometer/2026-t3.csv');
    expect(gitFile('main', 'data/barometer/2026-t3.csv')?.equals(bytes)).toBe(true);
    expect(git('log', '--diff-filter=D', '--format=%h', 'main', '--', 'data/barometer')).toBe('');
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
    expect(connect).toMatch(/^connect-src 'self' blob: https:\/\/api\.github\.com https:\/\/oauth\.example http:\/\/localhost:\d+$/);
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
