// Runs miroir's real commands the way a user does, on a data folder of the test's.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const FIXTURES = path.join(ROOT, 'tests', 'fixtures');
export const TODAY = '2026-11-24';

export interface Run {
  status: number;
  stdout: string;
  stderr: string;
  /** stdout split into non-empty lines. */
  lines: string[];
}

/** `npm run <script>` without npm's own chatter: node scripts/<script>.ts, as package.json does. */
export function run(script: string, opts: { dataDir?: string; env?: Record<string, string>; args?: string[]; cwd?: string } = {}): Run {
  const res = spawnSync(process.execPath, [path.join(ROOT, 'scripts', `${script}.ts`), ...(opts.args ?? [])], {
    cwd: opts.cwd ?? ROOT,
    encoding: 'utf8',
    timeout: 170_000,
    env: {
      ...process.env,
      MIROIR_TODAY: TODAY,
      ...(opts.dataDir ? { MIROIR_DATA_DIR: opts.dataDir } : {}),
      ...opts.env,
    },
  });
  return {
    status: res.status ?? -1,
    stdout: res.stdout,
    stderr: res.stderr,
    lines: res.stdout.split('\n').filter((l) => l !== ''),
  };
}

/**
 * A new temp folder. Made inside a test, it is removed when the test ends; made in a
 * hook, it lives until the run's folder is removed (tests/helpers/temp-root.ts).
 */
export function tempDir(prefix = 'miroir-test-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  try {
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  } catch {
    // Not inside a test (a beforeAll, a describe): the run's folder takes it away.
  }
  return dir;
}

/** A copy of a fixture folder (default: the minimal valid one) with some files replaced or removed (null). */
export function dataFolder(files: Record<string, string | Buffer | null> = {}, from = path.join(FIXTURES, 'minimal')): string {
  const dir = path.join(tempDir(), 'data');
  cpSync(from, dir, { recursive: true });
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(dir, rel);
    if (content === null) rmSync(abs, { force: true });
    else {
      mkdirSync(path.dirname(abs), { recursive: true });
      writeFileSync(abs, content);
    }
  }
  return dir;
}

/** Every file under `dir`, relative path → bytes. */
export function snapshot(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const abs = path.join(d, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else out.set(path.relative(dir, abs), readFileSync(abs));
    }
  };
  walk(dir);
  return out;
}

/** Every file under `dir` as text (binary files included as latin1), for "never appears" checks. */
export function allText(dir: string): string {
  return [...snapshot(dir).values()].map((b) => b.toString('utf8') + b.toString('latin1')).join('\n');
}
