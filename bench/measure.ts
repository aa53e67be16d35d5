// Wall-clock time and peak memory of one command, run as a child process the way a
// user runs it. Peak memory is the child's maximum resident set size: from GNU time
// (`/usr/bin/time -f %M`) when the machine has it, else from a small wrapper that runs
// the node script in-process and reports process.resourceUsage() as it exits.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface Sample {
  /** Wall-clock milliseconds, from spawn to exit. */
  ms: number;
  /** Peak resident set size, in bytes (undefined when it could not be read). */
  rss?: number;
  /** CPU time of the process (user + system), in milliseconds, when known. */
  cpuMs?: number;
  status: number;
  stdout: string;
  stderr: string;
}

export type RssMethod = 'gnu-time' | 'resource-usage';

let method: RssMethod | undefined;

/** GNU time when it answers, else the in-process wrapper. */
export function rssMethod(): RssMethod {
  if (method) return method;
  // MIROIR_BENCH_RSS=resource-usage tries the wrapper on a machine that has GNU time.
  if (process.env.MIROIR_BENCH_RSS === 'resource-usage') return (method = 'resource-usage');
  const probe = existsSync('/usr/bin/time') ? spawnSync('/usr/bin/time', ['-f', '%M', 'true'], { encoding: 'utf8' }) : undefined;
  method = probe && probe.status === 0 && /^\d+\s*$/m.test(probe.stderr) ? 'gnu-time' : 'resource-usage';
  return method;
}

const WRAPPER = path.join(import.meta.dirname, 'rss-wrapper.ts');

/**
 * Runs `node script ...args` (with this Node) and measures it. `env` is added to the
 * current environment.
 */
export async function measureNode(script: string, args: string[], opts: { cwd: string; env?: Record<string, string>; timeoutMs?: number }): Promise<Sample> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'miroir-measure-'));
  const usageFile = path.join(tmp, 'usage');
  const node = process.execPath;
  const [cmd, argv] =
    rssMethod() === 'gnu-time'
      ? ['/usr/bin/time', ['-o', usageFile, '-f', '%M %U %S', node, script, ...args]]
      : [node, [WRAPPER, usageFile, script, ...args]];
  const started = performance.now();
  const child = spawn(cmd, argv, { cwd: opts.cwd, env: { ...process.env, ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 300_000);
  const status = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? -1)));
  const ms = performance.now() - started;
  clearTimeout(timer);
  const sample: Sample = { ms, status, stdout, stderr };
  try {
    const text = readFileSync(usageFile, 'utf8');
    if (rssMethod() === 'gnu-time') {
      // GNU time writes "Command exited with non-zero status N" first when it fails.
      const m = /(\d+) (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)\s*$/.exec(text);
      if (m) {
        sample.rss = Number(m[1]) * 1024;
        sample.cpuMs = (Number(m[2]) + Number(m[3])) * 1000;
      }
    } else {
      const u = JSON.parse(text) as { maxRSS: number; userCPUTime: number; systemCPUTime: number };
      sample.rss = u.maxRSS * 1024;
      sample.cpuMs = (u.userCPUTime + u.systemCPUTime) / 1000;
    }
  } catch {
    /* no usage: the figure stays undefined and the table says so */
  }
  rmSync(tmp, { recursive: true, force: true });
  return sample;
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export interface Summary {
  /** Median wall-clock ms. */
  ms: number;
  /** Every run's wall-clock ms, in order. */
  runs: number[];
  /** Median peak RSS in bytes, and the largest seen. */
  rss?: number;
  rssMax?: number;
  /** Median CPU ms (user + system). */
  cpuMs?: number;
}

export function summarize(samples: Sample[]): Summary {
  const rss = samples.map((s) => s.rss).filter((v): v is number => v !== undefined);
  const cpu = samples.map((s) => s.cpuMs).filter((v): v is number => v !== undefined);
  return {
    ms: median(samples.map((s) => s.ms)),
    runs: samples.map((s) => Math.round(s.ms)),
    ...(rss.length ? { rss: median(rss), rssMax: Math.max(...rss) } : {}),
    ...(cpu.length ? { cpuMs: median(cpu) } : {}),
  };
}
