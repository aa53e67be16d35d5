// The bad-input corpus: each case is the minimal valid data folder
// (tests/fixtures/minimal) with one mistake a person could make, and the exact lines
// `npm run check` must print for it (French, the fixture's locale).
const SITE = `organisation: Atelier Test
locale: fr
verbatims: { count: 4, max_age_days: 90 }
privacy: { min_respondents: 5 }
wall:
  slide_seconds: 10
screens:
  - { id: lyon, title: Accueil Lyon, site: Lyon, slides: [verbatims, actions] }
poster: { size: A4, orientation: portrait, url: "https://intranet.example/miroir/" }
brand: { logo: logo.svg, accent: "#d2532d", theme: dark }
`;
const site = (from: string, to: string): string => {
  if (!SITE.includes(from)) throw new Error(`fixture has no ${from}`);
  return SITE.replace(from, to);
};
const CSV_HEAD = 'date;text;sentiment;nps;stars;channel;site;author;featured\n';
const WAVE = `waves:
  - id: 2026-T1
    date: 2026-03-15
    invited: 100
    respondents: 60
    enps: 10
    engagement: 65
`;
const ACTION = `actions:
  - id: parrainage
    title: Un parrain pour chaque nouvel arrivant
    pillar: onboarding
    status: en_cours
    start: 2026-01-10
    due: 2026-06-30
`;

export interface BadCase {
  name: string;
  files: Record<string, string | Buffer | null>;
  expected: string[];
}

export const CASES: BadCase[] = [
  { name: 'YAML syntax: unclosed bracket', files: { 'site.yaml': site('slides: [verbatims, actions] }', 'slides: [verbatims, actions }') }, expected: [] },
  { name: 'YAML syntax: tab indentation', files: { 'site.yaml': site('  slide_seconds: 10', '\tslide_seconds: 10') }, expected: [] },
  { name: 'required key missing', files: { 'site.yaml': site('organisation: Atelier Test\n', '') }, expected: [] },
  { name: 'unknown key with a near miss', files: { 'site.yaml': site('locale: fr', 'locle: fr') }, expected: [] },
  { name: 'unknown locale', files: { 'site.yaml': site('locale: fr', 'locale: de') }, expected: [] },
  { name: 'threshold below 3', files: { 'site.yaml': site('min_respondents: 5', 'min_respondents: 2') }, expected: [] },
  { name: 'slide_seconds out of range', files: { 'site.yaml': site('slide_seconds: 10', 'slide_seconds: 3') }, expected: [] },
  { name: 'unknown slide with a near miss', files: { 'site.yaml': site('slides: [verbatims, actions]', 'slides: [verbatim, actions]') }, expected: [] },
  { name: 'bad opening hours', files: { 'site.yaml': site('  slide_seconds: 10', '  slide_seconds: 10\n  hours: "7h30-19h30"') }, expected: [] },
  { name: 'poster URL not http(s)', files: { 'site.yaml': site('url: "https://intranet.example/miroir/"', 'url: "ftp://intranet.example/miroir/"') }, expected: [] },
  { name: 'logo path leaves the data folder', files: { 'site.yaml': site('logo: logo.svg', 'logo: ../secret.svg') }, expected: [] },
  { name: 'logo not found', files: { 'site.yaml': site('logo: logo.svg', 'logo: logo-2026.svg') }, expected: [] },
  { name: 'accent not a colour', files: { 'site.yaml': site('accent: "#d2532d"', 'accent: "rouge"') }, expected: [] },
  { name: 'unknown timezone', files: { 'site.yaml': site('locale: fr', 'locale: fr\ntimezone: Europe/Pariss') }, expected: [] },
  { name: 'duplicate screen id', files: { 'site.yaml': site('slides: [verbatims, actions] }', 'slides: [verbatims, actions] }\n  - { id: lyon, title: Lyon bis }') }, expected: [] },
  { name: 'wrong type', files: { 'site.yaml': site('count: 4', 'count: quatre') }, expected: [] },
  { name: 'empty site.yaml', files: { 'site.yaml': '' }, expected: [] },
  { name: 'binary garbage', files: { 'site.yaml': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0xff, 0xfe, 0x00, 0x01]) }, expected: [] },
  { name: 'site.yaml missing', files: { 'site.yaml': null }, expected: [] },
  { name: 'impossible date 31/02', files: { 'verbatims.csv': `${CSV_HEAD}31/02/2026;Très bien;;;;;;;\n` }, expected: [] },
  { name: 'missing required column', files: { 'verbatims.csv': 'date;commentaire client;canal\n2026-11-20;Très bien;chat\n' }, expected: [] },
  { name: 'nps out of range', files: { 'verbatims.csv': `${CSV_HEAD}2026-11-20;Très bien;;11;;;;;\n` }, expected: [] },
  { name: 'stars not a number', files: { 'verbatims.csv': `${CSV_HEAD}2026-11-20;Très bien;;;six;;;;\n` }, expected: [] },
  { name: 'unknown sentiment', files: { 'verbatims.csv': `${CSV_HEAD}2026-11-20;Très bien;positiv;;;;;;\n` }, expected: [] },
  { name: 'empty verbatim text', files: { 'verbatims.csv': `${CSV_HEAD}2026-11-20;;;;;;;;\n` }, expected: [] },
  { name: 'featured not yes/no', files: { 'verbatims.csv': `${CSV_HEAD}2026-11-20;Très bien;;;;;;;peut-être\n` }, expected: [] },
  {
    name: 'error after a quoted field spanning lines',
    files: { 'verbatims.csv': `${CSV_HEAD}2026-11-20;"Première ligne\nseconde ligne\ntroisième";;;;;;;\n2026-11-41;Date fausse;;;;;;;\n` },
    expected: [],
  },
  { name: 'verbatims.yaml unknown key', files: { 'verbatims.yaml': 'verbatims:\n  - date: 2026-11-20\n    txt: Très bien\n' }, expected: [] },
  { name: 'respondents above invited', files: { 'barometer.yaml': WAVE.replace('respondents: 60', 'respondents: 160') }, expected: [] },
  { name: 'eNPS out of range', files: { 'barometer.yaml': WAVE.replace('enps: 10', 'enps: 150') }, expected: [] },
  { name: 'duplicate wave id', files: { 'barometer.yaml': `${WAVE}${WAVE.replace('waves:\n', '')}` }, expected: [] },
  { name: 'unknown dimension with a near miss', files: { 'barometer.yaml': `${WAVE}    dimensions: { trainng: 60 }\n` }, expected: [] },
  { name: 'responses path leaves the data folder', files: { 'barometer.yaml': WAVE.replace('respondents: 60', 'responses: ../exports/t1.csv') }, expected: [] },
  { name: 'responses file missing', files: { 'barometer.yaml': WAVE.replace('respondents: 60', 'responses: barometer/2026-T1.csv') }, expected: [] },
  { name: 'invited not a number', files: { 'barometer.yaml': WAVE.replace('invited: 100', 'invited: beaucoup') }, expected: [] },
  { name: 'impossible month', files: { 'barometer.yaml': WAVE.replace('date: 2026-03-15', 'date: 2026-13-01') }, expected: [] },
  { name: 'unknown action status', files: { 'actions.yaml': ACTION.replace('status: en_cours', 'status: fini') }, expected: [] },
  { name: 'unknown pillar with a near miss', files: { 'actions.yaml': ACTION.replace('pillar: onboarding', 'pillar: onbording') }, expected: [] },
  { name: 'progress out of range', files: { 'actions.yaml': `${ACTION}    progress: 140\n` }, expected: [] },
  { name: 'due before start', files: { 'actions.yaml': ACTION.replace('due: 2026-06-30', 'due: 2025-12-31') }, expected: [] },
  { name: 'duplicate action id', files: { 'actions.yaml': `${ACTION}${ACTION.replace('actions:\n', '')}` }, expected: [] },
  { name: 'done with progress below 100', files: { 'actions.yaml': `${ACTION.replace('status: en_cours', 'status: termine')}    progress: 50\n` }, expected: [] },
  { name: 'action id with spaces', files: { 'actions.yaml': ACTION.replace('id: parrainage', 'id: Mon Action') }, expected: [] },
  { name: 'Excel workbook saved as .csv', files: { 'verbatims.csv': Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64, 0)]) }, expected: [] },
];
