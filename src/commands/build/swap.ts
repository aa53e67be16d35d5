// Replacing dist/ by a freshly built site so that, at every instant, dist/ is the old
// site or the new one, never a half site and never nothing: however a build is
// killed, a host serving dist/ keeps serving a whole site.
//
// dist is a symbolic link to one version folder in `.dist.builds/` beside it. A new
// build is moved there whole, a new link to it is made under a temporary name, and one
// rename puts that link in dist's place: rename(2) replaces the old link atomically.
// Hosts follow the link (GitHub Pages' upload, nginx, `astro preview`); copy it with
// `cp -rL` or `rsync -aL dist/ …` (docs/deploy.md).
import { cpSync, lstatSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { isAlive, pidOf } from './stale.ts';

/** Where the versions of `dist` live: beside it, so the final rename never crosses file systems. */
export function versionsOf(dist: string): string {
  return path.join(path.dirname(dist), `.${path.basename(dist)}.builds`);
}

function linkTarget(p: string): string | undefined {
  try {
    return lstatSync(p).isSymbolicLink() ? path.resolve(path.dirname(p), readlinkSync(p)) : undefined;
  } catch {
    return undefined;
  }
}

/** Makes `stage` the site served at `dist`. */
// Two swaps of one process within a millisecond (a test does it) must not share a folder:
// the rename would fail and the copy would merge two sites.
let swaps = 0;

export function swapInto(stage: string, dist: string): void {
  const parent = path.dirname(dist);
  const versions = versionsOf(dist);
  mkdirSync(versions, { recursive: true });
  const version = path.join(versions, `${process.pid}-${Date.now()}-${swaps++}`);
  try {
    renameSync(stage, version);
  } catch {
    // Another file system (a MIROIR_OUT_DIR outside the project): copy, beside dist.
    cpSync(stage, version, { recursive: true });
  }
  const previous = linkTarget(dist);
  const link = path.join(parent, `.${path.basename(dist)}.link-${process.pid}`);
  rmSync(link, { force: true });
  symlinkSync(path.relative(parent, version), link);
  let exists = false;
  try {
    lstatSync(dist);
    exists = true;
  } catch {
    exists = false;
  }
  // A real folder (the first build after this change, or one copied by hand) cannot be
  // replaced by a link in one step: it is moved aside first, the one moment without dist/.
  if (exists && previous === undefined) renameSync(dist, path.join(versions, `${process.pid}-previous`));
  renameSync(link, dist);
  prune(versions, new Set([version, ...(previous ? [previous] : [])]));
}

/** Removes the versions no one serves or builds: the current and the previous one stay, and any of a build still running. */
function prune(versions: string, keep: Set<string>): void {
  for (const name of readdirSync(versions)) {
    const abs = path.join(versions, name);
    if (keep.has(abs)) continue;
    const pid = pidOf(name);
    if (pid !== undefined && pid !== process.pid && isAlive(pid)) continue;
    rmSync(abs, { recursive: true, force: true });
  }
}
