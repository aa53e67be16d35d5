// Browser code of /admin/: the forms' date fields (the `miroir-date` widget, see dateWidget
// in src/editor/admin-config.ts).
//
// Why not Decap's own datetime widget: it draws the browser's <input type="date">, whose
// order of day and month is the browser's language, not the site's — a French site opened
// in an English browser showed 10/15/2026 for 15 October, and its `date_format` only
// changes what is stored. This field is written and read in the site's order
// (`date_format`: DD/MM/YYYY in French, YYYY-MM-DD in English), stores the contract's
// YYYY-MM-DD (with THH:mm where the field takes a time, `time_format`), and keeps a
// calendar button (the browser's own picker, which only hands over a date).

// The words the field says come from the catalogue (DATE_WORDS) through the build: the
// shape is the catalogue's, declared once there (a type import, erased from the bundle).
import type { DateWords } from '../../words/admin.ts';
export type { DateWords };

export interface DateFormat {
  /** Day first (DD/MM/YYYY) or year first (YYYY-MM-DD). */
  dayFirst: boolean;
  /** The field takes an optional time (HH:mm). */
  time: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The stored value (`2026-10-15`, `2026-12-20T08:00`) as the field shows it; any other text as it is. */
export function shownDate(value: unknown, f: DateFormat): string {
  const text = value instanceof Date ? value.toISOString() : typeof value === 'string' ? value.trim() : '';
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(text);
  if (!m) return text;
  const day = f.dayFirst ? `${m[3]}/${m[2]}/${m[1]}` : `${m[1]}-${m[2]}-${m[3]}`;
  return f.time && m[4] ? `${day} ${m[4]}:${m[5]}` : day;
}

/**
 * What the field stores for a typed text: `''` when empty, the contract's form when the
 * text is a date in the field's order (or YYYY-MM-DD, which reads only one way), else
 * undefined. A time (`8:30`, `08h30`, `8h`) is taken only where the field takes one.
 */
export function storedDate(text: string, f: DateFormat): string | undefined {
  const t = text.trim();
  if (t === '') return '';
  const sep = '\\s*[/.-]\\s*';
  const iso = new RegExp(`^(\\d{4})${sep}(\\d{1,2})${sep}(\\d{1,2})`).exec(t);
  const local = f.dayFirst ? new RegExp(`^(\\d{1,2})${sep}(\\d{1,2})${sep}(\\d{4})`).exec(t) : null;
  const m = iso ?? local;
  if (!m) return undefined;
  const [y, mo, d] = iso ? [m[1], m[2], m[3]] : [m[3], m[2], m[1]];
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || date.getUTCDate() !== day || date.getUTCMonth() !== month - 1) return undefined;
  const stored = `${year}-${pad(month)}-${pad(day)}`;
  const rest = t.slice(m[0].length);
  if (/^\s*$/.test(rest)) return stored;
  const time = f.time ? /^(?:\s+|\s*[Tà]\s*)(\d{1,2})\s*(?:[:hH]\s*(\d{2})?)?\s*$/.exec(rest) : null;
  if (!time || (time[2] === undefined && !/[hH]/.test(rest))) return undefined;
  const hours = Number(time[1]);
  const minutes = Number(time[2] ?? 0);
  if (hours > 23 || minutes > 59) return undefined;
  return `${stored}T${pad(hours)}:${pad(minutes)}`;
}

/** The field's order and time from its configuration (dateWidget writes them). */
export function formatOf(field: { get(key: string): unknown }): DateFormat {
  return { dayFirst: String(field.get('date_format') ?? '').startsWith('DD'), time: field.get('time_format') !== false };
}

type H = (tag: string, props: Record<string, unknown> | null, ...children: unknown[]) => unknown;

interface Props {
  forID: string;
  classNameWrapper: string;
  field: { get(key: string): unknown };
  value: unknown;
  onChange(value: string): void;
  setActiveStyle(): void;
  setInactiveStyle(): void;
}

interface State {
  text: string;
}

export interface DateReact {
  createElement: H;
  Component: new (props: Props) => { props: Props; state: State; setState(s: State): void };
}

export interface DateCms {
  registerWidget(name: string, control: unknown, preview?: unknown): void;
}

const fill = (text: string, values: Record<string, string>) => text.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);

/** Decap's own inputs' look, so the field sits with the others. */
const INPUT = { flex: '0 1 16em', minWidth: '10em', font: 'inherit', color: 'inherit', padding: '0', border: 'none', outline: 'none', background: 'transparent' };
const BUTTON = { padding: '4px 10px', borderRadius: '5px', border: 'none', background: '#dfdfe3', color: '#313d3e', fontWeight: 700, fontSize: '13px', cursor: 'pointer' };

export function registerDateField(cms: DateCms, React: DateReact, words: DateWords, widget: string): void {
  const h = React.createElement;

  class DateControl extends React.Component {
    picker: { showPicker?(): void; value: string } | null = null;

    constructor(props: Props) {
      super(props);
      this.state = { text: shownDate(props.value, formatOf(props.field)) };
    }

    /** The text typed stays as typed; a value changed elsewhere (the calendar) is shown. */
    componentDidUpdate(before: Props) {
      if (before.value === this.props.value) return;
      const f = formatOf(this.props.field);
      if (storedDate(this.state.text, f) !== this.props.value) this.setState({ text: shownDate(this.props.value, f) });
    }

    /** Decap asks before saving: a text that is not a date stops the save, with why. */
    isValid = () => {
      const f = formatOf(this.props.field);
      // Untouched, a value the file writes another way (15/10/2026 in an English site) is
      // left as the file says it, for the checker to judge.
      if (storedDate(this.state.text, f) !== undefined || this.state.text === shownDate(this.props.value, f)) return true;
      const example = shownDate(f.time ? '2026-12-20T08:00' : '2026-10-15', f);
      return { error: { type: 'CUSTOM', message: fill(f.time ? words.invalidTime : words.invalid, { example }) } };
    };

    onText = (event: { target: { value: string } }) => {
      const text = event.target.value;
      this.setState({ text });
      const stored = storedDate(text, formatOf(this.props.field));
      if (stored !== undefined) this.props.onChange(stored);
    };

    onPicked = (event: { target: { value: string } }) => {
      const day = event.target.value;
      if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return;
      // The calendar gives a day: the time already typed is kept.
      const time = /T(\d{2}:\d{2})$/.exec(String(this.props.value ?? ''))?.[1];
      const stored = time && formatOf(this.props.field).time ? `${day}T${time}` : day;
      this.setState({ text: shownDate(stored, formatOf(this.props.field)) });
      this.props.onChange(stored);
    };

    openCalendar = () => {
      const picker = this.picker;
      if (!picker) return;
      picker.value = String(this.props.value ?? '').slice(0, 10);
      try {
        picker.showPicker?.();
      } catch {
        // A browser that refuses to open it leaves the field to be typed in.
      }
    };

    render() {
      const { forID, classNameWrapper, field, setActiveStyle, setInactiveStyle } = this.props;
      const f = formatOf(field);
      return h(
        'div',
        { className: classNameWrapper, style: { display: 'flex', gap: '16px', alignItems: 'center', position: 'relative' } },
        h('input', {
          id: forID,
          type: 'text',
          inputMode: 'numeric',
          autoComplete: 'off',
          placeholder: f.time ? words.placeholderTime : words.placeholder,
          value: this.state.text,
          onChange: this.onText,
          onFocus: setActiveStyle,
          onBlur: setInactiveStyle,
          style: INPUT,
        }),
        h('button', { type: 'button', onClick: this.openCalendar, style: BUTTON }, words.calendar),
        // The browser's own calendar, opened by the button; the field itself stays text.
        h('input', {
          type: 'date',
          tabIndex: -1,
          'aria-hidden': 'true',
          ref: (el: DateControl['picker']) => (this.picker = el),
          onChange: this.onPicked,
          style: { position: 'absolute', left: '0', bottom: '0', width: '1px', height: '1px', opacity: 0, border: 0, padding: 0 },
        }),
      );
    }
  }

  const Preview = (props: { value: unknown; field: { get(key: string): unknown } }) => h('span', null, shownDate(props.value, formatOf(props.field)));
  cms.registerWidget(widget, DateControl, Preview);
}
