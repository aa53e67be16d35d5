// The verbatims as they may be published: personal data masked in the text and the
// author, each kind found told at its field's line and column; a phone number or an
// e-mail in the channel or the site (shown as written) warned about there.
import type { Diagnostics } from '../data/diagnostics.ts';
import type { PrivateField, VerbatimDraft, VerbatimsRead } from '../data/verbatims/draft.ts';
import type { Locale, Verbatim } from '../model.ts';
import { maskPII } from './pii.ts';
import { warnContacts } from './contacts.ts';

/** The drafts masked, in their order; the rows left out are checked too, since check lists every problem. */
export function publishVerbatims(read: VerbatimsRead, locale: Locale, diags: Diagnostics): Verbatim[] {
  for (const d of read.dropped) publishOne(d, locale, diags);
  return read.drafts.map((d) => publishOne(d, locale, diags));
}

function publishOne(d: VerbatimDraft, locale: Locale, diags: Diagnostics): Verbatim {
  const where = (field: PrivateField) => d.origin.where(d.row, field);
  const masked = (field: 'text' | 'author', value: string): string => {
    const r = maskPII(value, locale);
    if (r.found.length > 0) {
      const { at, name } = where(field);
      for (const kind of r.found) diags.warning(d.origin.file, at, 'verbatims.pii', { field: name, kind });
    }
    return r.text;
  };
  const shown = (field: 'channel' | 'site', value: string): void =>
    warnContacts(value, () => where(field), (at, name, kind) => diags.warning(d.origin.file, at, 'privacy.unmasked', { field: name, kind }));
  // The draft's verbatim already holds the contract's field order (toDraft), the order
  // data.json shows, and is the load step's own: masking replaces its values in place
  // and it is published as it is. Warnings come field by field in that order, as a
  // reader of the file meets them.
  const v = d.v;
  v.text = masked('text', v.text);
  if (v.channel !== undefined) shown('channel', v.channel);
  if (v.site !== undefined) shown('site', v.site);
  if (v.author !== undefined) v.author = masked('author', v.author);
  return v;
}
