// The data folder as it was at a git ref (a branch, a tag, a commit), copied into a
// temporary folder, so `npm run summary -- main data` or `--base origin/main` can
// compare a pull request with its base without a second checkout.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { COMMAND_WORDS, TERMINAL_LOCALE } from '../../words/commands.ts';

const say = COMMAND_WORDS[TERMINAL_LOCALE].summary;

export class GitRefError extends Error {}

function git(args: string[], cwd: string): Buffer {
  return execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 512 * 1024 * 1024 });
}

export function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** The repository's top folder, or undefined outside a git work tree (or without git). */
export function repoRoot(cwd: string): string | undefined {
  try {
    return git(['rev-parse', '--show-toplevel'], cwd).toString('utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}

/** True when `ref` names a commit in the repository at `cwd`. */
export function isGitRef(ref: string, cwd: string): boolean {
  if (ref.startsWith('-')) return false;
  try {
    git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd);
    return true;
  } catch {
    return false;
  }
}

/**
 * Copies the files under `dataDir` (an absolute folder inside the repository) as they
 * were at `ref` into a new temporary folder, and returns the copy's path. The copy
 * keeps the folder's name, so problems read `data/site.yaml` as they do in the tree.
 * When `ref` has no such folder, `dir` does not exist. `root` is the temporary folder
 * to remove afterwards.
 */
export function dataAtRef(ref: string, dataDir: string, cwd = process.cwd()): { dir: string; root: string } {
  const root = repoRoot(cwd);
  if (!root) throw new GitRefError(say.notGit(ref, cwd));
  if (!isGitRef(ref, root)) throw new GitRefError(say.notRef(ref));
  const rel = path.relative(root, path.resolve(cwd, dataDir)).split(path.sep).join('/');
  if (rel.startsWith('..') || path.isAbsolute(rel)) throw new GitRefError(say.outsideRepo(dataDir, root));
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'miroir-summary-'));
  const target = path.join(tmp, rel === '' ? 'data' : rel);
  // -z: paths as git stores them (accents unquoted); one "mode type sha\tpath" per entry.
  const listing = git(['ls-tree', '-r', '-z', '--full-tree', ref, '--', rel === '' ? '.' : rel], root).toString('utf8');
  for (const entry of listing.split('\0')) {
    const tab = entry.indexOf('\t');
    if (tab === -1) continue;
    const [, type, sha] = entry.slice(0, tab).split(' ');
    if (type !== 'blob' || !sha) continue;
    const file = entry.slice(tab + 1);
    const inside = rel === '' ? file : file.slice(rel.length + 1);
    const abs = path.join(target, inside);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, git(['cat-file', 'blob', sha], root));
  }
  return { dir: target, root: tmp };
}
