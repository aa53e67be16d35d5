// Which browser findChromium picks, with fake executables in a temp folder: one that
// answers like Chromium, one that exits 1, one that prints no version, one that hangs.
import { chmodSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findChromium, NoBrowserError, whyNotStarting } from '../../../src/headless/chromium.ts';
import { tempDir } from '../../helpers/cli.ts';

const SCRIPTS = {
  good: 'echo "Chromium 156.0.8078.114 built on Debian"',
  broken: 'echo "warming up" >&2; echo "error while loading shared libraries: libnss3.so" >&2; exit 1',
  bare: 'exit 1',
  silent: 'exit 0',
  hangs: 'exec /bin/sleep 30',
};

/** A folder holding each named fake, as an executable shell script. */
function fakes(files: Record<string, keyof typeof SCRIPTS>): string {
  const dir = tempDir('miroir-fake-chrome-');
  for (const [name, kind] of Object.entries(files)) {
    const file = path.join(dir, name);
    writeFileSync(file, `#!/bin/sh\n${SCRIPTS[kind]}\n`);
    chmodSync(file, 0o755);
  }
  return dir;
}

const none = { names: [], paths: [], bundled: async () => undefined };

async function refusal(p: Promise<unknown>): Promise<string> {
  return (await refused(p)).message;
}

async function refused(p: Promise<unknown>): Promise<NoBrowserError> {
  const e = await p.then(() => undefined, (err: unknown) => err);
  expect(e).toBeInstanceOf(NoBrowserError);
  return e as NoBrowserError;
}

describe.skipIf(process.platform === 'win32')('findChromium', () => {
  it('takes CHROME_PATH when it starts, before anything on the machine', async () => {
    const dir = fakes({ mine: 'good', chromium: 'good' });
    const env = { CHROME_PATH: path.join(dir, 'mine'), PATH: dir };
    expect(await findChromium(env, { names: ['chromium'] })).toBe(path.join(dir, 'mine'));
  });

  it('refuses a CHROME_PATH that does not start, naming it, rather than use another browser', async () => {
    const dir = fakes({ mine: 'bare', chromium: 'good' });
    const message = await refusal(findChromium({ CHROME_PATH: path.join(dir, 'mine'), PATH: dir }, { names: ['chromium'] }));
    expect(message).toBe(`CHROME_PATH names ${path.join(dir, 'mine')}, which exited with status 1 on --version. Point it at a Chromium or Chrome binary, or unset it.`);
  });

  it('skips a system browser that exits 1 for the next name on PATH', async () => {
    const dir = fakes({ chromium: 'broken', 'google-chrome': 'good' });
    expect(await findChromium({ PATH: dir }, { ...none, names: ['chromium', 'google-chrome'] })).toBe(path.join(dir, 'google-chrome'));
  });

  it('falls back from the system browsers to the one an npm package ships', async () => {
    const dir = fakes({ chromium: 'broken', fixed: 'silent', shipped: 'good' });
    const found = await findChromium({ PATH: dir }, { names: ['chromium'], paths: [path.join(dir, 'fixed')], bundled: async () => path.join(dir, 'shipped') });
    expect(found).toBe(path.join(dir, 'shipped'));
  });

  it('when none starts, says what it tried and why each was refused, in order', async () => {
    const dir = fakes({ chromium: 'broken', fixed: 'silent', shipped: 'hangs' });
    const message = await refusal(
      findChromium({ PATH: dir }, { names: ['chromium', 'chrome'], paths: [path.join(dir, 'fixed'), path.join(dir, 'absent')], bundled: async () => path.join(dir, 'shipped'), timeout: 1 }),
    );
    expect(message).toBe(
      `No Chromium or Chrome that starts: ${path.join(dir, 'chromium')} exited with status 1 on --version (error while loading shared libraries: libnss3.so); ` +
        `${path.join(dir, 'fixed')} printed no version on --version: not a Chromium or Chrome; ` +
        `${path.join(dir, 'shipped')} did not answer --version within 1 s. ` +
        'Install one (Debian/Ubuntu: `sudo apt-get install chromium`; macOS: install Google Chrome) or set CHROME_PATH to its binary.',
    );
  });

  it('with no candidate at all, says what to install', async () => {
    const message = await refusal(findChromium({ PATH: fakes({}) }, { ...none, names: ['chromium'] }));
    expect(message).toBe('No Chromium or Chrome found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`; macOS: install Google Chrome) or set CHROME_PATH to its binary.');
  });

  it('says the same in French, with French typography, for the poster of a French site', async () => {
    const nothing = await refused(findChromium({ PATH: fakes({}) }, { ...none, names: ['chromium'] }));
    expect(nothing.detail('fr')).toBe(
      'Aucun Chromium ni Chrome trouvé. Installez-en un (Debian/Ubuntu\u00a0: `sudo apt-get install chromium`\u202f; macOS\u00a0: installez Google Chrome) ou indiquez son programme dans CHROME_PATH.',
    );
    const dir = fakes({ chromium: 'broken', fixed: 'silent' });
    const tried = await refused(findChromium({ PATH: dir }, { ...none, names: ['chromium'], paths: [path.join(dir, 'fixed')] }));
    expect(tried.detail('fr')).toBe(
      `Aucun Chromium ni Chrome qui démarre\u00a0: ${path.join(dir, 'chromium')} s’est arrêté avec le code 1 sur --version (error while loading shared libraries: libnss3.so)\u202f; ` +
        `${path.join(dir, 'fixed')} n’a affiché aucune version sur --version\u00a0: ce n’est pas un Chromium ni un Chrome. ` +
        'Installez-en un (Debian/Ubuntu\u00a0: `sudo apt-get install chromium`\u202f; macOS\u00a0: installez Google Chrome) ou indiquez son programme dans CHROME_PATH.',
    );
    const mine = await refused(findChromium({ CHROME_PATH: path.join(dir, 'absent'), PATH: dir }, none));
    expect(mine.detail('fr')).toBe(`CHROME_PATH désigne ${path.join(dir, 'absent')}, qui n’existe pas. Indiquez-y le programme d’un Chromium ou d’un Chrome, ou retirez CHROME_PATH.`);
  });

  it('checks each candidate once, even when PATH and the known places name the same file', async () => {
    const dir = fakes({ chromium: 'broken' });
    const message = await refusal(findChromium({ PATH: dir }, { ...none, names: ['chromium'], paths: [path.join(dir, 'chromium')] }));
    expect(message.match(/exited with status 1/g)).toHaveLength(1);
  });
});

describe.skipIf(process.platform === 'win32')('whyNotStarting', () => {
  it('accepts a file that prints a version, and says why for the others', () => {
    const dir = fakes({ good: 'good', broken: 'broken' });
    expect(whyNotStarting(path.join(dir, 'good'))).toBeUndefined();
    // The last line of what it said names the missing library.
    expect(whyNotStarting(path.join(dir, 'broken'))).toBe('exited with status 1 on --version (error while loading shared libraries: libnss3.so)');
    expect(whyNotStarting(path.join(dir, 'nope'))).toBe('does not exist');
  });
});
