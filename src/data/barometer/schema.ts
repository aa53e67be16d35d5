// The keys barometer.yaml may hold, as zod schemas: in a module of their own because two
// readers use them, the wave readers (wave.ts, computed-wave.ts) and the editor's JSON
// Schemas (src/editor/json-schemas.ts, npm run schemas).
import { z } from 'zod';
import { keyed } from './fields.ts';
import { roundHalfAway } from '../rounding.ts';
import { date, numberIn, relativePath, text } from '../validate.ts';

export const top = z.strictObject({
  dimensions: z.unknown().optional(),
  scale: z.unknown().optional(),
  questions: z.unknown().optional(),
  segment_column: z.unknown().optional(),
  waves: z.unknown().optional(),
});

const positive = numberIn(1, Infinity, { int: true });
// Percentages written by hand may carry decimals (72,5 from a survey tool's report);
// they are published as whole numbers, like the computed ones.
const percent = numberIn(0, 100).transform(roundHalfAway);
const scores = keyed(percent);

export const segmentSchema = z.strictObject({
  name: text(),
  respondents: positive,
  engagement: percent.nullish(),
  enps: z.unknown().optional(),
  dimensions: scores.nullish(),
});

export const customerSchema = z.strictObject({ nps: numberIn(-100, 100).transform(roundHalfAway).nullish(), csat: percent.nullish() });

export const waveSchema = z.strictObject({
  id: text(),
  date: date(),
  invited: positive,
  respondents: positive.nullish(),
  enps: z.unknown().optional(),
  engagement: percent.nullish(),
  dimensions: scores.nullish(),
  // The figures, or `auto` (computed from the verbatims): read by readCustomer.
  customer: z.unknown().optional(),
  segments: z.array(segmentSchema).nullish(),
  highlights: z.array(text()).nullish(),
  responses: relativePath().nullish(),
  // The sheet of an .xlsx `responses` (default the first).
  sheet: text().nullish(),
});

export type ParsedWave = z.output<typeof waveSchema>;
