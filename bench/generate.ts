// A large, valid data folder for the benchmark and the scale test: years of verbatims
// from dozens of sites, a respondent-level barometer export, many waves, a long action
// plan and one screen per site. Seeded, so every run writes the same bytes.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface GenerateOptions {
  /** Verbatims in verbatims.csv (default 100,000, about 15 MB). */
  verbatims?: number;
  /** Rows of the respondent-level file of the latest wave (default 20,000). */
  respondents?: number;
  /** Questions of that file: one 0–10 eNPS question, the rest Likert (default 30). */
  questions?: number;
  /** Waves in barometer.yaml, the latest computed from the respondent-level file (default 40). */
  waves?: number;
  /** Sites: segments of every wave, and the `site` of the verbatims (default 40, at most 40). */
  sites?: number;
  /** Actions in actions.yaml (default 300). */
  actions?: number;
  /** Extra screens in site.yaml, one per site (default 40, at most `sites`). */
  screens?: number;
  /** `YYYY-MM-DD`: verbatims spread over the 3 years before it; waves end shortly before it. */
  today?: string;
  /** One verbatim in `piiEvery` holds an e-mail or a phone number to mask (default 500). */
  piiEvery?: number;
  seed?: number;
}

export interface Generated {
  dir: string;
  /** Bytes of verbatims.csv. */
  verbatimsBytes: number;
  /** Bytes of the respondent-level file. */
  responsesBytes: number;
  /** Verbatims holding personal data (each is one `check` warning). */
  pii: number;
}

/** mulberry32: small, fast, and the same sequence on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const SITES = [
  'Lyon', 'Nantes', 'Lille', 'Paris', 'Marseille', 'Toulouse', 'Nice', 'Strasbourg', 'Montpellier', 'Bordeaux',
  'Rennes', 'Reims', 'Le Havre', 'Saint-Étienne', 'Toulon', 'Grenoble', 'Dijon', 'Angers', 'Nîmes', 'Villeurbanne',
  'Clermont-Ferrand', 'Le Mans', 'Aix-en-Provence', 'Brest', 'Tours', 'Amiens', 'Limoges', 'Annecy', 'Perpignan', 'Besançon',
  'Metz', 'Orléans', 'Rouen', 'Mulhouse', 'Caen', 'Nancy', 'Évry', 'Montreuil', 'Roubaix', 'Avignon',
];

const CHANNELS = ['e-mail', 'téléphone', 'chat', 'avis Google', 'magasin', 'questionnaire'];
const TEAMS = ['Livraison', 'SAV', 'Relation client', 'Techniciens', 'Caisse', 'Conseil vente'];
const THEMES = ['livraison', 'SAV', 'accueil', 'prix', 'produit', 'délai'];
const AUTHORS = ['Sophie R.', 'M. Lefèvre', 'Nadia B.', 'Élodie T.', 'Jérôme P.', 'Anaïs C.', 'François D.', 'Hélène G.', ''];

const OPENINGS = {
  positive: [
    'Livraison du lave-linge pile dans le créneau annoncé',
    'Le technicien est arrivé à l’heure et a pris le temps de m’expliquer la panne',
    'Accueil chaleureux au magasin, conseillère très à l’écoute',
    'Réponse claire et rapide à ma réclamation',
    'Échange très agréable au téléphone, merci à Benoît',
    'Remboursement reçu en deux jours, rien à redire',
  ],
  neutral: [
    'Commande reçue complète, emballage un peu abîmé',
    'Le délai était correct mais personne ne m’a prévenu du retard',
    'Produit conforme, installation à prévoir de mon côté',
    'Service correct, sans plus',
  ],
  negative: [
    'Trois appels pour obtenir un rendez-vous de réparation',
    'Le réfrigérateur livré présentait une bosse sur la porte',
    'Personne ne m’a rappelé malgré deux promesses',
    'Attente interminable en caisse un samedi matin',
    'Facture erronée, et il a fallu tout réexpliquer depuis le début',
  ],
};
const ENDINGS = [
  ' Rien à redire.',
  ' Je recommande vivement !',
  ' Vous n’avez donc pas de dossier client ?',
  ' On sent quelqu’un qui aime son métier.',
  ' Dommage, car le produit est très bien.',
  ' À améliorer ; surtout le suivi des commandes.',
  ' Merci à toute l’équipe du dépôt.',
  '',
];

const LIKERT = ['Pas du tout d’accord', 'Plutôt pas d’accord', 'Ni d’accord ni pas d’accord', 'Plutôt d’accord', 'Tout à fait d’accord'];
const DIMENSIONS = ['onboarding', 'training', 'culture', 'empowerment', 'wellbeing', 'tools'];
const STATUSES = ['planned', 'in_progress', 'done', 'blocked'];

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const dayMs = 86_400_000;
const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
/** A YAML/CSV-safe double-quoted string (our texts hold no backslash or newline). */
const quote = (s: string): string => `"${s.replace(/"/g, '\\"')}"`;
export const slug = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function csvCell(s: string): string {
  return /[;"\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function verbatimsCsv(n: number, sites: string[], todayMs: number, piiEvery: number, rnd: () => number): { csv: string; pii: number } {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  // Dates first, sorted oldest first as survey tools export them.
  const span = 3 * 365 * dayMs;
  const stamps = new Float64Array(n);
  for (let i = 0; i < n; i++) stamps[i] = todayMs - Math.floor(rnd() * span) + Math.floor(rnd() * 13 * 3600_000) + 7 * 3600_000;
  stamps.sort();
  const lines = ['\uFEFFHorodateur;Commentaire;Canal;Site;Équipe;Thème;Note;Recommandation;Tonalité;Client;À la une'];
  let pii = 0;
  for (let i = 0; i < n; i++) {
    const d = new Date(stamps[i]!);
    const when = `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
    const r = rnd();
    const kind = r < 0.55 ? 'positive' : r < 0.75 ? 'neutral' : 'negative';
    let text = `${pick(OPENINGS[kind])}${rnd() < 0.5 ? `, à ${pick(sites)}` : ''}.${pick(ENDINGS)}`;
    if (rnd() < 0.08) text += ` ${pick(OPENINGS[kind])} (commande n° ${100000 + Math.floor(rnd() * 900000)}).`;
    if (piiEvery > 0 && i % piiEvery === piiEvery - 1) {
      pii++;
      text += i % (2 * piiEvery) === piiEvery - 1 ? ` Écrivez-moi à client${i}@exemple.fr.` : ` Rappelez-moi au 06 ${pad(i % 100)} ${pad((i >> 3) % 100)} 45 67.`;
    }
    const stars = kind === 'positive' ? 4 + Math.floor(rnd() * 2) : kind === 'neutral' ? 3 : 1 + Math.floor(rnd() * 2);
    const nps = rnd() < 0.4 ? String(kind === 'positive' ? 9 + Math.floor(rnd() * 2) : kind === 'neutral' ? 7 + Math.floor(rnd() * 2) : Math.floor(rnd() * 7)) : '';
    const featured = i % 997 === 0 ? 'oui' : rnd() < 0.5 ? 'non' : '';
    lines.push(
      [when, csvCell(text), pick(CHANNELS), pick(sites), pick(TEAMS), pick(THEMES), rnd() < 0.7 ? String(stars) : '', nps, '', pick(AUTHORS), featured].join(';'),
    );
  }
  return { csv: `${lines.join('\r\n')}\r\n`, pii };
}

interface Question {
  header: string;
  target: string;
}

function questionsOf(count: number): Question[] {
  const qs: Question[] = [{ header: 'Sur une échelle de 0 à 10, recommanderiez-vous l’entreprise à un proche ?', target: 'enps' }];
  for (let i = 1; i < count; i++) {
    const dim = DIMENSIONS[(i - 1) % DIMENSIONS.length]!;
    qs.push({ header: `Q${pad(i)} · Sur le thème « ${dim} », je suis satisfait(e) de ce que l’entreprise fait pour moi`, target: dim });
  }
  return qs;
}

function responsesCsv(rows: number, questions: Question[], sites: string[], dateMs: number, rnd: () => number): string {
  const lines = [['Horodateur', ...questions.map((q) => csvCell(q.header)), 'Site'].join(';')];
  for (let r = 0; r < rows; r++) {
    const d = new Date(dateMs - 14 * dayMs + Math.floor((r / rows) * 14 * dayMs));
    const cells = [`${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`];
    const mood = rnd();
    for (const q of questions) {
      if (rnd() < 0.03) cells.push('');
      else if (q.target === 'enps') cells.push(String(Math.min(10, Math.floor(mood * 6 + rnd() * 6))));
      else cells.push(LIKERT[Math.min(4, Math.floor(mood * 2.5 + rnd() * 3))]!);
    }
    // Sites of very different sizes, so some segments fall under the privacy threshold.
    const s = Math.floor(Math.pow(rnd(), 1.6) * sites.length);
    cells.push(r < 3 ? sites[sites.length - 1]! : sites[Math.min(s, sites.length - 2)]!);
    lines.push(cells.join(';'));
  }
  return `${lines.join('\n')}\n`;
}

function barometerYaml(waves: number, sites: string[], questions: Question[], latestMs: number, rnd: () => number): string {
  const out = [
    '# Generated by bench/generate.ts',
    'scale: 5',
    'segment_column: Site',
    'questions:',
    ...questions.map((q) => `  ${quote(q.header)}: ${q.target}`),
    'waves:',
  ];
  const score = (base: number): number => Math.max(0, Math.min(100, Math.round(base + (rnd() - 0.5) * 20)));
  for (let w = 0; w < waves; w++) {
    const monthsBack = waves - 1 - w;
    const date = isoDay(latestMs - monthsBack * 30 * dayMs);
    const id = `V${pad(w + 1, 3)}-${date.slice(0, 7)}`;
    if (w === waves - 1) {
      out.push(`  - id: ${id}`, `    date: ${date}`, '    invited: 26000', '    responses: barometer/latest.csv', '    customer: { nps: 31, csat: 86 }');
      out.push('    highlights:', '      - "Engagement en hausse sur la plupart des sites"', '      - "La formation progresse encore de 3 points"');
      continue;
    }
    const segs = sites.map((name, i) => ({ name, respondents: i === sites.length - 1 ? 3 : 20 + Math.floor(rnd() * 400) }));
    const respondents = segs.reduce((n, s) => n + s.respondents, 0) + Math.floor(rnd() * 50);
    const base = 55 + (w / waves) * 15;
    out.push(
      `  - id: ${id}`,
      `    date: ${date}`,
      `    invited: ${Math.round(respondents * 1.3)}`,
      `    respondents: ${respondents}`,
      `    enps: ${Math.round((rnd() - 0.3) * 40)}`,
      `    engagement: ${score(base)}`,
      `    dimensions: { ${DIMENSIONS.map((d) => `${d}: ${score(base)}`).join(', ')} }`,
      `    customer: { nps: ${Math.round(10 + rnd() * 25)}, csat: ${score(80)} }`,
      '    segments:',
    );
    for (const s of segs) {
      out.push(`      - { name: ${quote(s.name)}, respondents: ${s.respondents}, engagement: ${score(base)}, enps: ${Math.round((rnd() - 0.3) * 40)} }`);
    }
    out.push('    highlights:', `      - "Vague ${w + 1} : ${respondents} réponses, merci à toutes et à tous !"`);
  }
  return `${out.join('\n')}\n`;
}

function actionsYaml(n: number, todayMs: number, rnd: () => number): string {
  const out = ['# Generated by bench/generate.ts', 'actions:'];
  for (let i = 0; i < n; i++) {
    const status = STATUSES[Math.floor(rnd() * STATUSES.length)]!;
    const start = todayMs - Math.floor(rnd() * 700) * dayMs;
    const due = start + (30 + Math.floor(rnd() * 300)) * dayMs;
    const milestones = Math.floor(rnd() * 4);
    out.push(
      `  - id: action-${pad(i + 1, 3)}`,
      `    title: ${quote(`Action n° ${i + 1} : mieux accompagner les équipes (${DIMENSIONS[i % 6]})`)}`,
      `    pillar: ${DIMENSIONS[i % 6]}`,
      `    status: ${status}`,
      `    owner: ${quote(['RH', 'Direction', 'Managers', 'DSI', 'Qualité'][i % 5]!)}`,
      `    start: ${isoDay(start)}`,
      `    due: ${isoDay(due)}`,
      `    you_said: ${quote('On manque de temps pour se former et échanger entre sites.')}`,
      `    we_did: ${quote('Une demi-journée par mois est réservée aux ateliers et au partage d’expérience.')}`,
    );
    if (milestones > 0) {
      out.push('    milestones:');
      for (let m = 0; m < milestones; m++) out.push(`      - { title: ${quote(`Étape ${m + 1}`)}, done: ${status === 'done' || rnd() < 0.5 ? 'oui' : 'non'} }`);
    }
  }
  return `${out.join('\n')}\n`;
}

function siteYaml(sites: string[], screens: number, logo: boolean): string {
  const out = [
    '# Generated by bench/generate.ts',
    'organisation: Grande Maison',
    'locale: fr',
    'timezone: Europe/Paris',
    'verbatims:',
    '  count: 8',
    '  max_age_days: 180',
    'privacy: { min_respondents: 5 }',
    'wall:',
    '  slide_seconds: 20',
    '  slides: [verbatims, barometer, actions, mirror]',
    '  hours: "07:30-19:30"',
    '  days: [mon, tue, wed, thu, fri, sat]',
    'poster: { size: A3, orientation: portrait, url: "https://intranet.grande-maison.example/miroir/" }',
    'brand:',
    ...(logo ? ['  logo: logo.svg'] : []),
    '  accent: "#d2532d"',
    '  theme: dark',
  ];
  if (screens > 0) out.push('screens:');
  for (const site of sites.slice(0, screens)) out.push(`  - { id: ${slug(site)}, title: ${quote(`Accueil ${site}`)}, site: ${quote(site)} }`);
  return `${out.join('\n')}\n`;
}

/** Writes the data folder `dir` (created if needed) and says what it holds. */
export function generateData(dir: string, opts: GenerateOptions = {}): Generated {
  const o = {
    verbatims: 100_000,
    respondents: 20_000,
    questions: 30,
    waves: 40,
    sites: 40,
    actions: 300,
    screens: 40,
    today: '2026-11-24',
    piiEvery: 500,
    seed: 20261124,
    ...opts,
  };
  const rnd = prng(o.seed);
  const sites = SITES.slice(0, Math.min(o.sites, SITES.length));
  const todayMs = Date.parse(`${o.today}T00:00:00Z`);
  mkdirSync(path.join(dir, 'barometer'), { recursive: true });
  const logo = path.resolve(import.meta.dirname, '..', 'data', 'logo.svg');
  copyFileSync(logo, path.join(dir, 'logo.svg'));
  writeFileSync(path.join(dir, 'site.yaml'), siteYaml(sites, Math.min(o.screens, sites.length), true));
  const { csv, pii } = verbatimsCsv(o.verbatims, sites, todayMs, o.piiEvery, rnd);
  writeFileSync(path.join(dir, 'verbatims.csv'), csv);
  const questions = questionsOf(o.questions);
  const latestMs = todayMs - 40 * dayMs;
  const responses = responsesCsv(o.respondents, questions, sites, latestMs, rnd);
  writeFileSync(path.join(dir, 'barometer', 'latest.csv'), responses);
  writeFileSync(path.join(dir, 'barometer.yaml'), barometerYaml(o.waves, sites, questions, latestMs, rnd));
  writeFileSync(path.join(dir, 'actions.yaml'), actionsYaml(o.actions, todayMs, rnd));
  return { dir, verbatimsBytes: Buffer.byteLength(csv), responsesBytes: Buffer.byteLength(responses), pii };
}

// `node bench/generate.ts OUT_DIR [VERBATIMS]`: the folder, to look at or to run commands on.
if (import.meta.filename === process.argv[1]) {
  const out = process.argv[2];
  if (!out) {
    process.stderr.write('usage: node bench/generate.ts OUT_DIR [VERBATIMS]\n');
    process.exit(2);
  }
  const n = process.argv[3] ? Number(process.argv[3]) : undefined;
  const g = generateData(path.resolve(out), n ? { verbatims: n } : {});
  process.stdout.write(`${g.dir}: verbatims.csv ${(g.verbatimsBytes / 1e6).toFixed(1)} MB, responses ${(g.responsesBytes / 1e6).toFixed(1)} MB, ${g.pii} with personal data\n`);
}
