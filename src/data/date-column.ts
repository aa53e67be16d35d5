// The order of day and month, decided once for a whole column of dates. `03/04/2026`
// alone could be 3 April or 4 March; the column's other values say which: `13/04/2026`
// can only be day first, `04/13/2026` only month first. When every value could be read
// both ways, the reading that puts no date after today wins, then the locale's (fr: day
// first), and the assumption is reported. Values are read as they stream in with their
// only or day-first reading, and corrected at the end: a column of 100,000 dates costs
// one small record per doubtful value, not a second pass over the file.
import type { Locale } from '../words/messages/index.ts';
import type { DateReading, ParsedDate } from './dates.ts';
import type { Position } from './diagnostics.ts';
import { Repeated } from './repeated.ts';

export type DateOrder = 'dmy' | 'mdy';

export interface ColumnOrder {
  order: DateOrder;
  /** When no value settled the order: the first doubtful value and how it is read. */
  assumed?: { raw: string; at: Position; date: string };
  /** Why the order was assumed: it puts no date after today, or it is the locale's. */
  reason?: 'future' | 'locale';
  /** The values that can only be read in the chosen order: how many, and the first. */
  evidence: { count: number; raw: string };
  /** Refs whose date changes once the order is known (doubtful values read month first). */
  updates: { ref: number; when: ParsedDate }[];
  /** Values that can only be read in the other order: errors at their cells. */
  conflicts?: Repeated & { raw: string; refs: number[] };
  /** Values dated after today, in the chosen order. */
  future: Repeated;
}

export class DateColumn {
  private readonly only = { dmy: new Repeated(), mdy: new Repeated() };
  private readonly onlyRefs = { dmy: [] as number[], mdy: [] as number[] };
  private readonly onlyRaw = { dmy: '', mdy: '' };
  private readonly doubtful: { ref: number; mdy: ParsedDate }[] = [];
  private firstDoubt?: { raw: string; at: Position; dmy: string; mdy: string };
  private readonly futureFixed = new Repeated();
  private readonly futureIf = { dmy: new Repeated(), mdy: new Repeated() };

  private readonly locale: Locale;
  private readonly today: string;

  constructor(locale: Locale, today: string) {
    this.locale = locale;
    this.today = today;
  }

  /**
   * Records the reading of item `ref` (`at` gives its cell, asked only when needed) and
   * returns the date to use for now, or undefined when the value is no date at all.
   */
  note(r: DateReading, ref: number, raw: string, at: () => Position): ParsedDate | undefined {
    const today = this.today;
    if (r.fixed) {
      if (r.fixed.date > today) this.futureFixed.add(at, raw);
      return r.fixed;
    }
    if (r.dmy && r.mdy) {
      if (r.dmy.date > today) this.futureIf.dmy.add(at, raw);
      if (r.mdy.date > today) this.futureIf.mdy.add(at, raw);
      this.doubtful.push({ ref, mdy: r.mdy });
      this.firstDoubt ??= { raw, at: at(), dmy: r.dmy.date, mdy: r.mdy.date };
      return r.dmy;
    }
    const order: DateOrder | undefined = r.dmy ? 'dmy' : r.mdy ? 'mdy' : undefined;
    if (!order) return undefined;
    const when = r[order]!;
    if (when.date > today) this.futureIf[order].add(at, raw);
    this.only[order].add(at);
    this.onlyRefs[order].push(ref);
    if (this.onlyRaw[order] === '') this.onlyRaw[order] = raw;
    return when;
  }

  /** The column's order and what follows from it (see ColumnOrder). */
  finish(): ColumnOrder {
    const { dmy, mdy } = this.only;
    let order: DateOrder;
    let assumed: ColumnOrder['assumed'];
    let reason: ColumnOrder['reason'];
    if (dmy.count > 0 || mdy.count > 0) {
      // Mixed: the larger group sets the order, the other is in error (a tie: the locale's).
      order = dmy.count > mdy.count ? 'dmy' : mdy.count > dmy.count ? 'mdy' : this.localeOrder();
    } else {
      const futureDmy = this.futureIf.dmy.count > 0;
      const futureMdy = this.futureIf.mdy.count > 0;
      reason = futureDmy !== futureMdy ? 'future' : 'locale';
      order = reason === 'future' ? (futureDmy ? 'mdy' : 'dmy') : this.localeOrder();
      const d = this.firstDoubt;
      if (d) assumed = { raw: d.raw, at: d.at, date: order === 'dmy' ? d.dmy : d.mdy };
    }
    const other: DateOrder = order === 'dmy' ? 'mdy' : 'dmy';
    const out: ColumnOrder = {
      order,
      updates: order === 'mdy' ? this.doubtful.map((x) => ({ ref: x.ref, when: x.mdy })) : [],
      future: Repeated.merge(this.futureFixed, this.futureIf[order]),
      evidence: { count: this.only[order].count, raw: this.onlyRaw[order] },
    };
    if (assumed) Object.assign(out, { assumed, reason });
    if (this.only[other].count > 0) {
      out.conflicts = Object.assign(this.only[other], { raw: this.onlyRaw[other], refs: this.onlyRefs[other] });
    }
    return out;
  }

  private localeOrder(): DateOrder {
    return this.locale === 'en' ? 'mdy' : 'dmy';
  }
}
