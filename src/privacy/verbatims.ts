// The verbatims as they may be published: personal data masked in the text and the
// author, each kind found told at its field's line and column; a phone number or an
// e-mail in the channel or the site (shown as written) warned about there.
import type { Diagnostics } from '../data/diagnostics.ts';
import type { PrivateField, VerbatimDraft, VerbatimsRead } from '../data/verbatims/draft.ts';
import type { Locale, Verbatim } from '../model.ts';
import { maskPII, plainText } from './pii.ts';
import { warnContacts } from './contacts.ts';

/** The drafts masked, in their order; the rows left out are checked too, since check lists every problem. */
export function publishVerbatims(read: VerbatimsRead, locale: Locale, diags: Diagnostics): Verbatim[] {
  const publishOne = publisher(locale, diags);
  for (const d of read.dropped) publishOne(d);
  const out = new Array<Verbatim>(read.drafts.length);
  for (let i = 0; i < out.length; i++) out[i] = publishOne(read.drafts[i]!);
  return out;
}

/**
 * What publishes one draft. Its helpers are made once, not per verbatim (100,000 of them),
 * and a value with nothing a pattern could match (plainText: nearly all of them) is kept
 * as it is without asking maskPII or contactsIn, which would say the same.
 */
function publisher(locale: Locale, diags: Diagnostics): (d: VerbatimDraft) => Verbatim {
  const masked = (d: VerbatimDraft, field: 'text' | 'author', value: string): string => {
    if (plainText(value)) return value;
    const r = maskPII(value, locale);
    if (r.found.length > 0) {
      const { at, name } = d.origin.where(d.row, field);
      for (const kind of r.found) diags.warning(d.origin.file, at, 'verbatims.pii', { field: name, kind });
    }
    return r.text;
  };
  const shown = (d: VerbatimDraft, field: PrivateField, value: string): void => {
    if (plainText(value)) return;
    warnContacts(value, () => d.origin.where(d.row, field), (at, name, kind) => diags.warning(d.origin.file, at, 'privacy.unmasked', { field: name, kind }));
  };
  return (d) => {
    // The draft's verbatim already holds the contract's field order (toDraft), the order
    // data.json shows, and is the load step's own: masking replaces its values in place
    // and it is published as it is. Warnings come field by field in that order, as a
    // reader of the file meets them.
    const v = d.v;
    v.text = masked(d, 'text', v.text);
    if (v.channel !== undefined) shown(d, 'channel', v.channel);
    if (v.site !== undefined) shown(d, 'site', v.site);
    if (v.author !== undefined) v.author = masked(d, 'author', v.author);
    return v;
  };
}
