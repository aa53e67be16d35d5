// Item non-response: a segment of 6 where one person answered the eNPS question must
// not show that person's answer. A figure of a wave or a published segment is
// withheld when it rests on fewer than `min_respondents` answers, whatever the size of
// its group; the group's well-answered figures stay. Pure: it decides, the loader
// reports and removes.
import type { Bases } from '../model.ts';
import type { FigureKey } from '../data/barometer/draft.ts';

interface Group {
  respondents: number;
  enps: number | null;
  engagement: number | null;
  dimensions: Record<string, number>;
  customer?: { nps?: number; csat?: number; nps_n?: number; csat_n?: number };
  bases?: Bases;
}

/**
 * The figures of `group` that rest on fewer than `min` answers. A figure without a basis
 * of its own (typed in YAML) rests on the group's respondents.
 */
export function thinFigures(group: Group, min: number): FigureKey[] {
  const thin = (basis: { n: number } | undefined): boolean => (basis?.n ?? group.respondents) < min;
  const out: FigureKey[] = [];
  if (group.enps !== null && thin(group.bases?.enps)) out.push('enps');
  if (group.engagement !== null && thin(group.bases?.engagement)) out.push('engagement');
  for (const id of Object.keys(group.dimensions)) if (thin(group.bases?.dimensions[id])) out.push(`dimension:${id}`);
  for (const key of ['nps', 'csat'] as const) {
    if (group.customer?.[key] !== undefined && thin(group.bases?.customer[key])) out.push(`customer:${key}`);
  }
  return out;
}

/** `group` without the figures `keys` (nor their bases and counts). */
export function withoutFigures<T extends Group>(group: T, keys: readonly FigureKey[]): T {
  if (keys.length === 0) return group;
  const out: T = { ...group, dimensions: { ...group.dimensions } };
  const bases: Bases | undefined = group.bases && {
    ...group.bases,
    dimensions: { ...group.bases.dimensions },
    customer: { ...group.bases.customer },
  };
  if (group.customer) out.customer = { ...group.customer };
  for (const key of keys) {
    if (key === 'enps' || key === 'engagement') {
      out[key] = null;
      if (bases) delete bases[key];
    } else if (key.startsWith('dimension:')) {
      const id = key.slice('dimension:'.length);
      delete out.dimensions[id];
      if (bases) delete bases.dimensions[id];
    } else {
      const c = key === 'customer:nps' ? 'nps' : 'csat';
      if (out.customer) {
        delete out.customer[c];
        delete out.customer[`${c}_n`];
      }
      if (bases) delete bases.customer[c];
    }
  }
  if (bases) out.bases = bases;
  return out;
}
