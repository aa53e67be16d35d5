// Real exports, as each tool writes them (tests/fixtures/exports/<tool>/, laid out from
// the tools' documentation and public exports; the binary ones made by make.ts there),
// through the real `npm run check` and `npm run build`: every verbatim's text, date and
// sentiment, and every figure of a respondent-level wave, against values worked out here.
import { describe, expect, it } from 'vitest';
import { checkAndBuild, checkLines, exported, IGNORED, pick, site, startsWith, wave } from '../helpers/exports.ts';

describe('verbatims as the tools export them', () => {
  it('Google Forms (en): every field quoted, YYYY/MM/DD h:mm:ss PM UTC+2, a comment on two lines, a blank optional comment', () => {
    // Layout: Forms' own "Download responses (.csv)": a Timestamp column, one column per
    // question, every field in double quotes, the time with the form's UTC offset (as a
    // French export in a public test, parser-csv-feedbacks.test.ts, also shows:
    // "Horodateur", "2026/07/29 9:00:00 AM UTC+3").
    const { lines, published } = checkAndBuild({
      'site.yaml': site('{ date: Timestamp, text: "Your comment", stars: "How was your visit?", site: Store }'),
      'verbatims.csv': exported('google-forms', 'verbatims.csv'),
    });
    // 9:05:02 AM at UTC+2 is 09:05 in Paris in October (UTC+2); 8:57:39 PM at UTC+2, 20:57 in September.
    expect(pick(published)).toEqual([
      ['2026-10-12', '09:05', 'Waited 20 minutes at the counter.\nThe "express" till was closed.', 'negative', 2],
      ['2026-09-04', '20:57', 'Friendly staff, quick checkout', 'positive', 5],
    ]);
    expect(published.verbatims.map((v) => v.site)).toEqual(['Paris', 'Lyon']);
    // Row 3 spans lines 3–4, so the blank row is line 5: the comment after
    // "\"2026/11/02 6:30:00 PM UTC+1\",\"4\"," (29 + 1 + 3 + 1 = 34 characters) → col 35.
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(startsWith('data/verbatims.csv:5:35: warning: 1 ligne n’a pas de texte dans «\u202fYour comment\u202f»\u00a0: elle est ignorée (ligne 5).'));
  });

  it('Google Forms (fr): « Horodateur », e-mail addresses collected (never published), the headers read without mapping but the comment', () => {
    // The same download from a French form: « Horodateur », « Note », « Magasin » are the
    // contract's own headers; the time keeps the AM/PM form and the offset.
    const { lines, published } = checkAndBuild({
      'site.yaml': site('{ text: "Votre commentaire" }'),
      'verbatims.csv': exported('google-forms-fr', 'verbatims.csv'),
    });
    // 1:15:00 AM at UTC+2 on 25 October is 01:15 in Paris (summer time ends at 03:00 that night).
    expect(pick(published)).toEqual([
      ['2026-10-25', '01:15', 'Produit abîmé ; personne pour m’aider', 'negative', 1],
      ['2026-09-04', '20:57', 'Accueil souriant, caisse rapide', 'positive', 5],
    ]);
    expect(published.verbatims.map((v) => v.site)).toEqual(['Paris', 'Lyon']);
    expect(JSON.stringify(published)).not.toContain('@example.com');
    // « Adresse e-mail » after "\"Horodateur\"," (13 characters) → col 14; the blank comment of line 4
    // after "\"2026/11/02 12:05:00 PM UTC+1\",\"\",\"3\"," (30 + 1 + 2 + 1 + 3 + 1 = 38) → col 39.
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(new RegExp(`^data/verbatims\\.csv:1:14: ${IGNORED}.*«\u202fAdresse e-mail\u202f»`));
    expect(lines[1]).toMatch(startsWith('data/verbatims.csv:4:39: warning: 1 ligne n’a pas de texte dans «\u202fVotre commentaire\u202f»\u00a0: elle est ignorée (ligne 4).'));
  });

  it('Google Sheets (fr) download of the responses: DD/MM/YYYY HH:MM:SS, every date readable both ways', () => {
    // The responses sheet saved as CSV from a French-locale Google Sheets: no quotes but where
    // needed, « 04/09/2026 20:57:39 » with no zone (the sheet's own time, here Paris).
    const { lines, published } = checkAndBuild({
      'site.yaml': site('{ text: "Votre commentaire" }'),
      'verbatims.csv': exported('google-sheets-fr', 'verbatims.csv'),
    });
    // Day first: 4 September, 12 October, 2 November. Month first would give 9 April,
    // 10 December (after today, 24 November) and 11 February: day first wins, and check says so.
    expect(pick(published)).toEqual([
      ['2026-11-02', '18:30', 'Bon conseil au rayon jardin', 'positive', 4],
      ['2026-10-12', '09:05', 'Attente de 20 minutes en caisse', 'negative', 2],
      ['2026-09-04', '20:57', 'Accueil souriant, caisse rapide', 'positive', 5],
    ]);
    expect(lines).toEqual([
      'data/verbatims.csv:2:1: warning: «\u202fHorodateur\u202f»\u00a0: chaque date de cette colonne peut se lire jour puis mois ou mois puis jour\u202f; miroir les lit jour puis mois («\u202f04/09/2026 20:57:39\u202f» = 2026-09-04), car ainsi aucune n’est après aujourd’hui. Si c’est faux, écrivez les dates en AAAA-MM-JJ.',
    ]);
  });

  it('Microsoft Forms: an .xlsx, times as date cells, positions with the cell and sheet', () => {
    // Layout: Forms' "Open in Excel" workbook, sheet Form1: ID, Start time, Completion time,
    // Email, Name, Last modified time, then one column per question, the times as date cells
    // (make.ts writes it; the column list as public scripts reading these workbooks name it).
    const { lines, published } = checkAndBuild({
      'site.yaml': site('{ date: "Completion time", text: "Anything you would like to tell us?", stars: "How satisfied are you with our service?" }'),
      'verbatims.csv': null,
      'verbatims.xlsx': exported('microsoft-forms', 'verbatims.xlsx'),
    });
    // Stars 3 → neutral, 2 → negative, 5 → positive; completion times to the minute.
    expect(pick(published)).toEqual([
      ['2026-11-02', '08:09', 'Correct, sans plus', 'neutral', 3],
      ['2026-10-03', '09:15', 'Dossier perdu deux fois', 'negative', 2],
      ['2026-09-15', '16:47', 'Très bon accueil à l’agence', 'positive', 5],
    ]);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(new RegExp(`^data/verbatims\\.xlsx:1:1: ${IGNORED}.*«\u202fID\u202f», «\u202fStart time\u202f», «\u202fEmail\u202f», «\u202fName\u202f».* \\(cellule A1, feuille «\u202fForm1\u202f»\\)$`));
    // Row 4 (ID 3) has no comment, in column H (the 8th: Last modified time is the 6th).
    expect(lines[1]).toMatch(startsWith('data/verbatims.xlsx:4:8: warning: 1 ligne n’a pas de texte dans «\u202fAnything you would like to tell us?\u202f»\u00a0: elle est ignorée (ligne 4).'));
    expect(lines[1]).toMatch(/ \(cellule H4, feuille «\u202fForm1\u202f»\)$/);
  });

  it('Play Console: UTF-16 with a BOM, UTC times, rating-only reviews, a developer reply', () => {
    // Layout: the monthly reviews report (reviews_<package>_<yyyymm>.csv) that
    // https://support.google.com/googleplay/android-developer/answer/6135870 describes as UTF-16
    // CSV, with the 16 headers public readers of these files expect (Package Name … Review Link).
    const { lines, published } = checkAndBuild({
      'site.yaml': site('{ date: "Review Submit Date and Time", text: "Review Text", stars: "Star Rating" }'),
      'verbatims.csv': exported('play-console', 'verbatims.csv'),
    });
    // 21:30 UTC on 10 November is 22:30 in Paris (UTC+1); 08:12 UTC on 14 September, 10:12 (UTC+2).
    // The developer's reply is not the customer's word: not in the text.
    expect(pick(published)).toEqual([
      ['2026-11-10', '22:30', "Plante à l'ouverture, depuis la mise à jour", 'negative', 1],
      ['2026-09-14', '10:12', 'Appli simple et rapide', 'positive', 5],
    ]);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(new RegExp(`^data/verbatims\\.csv:1:1: ${IGNORED}.*«\u202fPackage Name\u202f»`));
    // Line 3: "fr.faitmaison.app,412,4.1.2,fr,OnePlus8T," (41) + two dates and two millis (21 + 14 + 21 + 14)
    // + "4," (2) + the empty title's "," (1) = 114 characters → the text at col 115.
    expect(lines[1]).toMatch(startsWith('data/verbatims.csv:3:115: warning: 1 ligne n’a pas de texte dans «\u202fReview Text\u202f»\u00a0: elle est ignorée (ligne 3).'));
  });

  it('Zendesk: Good/Bad as the sentiment; Offered/Unoffered (never answered) skipped with one warning', () => {
    // Layout: a Zendesk Explore table of the Support dataset (ticket attributes as headers,
    // the "Tickets" metric last). Ratings as Zendesk names them: Good, Bad, Offered (survey
    // sent, not answered), Unoffered (never sent) — the score values of
    // https://developer.zendesk.com/api-reference/ticketing/ticket-management/satisfaction_ratings/,
    // also listed so in GitLab's Zendesk handbook (handbook.gitlab.com, customer-support-operations/zendesk/satisfaction).
    const files = {
      'site.yaml': site('{ date: "Ticket solved - Date", text: "Ticket satisfaction comment", sentiment: "Ticket satisfaction rating" }'),
      'verbatims.csv': exported('zendesk', 'verbatims.csv'),
    };
    const { lines, published } = checkAndBuild(files);
    // Rows 2, 4, 7 are rated with a comment (row 7's spans two lines); 3 and 6 were never answered; 5 has no comment.
    expect(pick(published)).toEqual([
      ['2026-10-05', undefined, 'Personne ne lit mes\nmessages, ni au téléphone', 'negative', undefined],
      ['2026-10-02', undefined, 'Trois relances avant une réponse', 'negative', undefined],
      ['2026-10-01', undefined, 'Problème réglé en une heure, merci', 'positive', undefined],
    ]);
    expect(lines[0]).toMatch(new RegExp(`^data/verbatims\\.csv:1:1: ${IGNORED}.*«\u202fTicket ID\u202f», «\u202fTicket group\u202f», «\u202fTickets\u202f»`));
    // Line 3: the rating after "\"10460\",\"2026-10-01\"," (8 + 13 = 21 characters) → col 22.
    // Line 5: the comment after "\"10471\",\"2026-10-02\",\"Good\"," (8 + 13 + 7 = 28) → col 29.
    expect(lines).toHaveLength(3);
    expect(lines.slice(1, 2)).toEqual([
      'data/verbatims.csv:3:22: warning: 2 lignes sont une enquête envoyée sans réponse du client («\u202fTicket satisfaction rating\u202f» vaut «\u202fOffered\u202f»)\u00a0: elles sont ignorées (lignes 3, 6). Rien à faire\u00a0: seules les notes que les clients ont données sont affichées.',
    ]);
    expect(lines[2]).toMatch(startsWith('data/verbatims.csv:5:29: warning: 1 ligne n’a pas de texte dans «\u202fTicket satisfaction comment\u202f»\u00a0: elle est ignorée (ligne 5).'));
    const en = checkLines(files, 'en');
    expect(en[1]).toBe('data/verbatims.csv:3:22: warning: 2 rows are a survey the customer did not answer (“Ticket satisfaction rating” is “Offered”): skipped (lines 3, 6). Nothing to do: only the ratings customers gave are shown.');
    expect(en[2]).toMatch(startsWith('data/verbatims.csv:5:29: warning: 1 row has no text in “Ticket satisfaction comment”: skipped (line 5).'));
  });

  it('Trustpilot: the title and the content as one text, times in UTC as the header says', () => {
    // Layout: Trustpilot Business' reviews export (Review Id, Review Created (UTC), Review Consumer
    // User Id, Review Username, Review Title, Review Content, Review Stars, Source Of Review, …),
    // the headers public readers of these exports use. "(UTC)" in the header: the times are UTC.
    const { lines, published } = checkAndBuild({
      'site.yaml': site('{ date: "Review Created (UTC)", text: ["Review Title", "Review Content"], stars: "Review Stars" }'),
      'verbatims.csv': exported('trustpilot', 'verbatims.csv'),
    });
    // 23:30 UTC on 31 October is 00:30 on 1 November in Paris (UTC+1 since 25 October);
    // 07:45 UTC on 8 October, 09:45 (UTC+2); 14:03 UTC on 20 September, 16:03.
    expect(pick(published)).toEqual([
      ['2026-11-01', '00:30', 'Livré le lendemain\nEmballage soigné, rien à redire.', 'positive', 5],
      ['2026-10-08', '09:45', 'Never again\nParcel lost twice, no answer.', 'negative', 1],
      ['2026-09-20', '16:03', 'Great service!\nFast reply and a refund the same day.', 'positive', 5],
    ]);
    // The reviewers' names (Review Username) are an ignored column: never published.
    expect(JSON.stringify(published)).not.toContain('Marie L.');
    expect(lines[0]).toMatch(new RegExp(`^data/verbatims\\.csv:1:1: ${IGNORED}.*«\u202fReview Id\u202f».*«\u202fReview Username\u202f»`));
    // Line 4: the title after "67227b101b3c4d5e6f708194,2026-10-30 18:20:00,5f01a2b3c4d5e6f708192a3d,Client,"
    // (25 + 20 + 25 + 7 = 77 characters) → col 78.
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(startsWith('data/verbatims.csv:4:78: warning: 1 ligne n’a pas de texte dans «\u202fReview Title\u202f»\u00a0: elle est ignorée (ligne 4).'));
  });
});

describe('verbatims from French Excel', () => {
  it('Excel FR "CSV (séparateur : point-virgule)": Windows-1252, ;, decimal commas, day first from 15/09', () => {
    // Layout: French Excel's « CSV (séparateur : point-virgule) »: Windows-1252, CRLF, « ; »,
    // a comma for decimals, quotes only around a cell holding the separator.
    const { lines, published } = checkAndBuild({ 'verbatims.csv': exported('excel-fr', 'verbatims.csv') });
    // 03/09 and 02/10 could be either order; 15/09 can only be day first, so the column is: no warning.
    expect(pick(published)).toEqual([
      ['2026-10-02', undefined, 'Conseillère à l’écoute, prix 1\u00a0234,50\u00a0€ correct.', 'neutral', 3],
      ['2026-09-15', '09:30', 'Livraison en retard ; j’ai dû rappeler.', 'negative', 2],
      ['2026-09-03', '14:05', 'Accueil très chaleureux, merci à Léa !', 'positive', 4.5],
    ]);
    // « N° dossier » after "Date;Commentaire;Note;Agence;" (5 + 12 + 5 + 7 = 29) → col 30.
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^data/verbatims\\.csv:1:30: ${IGNORED}.*«\u202fN° dossier\u202f»`));
  });
});


describe('a respondent-level wave as the survey tools export it', () => {
  it('Qualtrics: three header rows, preview and spam rows left out, short names and question text', () => {
    // Layout: Qualtrics' "Download data" CSV with choice text (UTF-8 with a BOM, every field quoted):
    // the embedded columns StartDate … ResponseId, RecipientLastName … UserLanguage, then the
    // questions (the order public R scripts reading these files drop them in); row 2 the
    // question text, row 3 `{"ImportId":…}`; Status `Survey Preview`, `Spam` are no respondents.
    const { published } = checkAndBuild({
      'barometer.yaml': wave('  Q1: enps\n  "Please rate - My manager listens to me": culture\n  Q2_2: tools\n', 10),
      'barometer/2026-09.csv': exported('qualtrics', '2026-09.csv'),
    });
    // 6 respondents of 10 invited → 60 %. eNPS: 10, 9, 7, 3, 8, 10 → (3 − 1) / 6 = 33.3 → 33.
    // culture: SA, A, N, D, SA, A → 4/6 → 67; tools: A, D, A, SD, —, SA → 3/5 → 60; engagement 7/11 → 64.
    expect(published.waves).toHaveLength(1);
    expect(published.waves[0]).toMatchObject({ id: '2026-09', respondents: 6, participation: 60, enps: 33, engagement: 64, dimensions: { culture: 67, tools: 60 } });
  });

  it('SurveyMonkey: the statement row, a statement alone and "question - statement"', () => {
    // Layout: SurveyMonkey's "All responses data" CSV (expanded): Respondent ID, Collector ID,
    // Start Date, End Date, IP Address, Email Address, First Name, Last Name, Custom Data 1, then
    // the questions, a matrix written once above its statements; row 2 `Response` or the statement;
    // dates MM/DD/YYYY hh:mm:ss AM (the header row as public readers of these files write it).
    const { published } = checkAndBuild({
      'barometer.yaml': wave(
        '  "How likely is it that you would recommend this company as a place to work?": enps\n  "My manager listens to me": culture\n  "How much do you agree with each statement? - I have the tools I need": tools\n',
        8,
      ),
      'barometer/2026-09.csv': exported('surveymonkey', '2026-09.csv'),
    });
    // 5 of 8 → 62.5 → 63 %. eNPS: 10, 6, 9, 9, 2 → (3 − 2) / 5 = 20. culture 4/5 → 80; tools 3/5 → 60; engagement 7/10 → 70.
    expect(published.waves[0]).toMatchObject({ id: '2026-09', respondents: 5, participation: 63, enps: 20, engagement: 70, dimensions: { culture: 80, tools: 60 } });
  });
  it('Typeform: question titles as headers, 1–5 opinion scales; a figure on fewer than 5 answers withheld', () => {
    // Layout: Typeform's responses CSV as public readers of it show it: `#` (the 32-character
    // response token), the question titles, then Response Type, Start Date (UTC), Stage Date (UTC),
    // Submit Date (UTC), Network ID, Tags (older exports stop at Network ID).
    const { published } = checkAndBuild({
      'barometer.yaml': wave(
        '  "Dans quelle mesure recommanderiez-vous notre entreprise comme employeur ?": enps\n  "Mon responsable m’écoute": culture\n  "J’ai les outils qu’il me faut": tools\n',
        10,
      ),
      'barometer/2026-09.csv': exported('typeform', '2026-09.csv'),
    });
    // 5 of 10 → 50 %. eNPS: 9, 10, 5, 8, 9 → (3 − 1) / 5 = 40. culture (4–5 favourable): 5, 4, 2, 5, 3 → 3/5 = 60.
    // tools: 4, 2, 3, 5 and a blank → 4 answers, fewer than min_respondents (5): not published.
    // Engagement pools all 9 answers: 5/9 = 55.6 → 56.
    expect(published.waves[0]).toMatchObject({ id: '2026-09', respondents: 5, participation: 50, enps: 40, engagement: 56 });
    expect(published.waves[0]!.dimensions).toEqual({ culture: 60 });
  });

  it('Typeform, an older export: the titles with their formatting as HTML, named in questions: as shown', () => {
    // Layout: `#`, the titles, Start Date (UTC), Submit Date (UTC), Network ID, the titles keeping
    // their <strong>/<em> (as in the public OSMI 2016 survey export, which scripts clean of them).
    const { published } = checkAndBuild({
      'barometer.yaml': wave(
        '  "Dans quelle mesure recommanderiez-vous notre entreprise comme employeur ?": enps\n  "Mon responsable m’écoute": culture\n  "J’ai les outils qu’il me faut": tools\n',
        10,
      ),
      'barometer/2026-09.csv': exported('typeform-older', '2026-09.csv'),
    });
    // The same answers as above: the same figures.
    expect(published.waves[0]).toMatchObject({ id: '2026-09', respondents: 5, participation: 50, enps: 40, engagement: 56 });
    expect(published.waves[0]!.dimensions).toEqual({ culture: 60 });
  });

  it('LimeSurvey "full answers": question codes as headers, French agreement labels', () => {
    // Layout: LimeSurvey's "Export responses" with "Full answers" and "Question code" headings:
    // id, submitdate, lastpage, startlanguage, seed, then Q01, Q02[SQ001]… (subquestions in brackets).
    const { published } = checkAndBuild({
      'barometer.yaml': wave('  Q01: enps\n  "Q02[SQ001]": culture\n  "Q02[SQ002]": tools\n', 10),
      'barometer/2026-09.csv': exported('limesurvey', '2026-09.csv'),
    });
    // 6 of 10 → 60 %. eNPS: 9, 10, 6, 8, 3, 9 → (3 − 2) / 6 = 16.7 → 17.
    // culture: TAF, PA, PDTA, TAF, PPA, PA → 4/6 = 66.7 → 67; tools: PA, PPA, N, TAF, PDTA, PA → 3/6 = 50; engagement 7/12 = 58.3 → 58.
    expect(published.waves[0]).toMatchObject({ id: '2026-09', respondents: 6, participation: 60, enps: 17, engagement: 58, dimensions: { culture: 67, tools: 50 } });
  });
});
