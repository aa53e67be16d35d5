// A wave whose figures come from a respondent-level file (`responses:`), apart from the
// typed wave (wave.ts) because it reads another file: its path is checked, its answers
// computed by responses.ts, and figures typed beside it are ignored with a warning.
import path from 'node:path';
import type { Position } from '../diagnostics.ts';
import { checkRelative, refusedPath } from '../sources/safe-path.ts';
import { readResponses } from './responses.ts';
import { draftOf, type Draft, type WaveCustomer } from './draft.ts';
import type { Path } from '../sources/yaml.ts';
import type { ParsedWave } from './schema.ts';
import type { Context } from './wave.ts';

/** A wave whose respondents, eNPS, engagement, dimensions and segments come from a CSV. */
export function readComputedWave(
  ctx: Context,
  index: number,
  w: ParsedWave,
  at: (key: PropertyKey, which?: 'key' | 'value') => Position,
  customer: WaveCustomer | undefined,
  highlights: Draft['highlights'],
): Draft | undefined {
  const { src, diags, dataDir, spec, dimensionIds } = ctx;
  const base: Path = ['waves', index];
  const rel = w.responses!;
  for (const key of ['respondents', 'enps', 'engagement', 'dimensions', 'segments'] as const) {
    const raw = src.raw([...base, key]);
    if (raw !== undefined && raw !== null) diags.warning(src.file, at(key, 'key'), 'barometer.computed_ignored', { field: key, file: rel });
  }
  if (!['.csv', '.xlsx'].includes(path.extname(rel).toLowerCase())) {
    diags.error(src.file, at('responses'), 'barometer.responses.not_csv', { found: rel });
    return undefined;
  }
  const checked = checkRelative(dataDir, rel);
  if (!checked.ok) {
    diags.error(src.file, at('responses'), refusedPath(checked.reason), { field: 'responses', found: rel });
    return undefined;
  }
  if (spec.questions.length === 0) {
    diags.error(src.file, at('responses'), 'barometer.responses.no_questions');
    return undefined;
  }
  const errorsBefore = diags.list.filter((d) => d.severity === 'error').length;
  const { result } = readResponses(dataDir, rel, spec, dimensionIds, diags, w.sheet ?? undefined);
  // A file with unreadable answers is not published (the build stops): its figures are
  // not worth privacy warnings that would bury the errors to fix.
  if (!result || diags.list.filter((d) => d.severity === 'error').length > errorsBefore) return undefined;
  if (result.respondents > w.invited) {
    diags.error(src.file, at('responses'), 'barometer.responses.over_invited', { file: rel, respondents: result.respondents, invited: w.invited });
    return undefined;
  }
  // Computed segments have no line of their own: warnings about them point at the
  // `segment_column` key, which is what made them.
  const segmentAt = src.locate(['segment_column'], 'key');
  const figures = { respondents: result.respondents, enps: result.enps, engagement: result.engagement, dimensions: result.dimensions, bases: result.bases };
  return draftOf(index, w, figures, customer ?? { customer: {} }, {
    segments: result.segments.map((s) => ({ segment: s, at: segmentAt })),
    highlights,
    // Computed figures have no line of their own: warnings point at the file that made them.
    figureAt: (figure) => at(figure.startsWith('customer:') ? 'customer' : 'responses'),
  });
}
