// Personal data in verbatims: every written form of an e-mail address, a phone number
// or an IBAN is masked, and the figures verbatims usually hold are left alone.
import { describe, expect, it } from 'vitest';
import { maskPII } from '../../../src/privacy/pii.ts';

/** The raw value, or any run of 4+ of its digits, must not be in the masked text. */
function assertGone(raw: string, masked: string): void {
  expect(masked).not.toContain(raw);
  const digits = raw.replace(/\D/g, '');
  for (let i = 0; i + 4 <= digits.length; i++) expect(masked.replace(/\D/g, '')).not.toContain(digits.slice(i, i + 4));
}

describe('e-mail addresses', () => {
  const forms = [
    'jean.dupont@exemple.fr',
    'Jean.Dupont+sav@mail.exemple.co.uk',
    'rené.lévêque@société.fr',
    'o\'brien_2026@example.org',
    'ANNE-MARIE@EXEMPLE.COM',
  ];
  for (const email of forms) {
    it(`masks ${email} inside a sentence, with punctuation around it`, () => {
      for (const sentence of [`Écrivez-moi à ${email}.`, `(${email})`, `<${email}>`, `mailto:${email}, merci`, email]) {
        const r = maskPII(sentence);
        expect(r.found).toEqual(['email']);
        expect(r.text).toContain('[e-mail masqué]');
        assertGone(email, r.text);
      }
    });
  }

  it('keeps the sentence around it, and speaks English when asked', () => {
    expect(maskPII('Écrivez-moi à jean.dupont@exemple.fr.')).toEqual({ text: 'Écrivez-moi à [e-mail masqué].', found: ['email'] });
    expect(maskPII('Write to jean.dupont@exemple.fr.', 'en')).toEqual({ text: 'Write to [email hidden].', found: ['email'] });
  });

  it('leaves an @ that is not an address', () => {
    expect(maskPII('RDV @ 14h, 3 @ 12,50 €')).toEqual({ text: 'RDV @ 14h, 3 @ 12,50 €', found: [] });
  });
});

describe('phone numbers', () => {
  const forms = [
    '06 12 34 56 78',
    '06.12.34.56.78',
    '06-12-34-56-78',
    '0612345678',
    '06\u00a012\u00a034\u00a056\u00a078', // no-break spaces, as Word and Excel write them
    '01 23 45 67 89',
    '0 800 123 456',
    '06 12 34 56 78'.replace(/ /g, '  '),
    '+33 6 12 34 56 78',
    '+33612345678',
    '+33 (0)6 12 34 56 78',
    '+33(0)612345678',
    '(+33) 6 12 34 56 78',
    '+ 33 6 12 34 56 78',
    '0033 6 12 34 56 78',
    '0033612345678',
    '+44 20 7946 0958',
    '+1 (415) 555-2671',
    '+32 470 12 34 56',
    '+41 22 123 45 67',
    '0044 20 7946 0958',
  ];
  for (const phone of forms) {
    it(`masks ${JSON.stringify(phone)}`, () => {
      for (const sentence of [`Rappelez-moi au ${phone}, merci.`, `tél.\u00a0: ${phone}`, `tél${phone}`, phone]) {
        const r = maskPII(sentence);
        expect(r.found).toEqual(['phone']);
        expect(r.text).toContain('[téléphone masqué]');
        assertGone(phone, r.text);
      }
    });
  }

  it('masks two numbers in a row, and keeps what surrounds them', () => {
    expect(maskPII('0612345678 0698765432')).toEqual({ text: '[téléphone masqué] [téléphone masqué]', found: ['phone'] });
    expect(maskPII('Fixe 01 23 45 67 89 ou portable 06 98 76 54 32 !', 'en')).toEqual({
      text: 'Fixe [phone hidden] ou portable [phone hidden] !',
      found: ['phone'],
    });
  });
});

describe('IBANs', () => {
  const forms = [
    'FR76 3000 6000 0112 3456 7890 189',
    'FR7630006000011234567890189',
    'fr76 3000 6000 0112 3456 7890 189',
    'FR76-3000-6000-0112-3456-7890-189',
    'GB82 WEST 1234 5698 7654 32',
    'DE89370400440532013000',
    'BE68 5390 0754 7034',
  ];
  for (const iban of forms) {
    it(`masks ${iban}`, () => {
      for (const sentence of [`Remboursez sur ${iban}.`, `IBAN\u00a0: ${iban}`, iban]) {
        const r = maskPII(sentence);
        expect(r.found).toEqual(['iban']);
        expect(r.text).toContain('[IBAN masqué]');
        assertGone(iban, r.text);
      }
    });
  }
});

describe('several kinds at once', () => {
  it('lists each kind once, in the order email, phone, iban', () => {
    expect(maskPII('FR76 3000 6000 0112 3456 7890 189, 06 12 34 56 78, a@b.fr, c@d.fr', 'en')).toEqual({
      text: '[IBAN hidden], [phone hidden], [email hidden], [email hidden]',
      found: ['email', 'phone', 'iban'],
    });
  });

  it('an address holding digits is one e-mail, not a phone number', () => {
    expect(maskPII('jean0612345678@exemple.fr')).toEqual({ text: '[e-mail masqué]', found: ['email'] });
  });
});

describe('what verbatims usually hold is left alone', () => {
  const untouched = [
    'le 15/03/2026 à 14:02',
    'le 15/03/2026 14:02:11',
    'livré le 01/02/2026 10:30',
    'le 05-03-2026 10h30',
    'le 05.03.2026 à 10.30',
    'le 05 03 2026 10h30',
    '2026-03-15T14:02',
    '1 234,50 €',
    '1\u00a0234,50\u00a0€',
    '2 000 000 €',
    '1 005 000 000 €',
    'commande 123456',
    'commande n° 012345',
    'commande 1234567',
    '15 %',
    '+15 % en 2026',
    '+20 points',
    'à 14h02, 3 fois',
    'code postal 69003',
    'FR76 est mon quartier',
    'Vol AF1234, siège 12B',
    'RDV à 9h30 ou 10h',
  ];
  for (const s of untouched) {
    it(JSON.stringify(s), () => {
      expect(maskPII(s)).toEqual({ text: s, found: [] });
    });
  }
});

describe('personal data as people really write it (issue 15)', () => {
  const cases: [string, string, 'phone' | 'iban' | 'email'][] = [
    ['(06) 11 22 33 57', '(06) 11 22 33 57', 'phone'],
    ['06 - 11 - 22 - 33 - 58', '06 - 11 - 22 - 33 - 58', 'phone'],
    ['06 11 2233 49', '06 11 2233 49', 'phone'],
    ['06/11/22/33/48', '06/11/22/33/48', 'phone'],
    ['full-width digits', '\uff10\uff16 \uff11\uff12 \uff13\uff14 \uff15\uff16 \uff17\uff18', 'phone'],
    ['IBAN with a space after FR', 'FR 76 3000 6000 0112 3456 7890 189', 'iban'],
    ['IBAN with double spaces', 'FR76  3000  6000  0112  3456  7890  189', 'iban'],
    ['IBAN with dots', 'FR76.3000.6000.0112.3456.7890.189', 'iban'],
    ['the RIB grouping', 'FR76 30006 00001 12345678901 44', 'iban'],
    ['an e-mail split after the @', 'jean.dupont@\nexemple.fr', 'email'],
    ['an e-mail split before the @ and at a dot', 'jean.dupont\n@exemple.\nfr', 'email'],
  ];
  for (const [name, raw, kind] of cases) {
    it(`masks ${name}, and keeps the words around it`, () => {
      const r = maskPII(`Merci de me joindre : ${raw} merci.`);
      expect(r.found).toEqual([kind]);
      const label = { phone: '[téléphone masqué]', iban: '[IBAN masqué]', email: '[e-mail masqué]' }[kind];
      expect(r.text).toBe(`Merci de me joindre : ${label} merci.`);
      assertGone(raw.replace(/[\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)), r.text);
    });
  }

  it('leaves dates, amounts and order numbers written the same ways alone', () => {
    for (const text of [
      'Livré le 01/02/2026 10h30, commandé le 15-03-2026.',
      'Commande 123456 du 05.03.2026, facture 2026-0412-889.',
      'Total 1 234,50 €, remboursé 1 005 000 € ? Non, 12,50 €.',
      'Colis n° 0412 3456, RDV @ 14h, 3 @ 12,50 €.',
      'Le 06/11/2026 à 10 h 30, le 31/12/1999.',
    ]) {
      expect(maskPII(text)).toEqual({ text, found: [] });
    }
  });
});
