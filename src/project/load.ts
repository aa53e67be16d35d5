// Reads, validates and computes the whole data folder once, then applies every privacy
// rule once (privacy/apply.ts): the readers of data/ give what the files say, and only
// what comes out of here is published. Every command (check, build, summary) and every
// page goes through here, so they all agree.
import path from 'node:path';
import { capRepeats } from '../data/caps.ts';
import { Diagnostics, type Diagnostic } from '../data/diagnostics.ts';
import { loadActions } from '../data/actions.ts';
import { loadAnnouncements } from '../data/announcements.ts';
import { readBarometer } from '../data/barometer/read.ts';
import { todayIn } from '../data/dates.ts';
import type { Locale, Project } from '../model.ts';
import { defaultSite, readSite } from '../data/site/read.ts';
import { readVerbatims } from '../data/verbatims/read.ts';
import { applyPrivacy } from '../privacy/apply.ts';
import { warnUnread } from '../data/unread-files.ts';

export interface LoadResult {
  /** Present when there is no error. */
  project?: Project;
  /** Every problem, sorted by file, line and column. */
  diagnostics: Diagnostic[];
  /** The locale to speak in (site.yaml's, or fr when it cannot be read). */
  locale: Locale;
}

export function dataDirFromEnv(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  return path.resolve(cwd, env.MIROIR_DATA_DIR?.trim() || 'data');
}

export function loadProject(dataDir: string, env: NodeJS.ProcessEnv = process.env): LoadResult {
  const diags = new Diagnostics();
  const { site, locale } = readSite(dataDir, diags);
  // With a broken site.yaml the other files are still read, so one run reports every problem.
  const settings = site ?? defaultSite(locale);
  const today = todayIn(settings.timezone, env);
  const verbatims = readVerbatims(dataDir, settings, diags, today);
  const barometer = readBarometer(dataDir, settings, diags, verbatims.drafts.map((d) => d.v));
  const plan = loadActions(dataDir, barometer.dimensions, today, diags);
  const announcements = loadAnnouncements(dataDir, site ? ['default', ...site.screens.map((s) => s.id)] : undefined, diags);
  warnUnread(dataDir, barometer.src, diags);
  const published = applyPrivacy({ verbatims, barometer, shown: plan.shown }, settings.locale, settings.privacy.min_respondents, diags);
  const diagnostics = capRepeats(diags.sorted());
  if (!site || diags.hasErrors) return { diagnostics, locale };
  return {
    diagnostics,
    locale,
    project: {
      site,
      dataDir,
      today,
      verbatims: published.verbatims,
      dimensions: barometer.dimensions,
      waves: published.waves,
      withheld_waves: published.withheld_waves,
      actions: plan.actions,
      pillars: plan.pillars,
      announcements,
    },
  };
}
