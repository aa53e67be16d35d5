// Every privacy rule, applied once, by the load step, to what the readers give: personal
// data masked in verbatims, a phone or an e-mail in a field shown as written warned
// about, small waves, segments and figures withheld (with the segments that would give
// them away by subtraction). What comes out may be published; nothing else may.
import type { Diagnostics } from '../data/diagnostics.ts';
import type { BarometerRead } from '../data/barometer/draft.ts';
import type { Shown } from '../data/shown.ts';
import type { VerbatimsRead } from '../data/verbatims/draft.ts';
import type { Locale, Verbatim, Wave } from '../model.ts';
import { publish } from './barometer.ts';
import { warnShown } from './contacts.ts';
import { publishVerbatims } from './verbatims.ts';

export interface Read {
  verbatims: VerbatimsRead;
  barometer: BarometerRead;
  /** Every other value shown as written (the actions' texts). */
  shown: readonly Shown[];
}

export interface Published {
  verbatims: Verbatim[];
  waves: Wave[];
  /** Waves left out whole for having fewer than `privacy.min_respondents` respondents. */
  withheld_waves: number;
}

export function applyPrivacy(read: Read, locale: Locale, minRespondents: number, diags: Diagnostics): Published {
  const verbatims = publishVerbatims(read.verbatims, locale, diags);
  warnShown(read.barometer.shown, diags);
  warnShown(read.shown, diags);
  return { verbatims, ...publishBarometer(read.barometer, minRespondents, diags) };
}

/** The waves of barometer.yaml that may be published (none without the file). */
export function publishBarometer(read: BarometerRead, minRespondents: number, diags: Diagnostics): Omit<Published, 'verbatims'> {
  if (!read.src) return { waves: [], withheld_waves: 0 };
  const labels = new Map(read.dimensions.map((d) => [d.id, d.label]));
  return publish(read.drafts, minRespondents, read.src, diags, (id) => labels.get(id) ?? id);
}
