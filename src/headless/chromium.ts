// Finds a Chromium for the tests and the poster: CHROME_PATH, else one installed on
// the machine, else the one the npm package @sparticuz/chromium ships (Linux x64).
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';

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

export class NoBrowserError extends Error {}

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, name);
    if (dir && existsSync(candidate)) return candidate;
  }
  return undefined;
}

export async function findChromium(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const fromEnv = env.CHROME_PATH?.trim();
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new NoBrowserError(`CHROME_PATH names ${fromEnv}, which does not exist. Point it at a Chromium or Chrome binary, or unset it.`);
  }
  for (const name of SYSTEM_NAMES) {
    const found = onPath(name);
    if (found) return found;
  }
  for (const p of SYSTEM_PATHS) if (existsSync(p)) return p;
  if (process.platform === 'linux' && process.arch === 'x64') {
    try {
      const { default: chromium } = await import('@sparticuz/chromium');
      const p = await chromium.executablePath();
      if (p && existsSync(p)) return p;
    } catch {
      /* fall through to the message below */
    }
  }
  throw new NoBrowserError(
    'No Chromium or Chrome found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`; macOS: install Google Chrome) or set CHROME_PATH to its binary.',
  );
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = await findChromium();
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}
