// Privacy is always on: after a real build, no raw personal data, no withheld segment
// or wave name and none of their figures may appear in any byte of dist/.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { allText, dataFolder, run, tempDir } from '../helpers/cli.ts';

const PII = {
  email: 'jean.dupont@example.com',
  authorEmail: 'marie.curie@example.org',
  phoneSpaces: '06 12 34 56 78',
  phoneDots: '07.98.76.54.32',
  phoneDashes: '01-45-67-89-10',
  phonePlain: '0698765432',
  phoneIntlFr: '+33 6 11 22 33 44',
  phoneIntlFrPlain: '+33655443322',
  phoneUk: '+44 20 7946 0958',
  phoneUs: '+1 415 555 0132',
  ibanFr: 'FR76 3000 6000 0112 3456 7890 189',
  ibanDe: 'DE89370400440532013000',
};

const verbatims = [
  'date;text;channel;site;author',
  `2026-11-20;Écrivez-moi à ${PII.email} svp;e-mail;Brest;${PII.authorEmail}`,
  `2026-11-19;Rappelez-moi au ${PII.phoneSpaces} ou au ${PII.phoneDots};téléphone;Brest;`,
  `2026-11-18;Mon fixe ${PII.phoneDashes}, mon portable ${PII.phonePlain};téléphone;Brest;`,
  `2026-11-17;Joignable au ${PII.phoneIntlFr} et ${PII.phoneIntlFrPlain};chat;Brest;`,
  `2026-11-16;From London: ${PII.phoneUk}, or US ${PII.phoneUs};e-mail;Brest;`,
  `2026-11-15;Remboursez sur ${PII.ibanFr} ou ${PII.ibanDe} merci;e-mail;Brest;`,
  '2026-11-21;Commande 123456 livrée le 12/11/2026 à 14h30 pour 1 234,50 €, parfait !;magasin;Brest;',
].join('\n');

// Quimperlé (3) is under the threshold of 5; alone it could be worked out as
// wave − Brest − Paimpol, so the smallest published segment, Paimpol (6), goes too.
const barometer = `waves:
  - id: VAGUE-TROP-PETITE
    date: 2026-01-15
    invited: 10
    respondents: 4
    enps: 77
    engagement: 91
  - id: 2026-T2
    date: 2026-06-15
    invited: 80
    respondents: 49
    enps: 12
    engagement: 66
    segments:
      - { name: Brest, respondents: 40, engagement: 68, enps: 15 }
      - { name: Paimpol, respondents: 6, engagement: 58, enps: -17 }
      - { name: Quimperlé, respondents: 3, engagement: 41, enps: -67 }
    highlights: ["Quimperlé décroche nettement", "La formation progresse"]
`;

describe('privacy in every output', () => {
  let dist: string;
  let text: string;
  beforeAll(() => {
    const dataDir = dataFolder({ 'verbatims.csv': verbatims, 'barometer.yaml': barometer });
    dist = path.join(tempDir(), 'dist');
    const r = run('build', { dataDir, env: { MIROIR_OUT_DIR: dist } });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    text = allText(dist);
  });

  it.each(Object.entries(PII))('never publishes %s', (_kind, raw) => {
    expect(text).not.toContain(raw);
    // Nor the same digits with other separators.
    const digits = raw.replace(/[^0-9A-Za-z@.]/g, '');
    expect(text.replace(/[\s.\-\u00a0\u202f]/g, '')).not.toContain(digits.replace(/\./g, ''));
  });

  it('keeps what only looks like personal data (order numbers, dates, prices)', () => {
    const data = JSON.parse(readFileSync(path.join(dist, 'data.json'), 'utf8'));
    const v = data.verbatims.find((x: { text: string }) => x.text.startsWith('Commande'));
    expect(v.text).toBe('Commande 123456 livrée le 12/11/2026 à 14h30 pour 1 234,50 €, parfait !');
    expect(data.verbatims.some((x: { text: string }) => x.text.includes('[e-mail masqué]'))).toBe(true);
  });

  it('publishes neither the name nor the figures of a small segment, nor of the one that would reveal it', () => {
    for (const name of ['Quimperlé', 'Quimperle', 'Paimpol', 'décroche']) expect(text).not.toContain(name);
    const data = JSON.parse(readFileSync(path.join(dist, 'data.json'), 'utf8'));
    const wave = data.waves.find((w: { id: string }) => w.id === '2026-T2');
    expect(wave.segments.map((s: { name: string }) => s.name)).toEqual(['Brest']);
    expect(wave.withheld_segments).toBe(2);
    expect(wave.highlights).toEqual(['La formation progresse']);
  });

  it('publishes nothing of a wave under the threshold', () => {
    expect(text).not.toContain('VAGUE-TROP-PETITE');
    const data = JSON.parse(readFileSync(path.join(dist, 'data.json'), 'utf8'));
    expect(data.waves.map((w: { id: string }) => w.id)).toEqual(['2026-T2']);
  });
});
