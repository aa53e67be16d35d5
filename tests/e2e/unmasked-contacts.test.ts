// Fields shown as written (channel, site, highlights, segment names, action texts) are
// not masked, but a phone number or an e-mail in them is warned about at its line;
// dates and order numbers in the same fields are not (issue 15, item 6).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dataFolder, FIXTURES, run } from '../helpers/cli.ts';

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});
const fixture = (name: string): string => readFileSync(path.join(FIXTURES, 'minimal', name), 'utf8');

function folder(locale: 'fr' | 'en'): string {
  const dir = dataFolder({
    'verbatims.csv': `${fixture('verbatims.csv')}2026-11-21;Très bien;;9;;rappel 06 11 22 33 57;Lyon;;\n2026-11-21;Bien reçu;;9;;e-mail;agence.lyon@exemple.fr;;\n2026-11-21;Commande 123456 du 05/03/2026;;9;;téléphone 2026-0412;Lyon;;\n`,
    'barometer.yaml': `${fixture('barometer.yaml').replace('      - { name: Nantes,', '      - { name: Nantes 06 11 22 33 58,')}    highlights:\n      - Appelez Paul au 06 12 34 56 78\n      - La formation progresse de 5 points le 15/03/2026\n`,
    'actions.yaml': fixture('actions.yaml').replace('    title: Un parrain pour chaque nouvel arrivant', '    title: Un parrain pour chaque nouvel arrivant (rh@exemple.fr)'),
  });
  made.push(path.dirname(dir));
  if (locale === 'en') writeFileSync(path.join(dir, 'site.yaml'), fixture('site.yaml').replace('locale: fr', 'locale: en'));
  return dir;
}

describe('phone numbers and e-mails in fields that are not masked', () => {
  it('are warned about at their line, and nothing else is (fr)', () => {
    const r = run('check', { dataDir: folder('fr') });
    expect(r.status).toBe(0);
    const tail = (kind: 'email' | 'phone'): string =>
      `contient ce qui ressemble à ${kind === 'email' ? 'une adresse e-mail' : 'un numéro de téléphone'}\u202f; ce champ n’est pas masqué et s’affiche tel quel sur le mur et l’affiche. Retirez-${kind === 'email' ? 'la' : 'le'} s’il s’agit des coordonnées d’une personne.`;
    expect(r.lines).toEqual([
      `data/actions.yaml:3:12: warning: «\u202ftitle\u202f» ${tail('email')}`,
      `data/barometer.yaml:20:17: warning: «\u202fname\u202f» ${tail('phone')}`,
      `data/barometer.yaml:22:9: warning: «\u202fhighlights\u202f» ${tail('phone')}`,
      `data/verbatims.csv:7:26: warning: «\u202fchannel\u202f» ${tail('phone')}`,
      `data/verbatims.csv:8:33: warning: «\u202fsite\u202f» ${tail('email')}`,
    ]);
  });

  it('speaks English when the site does', () => {
    const r = run('check', { dataDir: folder('en') });
    expect(r.lines[3]).toBe(
      'data/verbatims.csv:7:26: warning: “channel” holds what looks like a phone number; this field is not masked and is shown as written on the wall and the poster. Remove it if it is someone’s contact details.',
    );
  });
});
