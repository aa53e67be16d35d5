// Reads, validates and computes the whole data folder once. Every command (check,
// build, summary) and every page goes through here, so they all agree.
import path from 'node:path';
import { capRepeats } from './caps.ts';
import { Diagnostics, type Diagnostic } from './diagnostics.ts';
import { loadActions } from './actions.ts';
import { loadAnnouncements } from './announcements.ts';
import { loadBarometer } from './barometer/read.ts';
import { todayIn } from './dates.ts';
import type { Locale, Project } from '../model.ts';
import { defaultSite, readSite } from './site/read.ts';
import { loadVerbatims } from './verbatims/read.ts';

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
  const verbatims = loadVerbatims(dataDir, settings, diags, today);
  const barometer = loadBarometer(dataDir, settings, diags, verbatims);
  const plan = loadActions(dataDir, barometer.dimensions, today, diags);
  const announcements = loadAnnouncements(dataDir, site ? ['default', ...site.screens.map((s) => s.id)] : undefined, diags);
  const diagnostics = capRepeats(diags.sorted());
  if (!site || diags.hasErrors) return { diagnostics, locale };
  return {
    diagnostics,
    locale,
    project: {
      site,
      dataDir,
      today,
      verbatims,
      dimensions: barometer.dimensions,
      waves: barometer.waves,
      withheld_waves: barometer.withheld_waves,
      actions: plan.actions,
      pillars: plan.pillars,
      announcements,
    },
  };
}
