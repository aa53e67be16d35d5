// Masks the personal data customers leave in their comments (e-mail addresses, phone
// numbers, IBANs) before anything else sees the text: what comes out of here is the
// only form of a verbatim that is ever stored in the model or published.
//
// The patterns lean towards masking: a customer's phone number on an office wall is far
// worse than a masked order reference. They still leave alone what verbatims commonly
// hold: dates (15/03/2026, 15-03-2026 10h30), prices (1 234,50 €, 1 005 000 €),
// six-digit order numbers, percentages and times.
import type { Locale } from '../model.ts';
import { PII_PLACEHOLDER, type PiiKind } from '../words/privacy.ts';

export { PII_PLACEHOLDER, type PiiKind };

// Local part and domain in any script (accented names are common in French addresses);
// the top-level domain is letters only, so "12@3.50" is not an address. A line break may
// sit next to the @ or a dot: a form's text box wraps long addresses there.
const NL = '(?:\\r?\\n)?';
const EMAIL = new RegExp(`[\\p{L}\\p{N}._%+'-]+${NL}@${NL}[\\p{L}\\p{N}-]+(?:${NL}\\.${NL}[\\p{L}\\p{N}-]+)*${NL}\\.${NL}\\p{L}{2,}`, 'gu');

// Country code, check digits, then letters/digits run together or in groups of four (the
// printed form), with one or two spaces, dots or dashes between groups (and a space after
// a country code in capitals: "FR 76 3000 …", but not "le 0033…"). The total length
// (15–34) and the digit count, checked after, keep ordinary words out ("FR76" in a
// sentence about a district).
const IBAN = /(?<![\p{L}\p{N}])(?:[A-Za-z]{2}|[A-Z]{2}\s)\d{2}(?:(?:[\s.\-]{0,2}[A-Za-z0-9]{4}){2,7}(?:[\s.\-]{0,2}[A-Za-z0-9]{1,4})?|[A-Za-z0-9]{11,30})(?![\p{L}\p{N}])/gu;
// The French RIB grouping of an IBAN (bank 5, branch 5, account 11, key 2: "FR76 30006
// 00001 12345678901 44"): groups of any size, capitals and digits only, so a following
// word is not swallowed.
const RIB = /(?<![\p{L}\p{N}])[A-Z]{2}\s?\d{2}(?:[\s.\-]{1,2}[A-Z0-9]{1,11}){2,9}(?![\p{L}\p{N}])/gu;

// Separators people put inside a phone number: spaces (incl. no-break), dots, dashes,
// slashes, and brackets around the area code ("(06) 11 22 33 57", "06 - 11 - 22 - 33 - 58").
const SEP = '[\\s.\\-/()]{0,3}';
// French national form: 0 then 9 digits. Not glued to a preceding number (the "03" in
// "05.03.2026" or a price) and not followed by another digit.
const FR_PHONE = new RegExp(`(?<![\\d+]|\\d[.\\-/])\\(?0${SEP}[1-9](?:${SEP}\\d){8}(?!\\d)`, 'g');
// International form: +CC or 00CC (possibly in brackets), then digits with separators,
// an optional "(0)" trunk prefix or "(415)" area code. The digit count is checked after.
const INTL_PHONE = new RegExp(
  `(?:\\(\\s?\\+|\\+|(?<!\\d|\\d[\\s.,])\\(?00)\\s?[1-9]\\d{0,2}\\)?(?:${SEP}(?:\\(\\d{1,4}\\))?${SEP}\\d)+`,
  'g',
);

const digitsOf = (s: string): string => s.replace(/\D/g, '');

/** 15-03-2026 10h30 has ten digits starting with 0: a day, a month and a year (19xx/20xx) make it a date. */
function looksLikeDate(match: string): boolean {
  const groups = match.split(/[\s.\-/]+/);
  if (groups.length < 3) return false;
  const [a, b, y] = groups.map(Number) as [number, number, number];
  return groups[0]!.length <= 2 && groups[1]!.length <= 2 && groups[2]!.length === 4 && a >= 1 && a <= 31 && b >= 1 && b <= 31 && y >= 1900 && y <= 2099;
}

/**
 * Full-width digits and letters (０６ １２…, typed with an Asian input method) and the
 * ideographic space, as their ASCII twins. One UTF-16 unit each way, so positions found
 * in the folded text are positions in the original.
 */
function fold(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000]/g, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/** A matched span, blanked in the folded text so no later pattern matches it again. */
const BLANK = '\ufffc';

/**
 * Replaces every e-mail address, phone number and IBAN in `text` with a placeholder in
 * `locale`. `found` lists each kind that was masked, once, in the order email, phone, iban.
 */
export function maskPII(text: string, locale: Locale = 'fr'): { text: string; found: PiiKind[] } {
  // Nearly every verbatim holds no '@', fewer than 8 digits and no full-width character:
  // one pass over its characters says so, and neither the folding nor any pattern runs
  // (100,000 verbatims: about a tenth of a check's time).
  if (plainText(text)) return { text, found: [] };
  const label = PII_PLACEHOLDER[locale];
  const spans: { start: number; end: number; kind: PiiKind }[] = [];
  let work = fold(text);
  const take = (re: RegExp, kind: PiiKind, keep: (m: string) => boolean = () => true): void => {
    work = work.replace(re, (m: string, ...rest: unknown[]) => {
      const at = rest.find((r) => typeof r === 'number') as number;
      if (!keep(m)) return m;
      spans.push({ start: at, end: at + m.length, kind });
      return BLANK.repeat(m.length);
    });
  };
  // Addresses first: they can hold digits that would otherwise look like a phone number.
  if (work.includes('@')) take(EMAIL, 'email');
  // Every phone number and IBAN has at least 8 digits: most verbatims are skipped here.
  if (countDigits(work) >= 8) {
    // IBANs before phones: "0112 3456 78" inside an IBAN reads as a phone number.
    const isIban = (m: string): boolean => {
      const length = m.replace(/[\s.\-]/g, '').length;
      return length >= 15 && length <= 34 && digitsOf(m).length >= 10;
    };
    take(RIB, 'iban', isIban);
    take(IBAN, 'iban', isIban);
    take(INTL_PHONE, 'phone', (m) => digitsOf(m.replace(/\(0\)/g, '').replace(/^\(?00/, '')).length >= 8);
    take(FR_PHONE, 'phone', (m) => !looksLikeDate(m.replace(/^\(/, '')));
  }
  if (spans.length === 0) return { text, found: [] };
  spans.sort((x, y) => x.start - y.start);
  let out = '';
  let from = 0;
  for (const span of spans) {
    out += text.slice(from, span.start) + label[span.kind];
    from = span.end;
  }
  out += text.slice(from);
  const kinds = new Set(spans.map((sp) => sp.kind));
  return { text: out, found: (['email', 'phone', 'iban'] as const).filter((k) => kinds.has(k)) };
}

/**
 * No '@', fewer than 8 ASCII digits and nothing `fold` would change: no pattern can match.
 * Full-width characters (a full-width '@' or digit) send the text the whole way.
 */
export function plainText(s: string): boolean {
  let digits = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 64) {
      if (c >= 48 && c <= 57 && ++digits >= 8) return false;
    } else if (c === 64 || c === 0x3000 || (c >= 0xff01 && c <= 0xff5e)) {
      return false;
    }
  }
  return true;
}

function countDigits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/** The e-mail addresses and phone numbers `text` holds, for fields shown as written (channel, site, highlights…): warned about, not masked. */
export function contactsIn(text: string): ('email' | 'phone')[] {
  // Channels and sites are checked on every verbatim: most hold nothing to look for.
  if (plainText(text)) return [];
  return maskPII(text).found.filter((k): k is 'email' | 'phone' => k !== 'iban');
}
