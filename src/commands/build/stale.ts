// What killed builds leave behind: `.miroir-build-<pid>` stage and cache folders in the
// project (with data.json inside), and temporary links beside dist. They are removed
// at the next build, once the process that made them is gone.
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

/** The pid a leftover's name starts with or ends with (`.miroir-build-123-cache`, `123-1733…`). */
export function pidOf(name: string): number | undefined {
  const m = /^(?:\.miroir-build-|\..+\.link-)?(\d+)(?:-|$)/.exec(name);
  return m ? Number(m[1]) : undefined;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists, it is someone else's.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the leftovers of dead builds from `root` and from beside `dist`. */
export function removeStale(root: string, dist: string): void {
  const linkPrefix = `.${path.basename(dist)}.link-`;
  for (const [dir, match] of [
    [root, (n: string) => n.startsWith('.miroir-build-')],
    [path.dirname(dist), (n: string) => n.startsWith(linkPrefix)],
  ] as const) {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      if (!match(name)) continue;
      const pid = pidOf(name);
      if (pid === undefined || pid === process.pid || isAlive(pid)) continue;
      rmSync(path.join(dir, name), { recursive: true, force: true });
    }
  }
}
