// `check --base REF`: what may not change once published. Today one rule: the privacy
// threshold can only go up. Results already on the walls were cut at the base's
// threshold; publishing the same waves with a lower one would show groups (and, by
// difference, answers) that the published version was careful to withhold.
import { Diagnostics } from '../diagnostics.ts';
import { readYamlFile } from '../sources/files.ts';
import { loadSite } from './read.ts';

/**
 * Compares the data folder with the same folder at the base (`baseDir`, already
 * extracted from git; `ref` names it in the message). A base without a readable
 * site.yaml has no threshold to keep.
 */
export function checkAgainstBase(dataDir: string, baseDir: string, ref: string, diags: Diagnostics): void {
  const base = loadSite(baseDir, new Diagnostics());
  const current = loadSite(dataDir, new Diagnostics());
  if (!base || !current) return;
  const [was, now] = [base.privacy.min_respondents, current.privacy.min_respondents];
  if (now >= was) return;
  const src = readYamlFile(dataDir, 'site.yaml', new Diagnostics());
  if (!src) return;
  // The value when it is written; else (the default taken back) the `privacy` key, else the file's start.
  const written = src.raw(['privacy', 'min_respondents']) !== undefined ? ['privacy', 'min_respondents'] : src.raw(['privacy']) !== undefined ? ['privacy'] : [];
  diags.error(src.file, src.locate(written, written.length === 1 ? 'key' : 'value'), 'privacy.lowered', { base: was, found: now, ref });
}
