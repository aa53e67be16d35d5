// Dates as exports write them beyond the numeric forms: a zone's abbreviation after the
// time (Google Forms), the month in words (a long date cell of Excel saved as CSV).
// Through the real `npm run check` and `npm run build`, against values worked out here.
import { describe, expect, it } from 'vitest';
import { checkAndBuild, exported, pick, site, startsWith, withSite } from '../helpers/exports.ts';

describe('dates in words and zones by name', () => {
  it('Google Forms of an agency in Martinique: "AST" after the time, read as UTC−4 and shown in Paris time', () => {
    // Layout: Forms' "Download responses (.csv)" (as google-forms/), where the form's zone has an
    // English abbreviation: Forms writes it instead of the offset (public exports show `AST`, `GMT+3`).
    const { lines, published } = checkAndBuild({
      'site.yaml': site('{ text: "Votre commentaire", stars: "Comment s’est passée votre visite ?", site: Agence }'),
      'verbatims.csv': exported('google-forms-ast', 'verbatims.csv'),
    });
    // 9:05 AM AST on 12 October = 13:05 UTC = 15:05 in Paris (UTC+2);
    // 11:40 PM AST on 2 November = 03:40 UTC on 3 November = 04:40 in Paris (UTC+1).
    expect(pick(published)).toEqual([
      ['2026-11-03', '04:40', 'Fermé à 17 h alors que le site dit 18 h', 'negative', 2],
      ['2026-10-12', '15:05', 'Personnel souriant, passage rapide', 'positive', 5],
    ]);
    expect(withSite(published)).toEqual(['Le Lamentin', 'Fort-de-France']);
    expect(lines).toEqual([]);
  });

  it('French Excel, a column formatted as a long date: « mardi 15 septembre 2026 », in Windows-1252', () => {
    // Layout: as excel-fr/ (« CSV (séparateur : point-virgule) », Windows-1252, CRLF), the date
    // column formatted « Date complète »: Excel saves the text it shows, weekday and month in words.
    const { lines, published } = checkAndBuild({
      'site.yaml': site('{}'),
      'verbatims.csv': exported('excel-fr-long-dates', 'verbatims.csv'),
    });
    // A month in words leaves no doubt: no order to assume. 5 December is after today (24 November):
    // a warning, and not published before its day; 14 August has no comment.
    expect(pick(published)).toEqual([
      ['2026-11-02', undefined, 'Le nouveau site est plus simple', 'positive', 4],
      ['2026-10-01', undefined, 'Livraison en retard, personne ne prévient', 'negative', 2],
      ['2026-09-15', undefined, 'Accueil chaleureux, conseils clairs', 'positive', 5],
    ]);
    expect(withSite(published)).toEqual(['Lyon', 'Paris', 'Lyon']);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(startsWith('data/verbatims.csv:5:1: warning: «\u202fDate\u202f»\u00a0: «\u202fsamedi 5 décembre 2026\u202f» est après aujourd’hui (2026-11-24)'));
    // Line 6: "vendredi 14 août 2026;" (22 characters) → the comment at col 23.
    expect(lines[1]).toMatch(startsWith('data/verbatims.csv:6:23: warning: 1 ligne n’a pas de texte dans «\u202fCommentaire\u202f»\u00a0: elle est ignorée (ligne 6).'));
  });
});
