// A wave as barometer.yaml says it (or as its responses file computes it), before the
// privacy rules: what data/barometer/read.ts gives the load step, which has
// privacy/barometer.ts withhold what is too small to publish. draftOf is the one way to
// make one, so that a typed wave and a computed one come out alike.
import type { Position } from '../diagnostics.ts';
import type { Segment, Wave } from '../../model.ts';
import type { Shown } from '../shown.ts';
import type { YamlSource } from '../sources/yaml.ts';
import type { Dimension } from './fields.ts';

/** The contract's METRIC names of a group's figures (`dimension:<id>`, `customer:nps`…). */
export type FigureKey = 'enps' | 'engagement' | `dimension:${string}` | 'customer:nps' | 'customer:csat';

/** A wave read and computed, before the privacy rules. */
export interface Draft {
  index: number;
  wave: Omit<Wave, 'segments' | 'withheld_segments' | 'highlights' | 'participation'>;
  /** Each segment with where a "withheld" warning should point. */
  segments: { segment: Segment; at: Position }[];
  highlights: { text: string; at: Position }[];
  /** Where a warning about one of the wave's own figures points (its key, or the file it was computed from). */
  figureAt: (figure: FigureKey) => Position;
  /** Where `customer: auto` is, for a wave whose customer figures come from the verbatims. */
  autoCustomer?: Position;
}

/** What barometer.yaml gives the load step. */
export interface BarometerRead {
  dimensions: Dimension[];
  /** Every valid wave, oldest first (waves of the same date in the file's order). */
  drafts: Draft[];
  /** The file, where the privacy warnings point (absent with no barometer). */
  src?: YamlSource;
  /** Highlights and typed segment names, shown as written: checked for a phone or an e-mail. */
  shown: Shown[];
}

/** A wave's `customer:`: typed figures, or `auto` with its position (for warnings about the computed figures). */
export type WaveCustomer = { customer: Wave['customer']; auto?: Position };
type Figures = Pick<Draft['wave'], 'respondents' | 'enps' | 'engagement' | 'dimensions' | 'bases'>;

/** A wave's draft, typed or computed alike: what the wave says of itself, its figures, its customer figures, in the model's order. */
export function draftOf(index: number, w: Pick<Draft['wave'], 'id' | 'date' | 'invited'>, figures: Figures, customer: WaveCustomer, parts: Pick<Draft, 'segments' | 'highlights' | 'figureAt'>): Draft {
  const { bases, ...counted } = figures;
  return {
    index,
    wave: { id: w.id, date: w.date, invited: w.invited, ...counted, customer: customer.customer, ...(bases ? { bases } : {}) },
    ...parts,
    ...(customer.auto ? { autoCustomer: customer.auto } : {}),
  };
}
