// Every entry of the check's message catalogue, after Astro's errors-data.ts: a title
// and a one-line description in both locales (the guides are generated from them), the
// message, and the hint printed after it on the same line.
import { describe, expect, it } from 'vitest';
import { catalogue, message, type MessageDef } from '../../../../src/words/messages/index.ts';
import { sentence, titleOf } from '../../../../src/words/messages/define.ts';

const entries = Object.entries(catalogue) as [string, MessageDef][];

describe('the message catalogue', () => {
  it('gives every entry a title and a one-line description in French and in English', () => {
    const missing = entries.filter(([, d]) => typeof d.title === 'string' || !d.description).map(([code]) => code);
    expect(missing, 'give these entries title: { fr, en } and description: { fr, en } (src/words/messages/define.ts)').toEqual([]);
    for (const [code, d] of entries) {
      for (const locale of ['fr', 'en'] as const) {
        expect(titleOf(d, locale).length, code).toBeGreaterThan(3);
        expect(d.description![locale], code).not.toMatch(/\n/);
      }
      // A French title is not the English one (a few words such as « eNPS » aside).
      expect(titleOf(d, 'fr'), code).not.toBe(titleOf(d, 'en'));
    }
  });

  it('gives every entry a hint in French and in English: what the editor should do, apart from the message', () => {
    const missing = entries.filter(([, d]) => !d.hint).map(([code]) => code);
    expect(missing, 'give these entries hint: { fr, en } (src/words/messages/define.ts)').toEqual([]);
    for (const [code, d] of entries) {
      for (const locale of ['fr', 'en'] as const) {
        // With its example params (a suggestion among them), every hint says something.
        const hint = d.hint![locale](d.example).trim();
        expect(hint.length, `${code} ${locale}`).toBeGreaterThan(8);
        // The hint is its own sentence, not the tail of the message repeated.
        expect(d[locale](d.example), `${code} ${locale}`).not.toContain(hint);
        expect(hint, `${code} ${locale}`).toMatch(/[.?!)]$/);
      }
    }
  });

  it('writes French hints with French typography: « » with narrow no-break spaces, no plain space before : ; ? !', () => {
    // A no-break space before « : », a narrow one before « ; ? ! » (src/words/typography.ts).
    for (const [code, d] of entries) {
      // What lies inside « » is quoted as written (« : », « ; »), not French prose.
      const prose = sentence(d, d.example, 'fr').replace(/«\u202f.*?\u202f»/g, '«»');
      expect(prose, code).not.toMatch(/ [:;?!]|« | »/);
      expect(prose, code).not.toMatch(/\u00a0[;?!]|\u202f:/);
    }
  });

  it('renders each message with its params in both locales, never an empty value', () => {
    for (const [code, d] of entries) {
      for (const locale of ['fr', 'en'] as const) {
        const line = sentence(d, d.example, locale);
        expect(line, `${code} ${locale}`).not.toMatch(/undefined|NaN|\[object/);
        expect(line.trim(), code).toBe(line);
      }
    }
  });

  it('prints the hint after the message, on the same line, and nothing more when the hint is empty', () => {
    const missing: MessageDef = catalogue['file.missing'];
    expect(missing.fr({ name: 'site.yaml' })).toBe('le fichier «\u202fsite.yaml\u202f» est introuvable dans le dossier des données.');
    expect(missing.hint?.fr({})).toBe('Créez-le (voir le README).');
    expect(message('file.missing', { name: 'site.yaml' }, 'fr')).toBe(
      'le fichier «\u202fsite.yaml\u202f» est introuvable dans le dossier des données. Créez-le (voir le README).',
    );
    // A suggestion is the hint of an unknown key; without one, the hint says what to do.
    expect(message('key.unknown', { key: 'locle', suggestion: 'locale' }, 'en')).toBe('unknown key “locle”. Did you mean “locale”?');
    expect(message('key.unknown', { key: 'zzz' }, 'en')).toBe('unknown key “zzz”. Check its spelling (see the README), or remove it.');
    expect(message('key.unknown', { key: 'zzz' }, 'fr')).toBe('clé inconnue «\u202fzzz\u202f». Vérifiez son orthographe (voir le README), ou supprimez-la.');
    // An empty hint adds nothing, not even a space.
    const bare: MessageDef = { ...missing, hint: { fr: () => ' ', en: () => '' } };
    expect(sentence(bare, { name: 'site.yaml' }, 'en')).toBe('the file “site.yaml” is missing from the data folder.');
  });

  it('never leaves a “did you mean” hint empty: without a suggestion it says what to write', () => {
    for (const [code, d] of entries) {
      const params = { ...d.example, suggestion: undefined, suggestion_fr: undefined, suggestion_en: undefined };
      for (const locale of ['fr', 'en'] as const) expect(d.hint![locale](params).trim().length, `${code} ${locale}`).toBeGreaterThan(8);
    }
  });
});
