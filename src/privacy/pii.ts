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
// the top-level domain is letters only, so "12@3.50" is not an address.
const EMAIL = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

// Country code, check digits, then letters/digits run together or in groups of four (the
// printed form). The total length (15–34) and the digit count, checked after, keep
// ordinary words out ("FR76" in a sentence about a district).
const IBAN = /(?<![\p{L}\p{N}])[A-Za-z]{2}\d{2}(?:(?:[\s-]?[A-Za-z0-9]{4}){2,7}(?:[\s-]?[A-Za-z0-9]{1,4})?|[A-Za-z0-9]{11,30})(?![\p{L}\p{N}])/gu;

// Separators people put inside a phone number: spaces (incl. no-break), dots, dashes.
const SEP = '[\\s.\\-]{0,2}';
// French national form: 0 then 9 digits. Not glued to a preceding number (the "03" in
// "05.03.2026" or a price) and not followed by another digit.
const FR_PHONE = new RegExp(`(?<![\\d+]|\\d[.\\-])0${SEP}[1-9](?:${SEP}\\d){8}(?!\\d)`, 'g');
// International form: +CC or 00CC (possibly in brackets), then digits with separators,
// an optional "(0)" trunk prefix or "(415)" area code. The digit count is checked after.
const INTL_PHONE = new RegExp(
  `(?:\\(\\s?\\+|\\+|(?<!\\d|\\d[\\s.,])\\(?00)\\s?[1-9]\\d{0,2}\\)?(?:${SEP}(?:\\(\\d{1,4}\\))?${SEP}\\d)+`,
  'g',
);

const digitsOf = (s: string): string => s.replace(/\D/g, '');

/** 15-03-2026 10h30 has ten digits starting with 0: grouped 2-2-4, it is a date. */
function looksLikeDate(match: string): boolean {
  const groups = match.split(/[\s.\-]+/);
  return groups.length >= 3 && groups[0]!.length <= 2 && groups[1]!.length <= 2 && groups[2]!.length === 4;
}

/**
 * Replaces every e-mail address, phone number and IBAN in `text` with a placeholder in
 * `locale`. `found` lists each kind that was masked, once, in the order email, phone, iban.
 */
export function maskPII(text: string, locale: Locale = 'fr'): { text: string; found: PiiKind[] } {
  const label = PII_PLACEHOLDER[locale];
  let email = false;
  let phone = false;
  let iban = false;
  let out = text;
  // Addresses first: they can hold digits that would otherwise look like a phone number.
  if (out.includes('@')) {
    out = out.replace(EMAIL, () => {
      email = true;
      return label.email;
    });
  }
  // Every phone number and IBAN has at least 8 digits: most verbatims are skipped here.
  if (countDigits(out) >= 8) {
    // IBANs before phones: "0112 3456 78" inside an IBAN reads as a phone number.
    out = out.replace(IBAN, (m) => {
      const length = m.replace(/[\s-]/g, '').length;
      if (length < 15 || length > 34 || digitsOf(m).length < 10) return m;
      iban = true;
      return label.iban;
    });
    out = out.replace(INTL_PHONE, (m) => {
      if (digitsOf(m.replace(/\(0\)/g, '').replace(/^\(?00/, '')).length < 8) return m;
      phone = true;
      return label.phone;
    });
    out = out.replace(FR_PHONE, (m) => {
      if (looksLikeDate(m)) return m;
      phone = true;
      return label.phone;
    });
  }
  const found: PiiKind[] = [];
  if (email) found.push('email');
  if (phone) found.push('phone');
  if (iban) found.push('iban');
  return { text: out, found };
}

function countDigits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}
