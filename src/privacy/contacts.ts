// Fields shown as written (a verbatim's channel and site, a wave's highlights and segment
// names, an action's texts): a phone number or an e-mail there is not masked, since a
// name or a word could be mistaken for one, but it would be on the wall: a warning at
// its line says so.
import type { Diagnostics, Position } from '../data/diagnostics.ts';
import type { Shown } from '../data/shown.ts';
import { contactsIn } from './pii.ts';

type Found = (at: Position, name: string, kind: 'email' | 'phone') => void;

/** Tells `found` once per kind `value` holds, with where it is (looked up only then). */
export function warnContacts(value: unknown, where: () => { at: Position; name: string }, found: Found): void {
  if (typeof value !== 'string' || value.length < 6) return;
  const kinds = contactsIn(value);
  if (kinds.length === 0) return;
  const { at, name } = where();
  for (const kind of kinds) found(at, name, kind);
}

/** The warnings about the values the readers listed, each where its reader stood in the reading order. */
export function warnShown(shown: readonly Shown[], diags: Diagnostics): void {
  for (const s of shown) {
    warnContacts(s.value, () => ({ at: s.at(), name: s.field }), (at, name, kind) =>
      diags.warningAt(s.mark, s.file, at, 'privacy.unmasked', { field: name, kind }),
    );
  }
}
