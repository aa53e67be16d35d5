// The Nu Html Checker (the W3C validator), from the npm package vnu-jar, run with the
// machine's Java. vnu-jar's own runner may download a Java: we call the jar directly.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const VNU_JAR = path.join(path.dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');

/** A Java that runs (JAVA_HOME's, else `java` on PATH), or why there is none. */
export function findJava(env: NodeJS.ProcessEnv = process.env): { java: string } | { missing: string } {
  const java = env.JAVA_HOME ? path.join(env.JAVA_HOME, 'bin', 'java') : 'java';
  const r = spawnSync(java, ['-version'], { encoding: 'utf8', timeout: 30_000 });
  if (r.status === 0) return { java };
  const why = r.error ? (r.error as NodeJS.ErrnoException).code : `exit ${r.status}`;
  return { missing: `no Java to run the Nu Html Checker (${java}: ${why}); install one (Debian/Ubuntu: apt-get install default-jre-headless) or set JAVA_HOME` };
}

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

/** Every error the checker finds in `files`, as `FILE:LINE:COL: message` with FILE relative to `root`. */
export function validateHtml(java: string, root: string, files: string[]): string[] {
  const r = spawnSync(java, ['-jar', VNU_JAR, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', timeout: 170_000, maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  // The JSON report goes to stderr; exit 1 only says that there are errors.
  let report: { messages: VnuMessage[] };
  try {
    report = JSON.parse(r.stderr) as { messages: VnuMessage[] };
  } catch {
    throw new Error(`the Nu Html Checker exited ${r.status} without a report:\n${r.stdout}${r.stderr}`);
  }
  return report.messages
    .filter((m) => m.type !== 'info')
    .map((m) => {
      const file = m.url ? path.relative(root, decodeURIComponent(new URL(m.url).pathname)) : '?';
      const where = `${file}:${m.lastLine ?? 0}:${m.firstColumn ?? m.lastColumn ?? 0}`;
      return `${where}: ${m.type}${m.subType ? ` (${m.subType})` : ''}: ${m.message}${m.extract ? ` in «${m.extract.replace(/\s+/g, ' ').trim()}»` : ''}`;
    });
}
