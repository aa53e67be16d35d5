// What stands in the place of personal data masked in a verbatim (src/privacy/pii.ts).
import type { Locale } from '../model.ts';

export type PiiKind = 'email' | 'phone' | 'iban';

/** Reads as a plain label on a wall, in the site's language. */
export const PII_PLACEHOLDER: Record<Locale, Record<PiiKind, string>> = {
  fr: { email: '[e-mail masqué]', phone: '[téléphone masqué]', iban: '[IBAN masqué]' },
  en: { email: '[email hidden]', phone: '[phone hidden]', iban: '[IBAN hidden]' },
};
