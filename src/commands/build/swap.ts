// Replacing dist/ by a freshly built folder without a moment where a half site is served.
import { cpSync, existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/** Replaces `dist` by `stage` in one rename; across file systems, copies next to `dist` first. */
export function swapInto(stage: string, dist: string): void {
  let ready = stage;
  if (path.dirname(dist) !== path.dirname(stage)) {
    ready = `${dist}.building-${process.pid}`;
    rmSync(ready, { recursive: true, force: true });
    cpSync(stage, ready, { recursive: true });
  }
  const old = `${dist}.old-${process.pid}`;
  if (existsSync(dist)) renameSync(dist, old);
  renameSync(ready, dist);
  rmSync(old, { recursive: true, force: true });
}
