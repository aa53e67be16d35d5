// Finds a Chromium for the tests and the poster: CHROME_PATH, else one installed on
// the machine, else the one the npm package @sparticuz/chromium ships (Linux x64). A
// candidate counts only if it starts (`--version` answers with a version): a broken
// install, a wrapper left by an uninstall or a stray script is skipped for the next one.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import type { Locale } from '../model.ts';
import { BROWSER_WORDS, type NotStarting } from '../words/browser.ts';

const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];
const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/** Flags that keep a headless Chromium quiet on a closed network and inside containers. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--font-render-hinting=none',
];

/** No usable browser; `detail(locale)` says which were tried and how to install one (its message is the English). */
export class NoBrowserError extends Error {
  readonly detail: (locale: Locale) => string;
  constructor(detail: (locale: Locale) => string) {
    super(detail('en'));
    this.detail = detail;
  }
}

/** Where to look, replaceable by the unit tests. */
export interface Candidates {
  names: string[];
  paths: string[];
  /** The browser an npm package ships, when there is one for this machine. */
  bundled: () => Promise<string | undefined>;
  /** Seconds a candidate has to answer `--version`. */
  timeout: number;
}

async function sparticuz(): Promise<string | undefined> {
  if (process.platform !== 'linux' || process.arch !== 'x64') return undefined;
  try {
    const { default: chromium } = await import('@sparticuz/chromium');
    return await chromium.executablePath();
  } catch {
    return undefined;
  }
}

const DEFAULTS: Candidates = { names: SYSTEM_NAMES, paths: SYSTEM_PATHS, bundled: sparticuz, timeout: 20 };

function onPath(name: string, env: NodeJS.ProcessEnv): string | undefined {
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, name);
    if (dir && existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** Why `file` cannot be used as a browser, in `locale`, or undefined when it starts and tells its version. */
export function whyNotStarting(file: string, timeoutSeconds = DEFAULTS.timeout, env: NodeJS.ProcessEnv = process.env, locale: Locale = 'en'): string | undefined {
  const why = notStarting(file, timeoutSeconds, env);
  return why && BROWSER_WORDS[locale].why(why);
}

function notStarting(file: string, timeoutSeconds: number, env: NodeJS.ProcessEnv): NotStarting | undefined {
  if (!existsSync(file)) return { kind: 'missing' };
  // Chrome on Windows prints no version on the console: existing is all we can check there.
  if (process.platform === 'win32') return undefined;
  const r = spawnSync(file, ['--version'], { encoding: 'utf8', timeout: timeoutSeconds * 1000, env, stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.error) return (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT' ? { kind: 'timeout', seconds: timeoutSeconds } : { kind: 'no-start', detail: r.error.message };
  if (r.status !== 0) {
    // The last line is where a missing system library names itself.
    const said = r.stderr.trim().split('\n').at(-1)?.trim();
    return { kind: 'exit', status: String(r.status ?? r.signal), ...(said ? { said } : {}) };
  }
  if (!/\d+\.\d+/.test(r.stdout)) return { kind: 'no-version' };
  return undefined;
}

export async function findChromium(env: NodeJS.ProcessEnv = process.env, where: Partial<Candidates> = {}): Promise<string> {
  const c = { ...DEFAULTS, ...where };
  const fromEnv = env.CHROME_PATH?.trim();
  // CHROME_PATH is the user's choice: kept or refused, never silently replaced.
  if (fromEnv) {
    const why = notStarting(fromEnv, c.timeout, env);
    if (!why) return fromEnv;
    throw new NoBrowserError((l) => BROWSER_WORDS[l].envRefused(fromEnv, BROWSER_WORDS[l].why(why)));
  }
  const tried: { file: string; why: NotStarting }[] = [];
  const seen = new Set<string>();
  const usable = (file: string | undefined): file is string => {
    if (!file || seen.has(file)) return false;
    seen.add(file);
    const why = notStarting(file, c.timeout, env);
    if (why) tried.push({ file, why });
    return !why;
  };
  for (const name of c.names) {
    const found = onPath(name, env);
    if (usable(found)) return found;
  }
  for (const p of c.paths) if (existsSync(p) && usable(p)) return p;
  const bundled = await c.bundled();
  if (usable(bundled)) return bundled;
  if (tried.length === 0) throw new NoBrowserError((l) => BROWSER_WORDS[l].none);
  throw new NoBrowserError((l) => BROWSER_WORDS[l].noneStarts(tried.map((t) => `${t.file} ${BROWSER_WORDS[l].why(t.why)}`)));
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = await findChromium();
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}
