// Nothing outside the data folder, nothing that is not a file (issue 15, items 1–2):
// links to outside files (of the file or of a folder on its way), devices, FIFOs and
// link loops, through the real commands, in bounded time and memory. The outside
// file holds a secret that must appear nowhere: messages, annotations, step summary,
// dist/.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { allText, dataFolder, FIXTURES, ROOT, TODAY } from '../helpers/cli.ts';

const SECRET = 'root:x:0:0:SECRET-7f3a9';
const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

/** A data folder (minimal fixture) in a temp folder that also holds `outside/` with the secret. */
function folder(locale: 'fr' | 'en', files: Record<string, string | null> = {}): { data: string; outside: string } {
  const data = dataFolder(files);
  made.push(path.dirname(data));
  if (locale === 'en') {
    const site = path.join(data, 'site.yaml');
    writeFileSync(site, readFileSync(site, 'utf8').replace('locale: fr', 'locale: en'));
  }
  const outside = path.join(path.dirname(data), 'outside');
  mkdirSync(outside);
  writeFileSync(path.join(outside, 'secret.csv'), `${SECRET};date;text\n2026-11-20;${SECRET};x\n`);
  writeFileSync(path.join(outside, 'secret.svg'), `<svg xmlns="http://www.w3.org/2000/svg"><text>${SECRET}</text></svg>`);
  return { data, outside };
}

interface Bounded {
  status: number | null;
  signal: string | null;
  out: string;
  lines: string[];
}

/** A real command with a time limit and a heap limit: a read that never ends fails the test instead of the machine. */
function bounded(script: string, data: string, env: Record<string, string> = {}, args: string[] = []): Bounded {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', `${script}.ts`), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: script === 'build' ? 150_000 : 30_000,
    env: { ...process.env, MIROIR_TODAY: TODAY, MIROIR_DATA_DIR: data, NODE_OPTIONS: '--max-old-space-size=400', ...env },
  });
  return {
    status: r.status,
    signal: r.signal,
    out: `${r.stdout}\n${r.stderr}`,
    lines: r.stdout.split('\n').filter((l) => l !== ''),
  };
}

const WORDS = {
  outside: {
    fr: 'mène hors du dossier des données (un lien symbolique, du fichier ou d’un dossier sur son chemin)\u202f; miroir ne l’a pas lu. Mettez le fichier lui-même dans le dossier des données.',
    en: 'leads outside the data folder (a symbolic link, of the file or of a folder on its way); miroir did not read it. Put the file itself in the data folder.',
  },
  not_regular: {
    fr: 'n’est pas un fichier ordinaire (un périphérique, un tube ou une socket)\u202f; miroir ne l’a pas lu. Mettez-y un vrai fichier.',
    en: 'is not a regular file (a device, a pipe or a socket); miroir did not read it. Put a real file there.',
  },
  loop: {
    fr: 'passe par une boucle de liens symboliques (un lien qui mène à lui-même)\u202f; miroir ne l’a pas lu. Remplacez le lien par le fichier.',
    en: 'goes through a loop of symbolic links (a link that leads to itself); miroir did not read it. Replace the link with the file.',
  },
} as const;
const thisFile = { fr: 'ce fichier', en: 'this file' } as const;
const named = (locale: 'fr' | 'en', field: string, found: string): string =>
  locale === 'fr' ? `«\u202f${field}\u202f»\u00a0: le fichier «\u202f${found}\u202f»` : `“${field}”: the file “${found}”`;

describe.each(['fr', 'en'] as const)('check refuses what is not in the data folder (%s)', (locale) => {
  it('verbatims.csv as a link to an outside file: FILE:1:1, and the file is never read', () => {
    const { data, outside } = folder(locale, { 'verbatims.csv': null });
    symlinkSync(path.join(outside, 'secret.csv'), path.join(data, 'verbatims.csv'));
    const summary = path.join(path.dirname(data), 'summary.md');
    const r = bounded('check', data, { GITHUB_STEP_SUMMARY: summary });
    expect(r.status).toBe(1);
    expect(r.lines).toEqual([`data/verbatims.csv:1:1: error: ${thisFile[locale]} ${WORDS.outside[locale]}`]);
    const gh = bounded('check', data, { GITHUB_STEP_SUMMARY: summary }, ['--format', 'github']);
    expect(gh.status).toBe(1);
    expect(gh.lines[0]).toMatch(/^::error file=.*verbatims\.csv,line=1,col=1::/);
    for (const text of [r.out, gh.out, readFileSync(summary, 'utf8')]) expect(text).not.toContain('SECRET');
  });

  it('a folder link on the way of a wave’s responses: an error at the `responses` line', () => {
    const google = path.join(FIXTURES, 'barometer', 'google-forms');
    const { data, outside } = folder(locale, { 'barometer.yaml': readFileSync(path.join(google, 'barometer.yaml'), 'utf8') });
    cpSync(path.join(google, 'barometre'), path.join(outside, 'barometre'), { recursive: true });
    symlinkSync(path.join(outside, 'barometre'), path.join(data, 'barometre'));
    const r = bounded('check', data);
    expect(r.status).toBe(1);
    expect(r.lines).toEqual([`data/barometer.yaml:13:16: error: ${named(locale, 'responses', 'barometre/2026-T1.csv')} ${WORDS.outside[locale]}`]);
  });

  it('brand.logo as a link to an outside SVG: an error at the `logo` line, its content in no message', () => {
    const { data, outside } = folder(locale, { 'logo.svg': null });
    symlinkSync(path.relative(data, path.join(outside, 'secret.svg')), path.join(data, 'logo.svg'));
    const r = bounded('check', data);
    expect(r.status).toBe(1);
    expect(r.lines).toEqual([`data/site.yaml:10:16: error: ${named(locale, 'logo', 'logo.svg')} ${WORDS.outside[locale]}`]);
    expect(r.out).not.toContain('SECRET');
  });

  it('verbatims.csv as a link to /dev/zero or a FIFO: refused at once, memory untouched', () => {
    const { data } = folder(locale, { 'verbatims.csv': null });
    const inData = path.join(data, 'zero');
    // /dev/zero reached through a link that stays inside the folder: still not a regular file.
    symlinkSync('/dev/zero', inData);
    renameSync(inData, path.join(data, 'verbatims.csv'));
    const zero = bounded('check', data);
    expect(zero.lines).toEqual([`data/verbatims.csv:1:1: error: ${thisFile[locale]} ${WORDS.outside[locale]}`]);
    rmSync(path.join(data, 'verbatims.csv'));
    spawnSync('mkfifo', [path.join(data, 'verbatims.csv')]);
    const fifo = bounded('check', data);
    // Not killed by the time limit: a read that blocked on the FIFO would have been.
    expect(fifo.signal).toBeNull();
    expect(fifo.lines).toEqual([`data/verbatims.csv:1:1: error: ${thisFile[locale]} ${WORDS.not_regular[locale]}`]);
  });

  it('a link loop is a located error, not a raw ELOOP with exit 2', () => {
    const { data } = folder(locale, { 'actions.yaml': null });
    symlinkSync('actions.yaml', path.join(data, 'actions.yaml'));
    const r = bounded('check', data);
    expect(r.status).toBe(1);
    expect(r.lines).toEqual([`data/actions.yaml:1:1: error: ${thisFile[locale]} ${WORDS.loop[locale]}`]);
    expect(r.out).not.toMatch(/ELOOP|\n\s+at /);
  });
});

describe('check allows links that stay inside the data folder', () => {
  it('a logo linked to another file of the folder is fine', () => {
    const { data } = folder('fr');
    renameSync(path.join(data, 'logo.svg'), path.join(data, 'brand-logo.svg'));
    symlinkSync('brand-logo.svg', path.join(data, 'logo.svg'));
    const r = bounded('check', data);
    expect(r.lines).toEqual([]);
    expect(r.status).toBe(0);
  });
});

describe('build with hostile things lying unused in the data folder', () => {
  it('a FIFO, a /dev/urandom link and a folder loop do not hang the build; the logo is published, nothing else', () => {
    const { data } = folder('fr');
    spawnSync('mkfifo', [path.join(data, 'pipe')]);
    symlinkSync('/dev/urandom', path.join(data, 'random.bin'));
    mkdirSync(path.join(data, 'd'));
    symlinkSync('..', path.join(data, 'd', 'up'));
    const dist = path.join(path.dirname(data), 'dist');
    const r = bounded('build', data, { MIROIR_OUT_DIR: dist });
    expect(r.signal, r.out).toBeNull();
    expect(r.status, r.out).toBe(0);
    expect(readFileSync(path.join(dist, 'brand', 'logo.svg'), 'utf8')).toBe(readFileSync(path.join(FIXTURES, 'minimal', 'logo.svg'), 'utf8'));
    expect(existsSync(path.join(dist, 'pipe'))).toBe(false);
    expect(allText(dist)).not.toContain('SECRET');
  }, 160_000);
});
