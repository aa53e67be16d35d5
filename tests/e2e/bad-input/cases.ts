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
  /** The same lines when site.yaml says `locale: en` (the case's site.yaml, else the fixture's). */
  en?: string[];
}

export const CASES: BadCase[] = [
  { name: 'YAML syntax: unclosed bracket', files: { 'site.yaml': site('slides: [verbatims, actions] }', 'slides: [verbatims, actions }') }, expected: [
      'data/site.yaml:8:78: error: il manque «\u202f]\u202f» pour fermer un crochet, une accolade ou un guillemet ouvert avant. Vérifiez que chaque «\u202f[\u202f», «\u202f{\u202f» ou «\u202f"\u202f» a sa fermeture sur la même valeur.',
    ] },
  { name: 'YAML syntax: tab indentation', files: { 'site.yaml': site('  slide_seconds: 10', '\tslide_seconds: 10') }, expected: [
      'data/site.yaml:6:1: error: cette ligne est indentée avec une tabulation\u202f; YAML n’accepte que des espaces. Remplacez la tabulation par deux espaces.',
    ] },
  { name: 'YAML syntax: a quote inside quotes', files: { 'site.yaml': site('organisation: Atelier Test', 'organisation: "L’atelier "test" de Lyon"') }, expected: [
      'data/site.yaml:1:27: error: erreur de syntaxe YAML\u00a0: quelque chose suit une valeur là où rien n’est attendu (souvent un guillemet fermé trop tôt, ou un texte après une valeur entre guillemets). Vérifiez l’indentation (des espaces, pas de tabulations), les deux-points et les guillemets.',
    ] },
  { name: 'required key missing', files: { 'site.yaml': site('organisation: Atelier Test\n', '') }, expected: [
      'data/site.yaml:1:1: error: la clé «\u202forganisation\u202f» est obligatoire ici. Ajoutez la ligne «\u202forganisation: …\u202f» avec sa valeur (voir le README).',
    ] },
  { name: 'unknown key with a near miss', files: { 'site.yaml': site('locale: fr', 'locle: fr') }, expected: [
      'data/site.yaml:2:1: error: clé inconnue «\u202flocle\u202f». Vouliez-vous dire «\u202flocale\u202f»\u202f?',
    ] },
  { name: 'unknown locale', files: { 'site.yaml': site('locale: fr', 'locale: de') }, expected: [
      'data/site.yaml:2:9: error: «\u202flocale\u202f» ne peut pas valoir «\u202fde\u202f»\u202f; valeurs possibles\u00a0: fr, en. Écrivez l’une de ces valeurs.',
    ] },
  { name: 'threshold below 3', files: { 'site.yaml': site('min_respondents: 5', 'min_respondents: 2') }, expected: [
      'data/site.yaml:4:29: error: «\u202fmin_respondents\u202f» doit valoir au moins 3 (trouvé\u00a0: 2)\u00a0: les résultats d’un groupe plus petit permettraient de reconnaître qui a répondu quoi. Écrivez 3 ou plus (sans cette ligne, miroir prend 5).',
    ] },
  { name: 'slide_seconds out of range', files: { 'site.yaml': site('slide_seconds: 10', 'slide_seconds: 3') }, expected: [
      'data/site.yaml:6:18: error: «\u202fslide_seconds\u202f» doit être compris entre 5 et 600 (trouvé\u00a0: 3). Écrivez un nombre de 5 à 600.',
    ] },
  { name: 'unknown slide with a near miss', files: { 'site.yaml': site('slides: [verbatims, actions]', 'slides: [verbatim, actions]') }, expected: [
      'data/site.yaml:8:59: error: «\u202fslides\u202f» ne peut pas valoir «\u202fverbatim\u202f»\u202f; valeurs possibles\u00a0: verbatims, barometer, actions, mirror. Vouliez-vous dire «\u202fverbatims\u202f»\u202f?',
    ] },
  { name: 'bad opening hours', files: { 'site.yaml': site('  slide_seconds: 10', '  slide_seconds: 10\n  hours: "7h30-19h30"') }, expected: [
      'data/site.yaml:7:10: error: «\u202fhours\u202f» doit s’écrire HH:MM-HH:MM, par exemple «\u202f07:30-19:30\u202f» (trouvé\u00a0: «\u202f7h30-19h30\u202f»). Écrivez l’heure de début puis celle de fin, séparées par un tiret.',
    ] },
  { name: 'poster URL not http(s)', files: { 'site.yaml': site('url: "https://intranet.example/miroir/"', 'url: "ftp://intranet.example/miroir/"') }, expected: [
      'data/site.yaml:9:49: error: «\u202furl\u202f» doit être une adresse web complète qui commence par http:// ou https:// (trouvé\u00a0: «\u202fftp://intranet.example/miroir/\u202f»). Copiez l’adresse depuis la barre d’adresse du navigateur, https:// compris.',
    ] },
  { name: 'logo path leaves the data folder', files: { 'site.yaml': site('logo: logo.svg', 'logo: ../secret.svg') }, expected: [
      'data/site.yaml:10:16: error: «\u202flogo\u202f»\u00a0: le chemin «\u202f../secret.svg\u202f» doit rester dans le dossier des données (pas de «\u202f..\u202f» ni de chemin absolu). Copiez le fichier dans le dossier des données et écrivez son chemin à partir de ce dossier.',
    ] },
  { name: 'logo not found', files: { 'site.yaml': site('logo: logo.svg', 'logo: logo-2026.svg') }, expected: [
      'data/site.yaml:10:16: error: «\u202flogo\u202f»\u00a0: le fichier «\u202flogo-2026.svg\u202f» est introuvable dans le dossier des données. Vérifiez le nom (majuscules et extension comprises), ou ajoutez le fichier au dossier des données.',
    ] },
  { name: 'accent not a colour', files: { 'site.yaml': site('accent: "#d2532d"', 'accent: "rouge"') }, expected: [
      'data/site.yaml:10:34: error: «\u202faccent\u202f» doit être une couleur hexadécimale comme «\u202f#c8102e\u202f» ou «\u202f#c12\u202f» (trouvé\u00a0: «\u202frouge\u202f»). Recopiez le code de la couleur de votre charte graphique (un # suivi de 3 ou 6 chiffres ou lettres de a à f), entre guillemets.',
    ] },
  { name: 'unknown timezone', files: { 'site.yaml': site('locale: fr', 'locale: fr\ntimezone: Europe/Pariss') }, expected: [
      'data/site.yaml:3:11: error: «\u202ftimezone\u202f»\u00a0: «\u202fEurope/Pariss\u202f» n’est pas un fuseau horaire connu. Écrivez un nom de fuseau IANA, par exemple «\u202fEurope/Paris\u202f». Vouliez-vous dire «\u202fEurope/Paris\u202f»\u202f?',
    ] },
  { name: 'duplicate screen id', files: { 'site.yaml': site('slides: [verbatims, actions] }', 'slides: [verbatims, actions] }\n  - { id: lyon, title: Lyon bis }') }, expected: [
      'data/site.yaml:9:11: error: l’identifiant «\u202flyon\u202f» est déjà utilisé ligne 8. Chaque identifiant doit être unique.',
    ] },
  { name: 'wrong type', files: { 'site.yaml': site('count: 4', 'count: quatre') }, expected: [
      'data/site.yaml:3:21: error: «\u202fcount\u202f» doit être un nombre entier (trouvé\u00a0: «\u202fquatre\u202f»). Écrivez un nombre entier à la place.',
    ] },
  { name: 'empty site.yaml', files: { 'site.yaml': '' }, expected: [
      'data/site.yaml:1:1: error: le fichier est vide. Remettez-y son contenu (pour un CSV, au moins la ligne d’en-têtes).',
    ] },
  { name: 'binary garbage', files: { 'site.yaml': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0xff, 0xfe, 0x00, 0x01]) }, expected: [
      'data/site.yaml:1:1: error: ce fichier n’est pas un fichier texte (on dirait un fichier binaire, par exemple un classeur .xlsx). Enregistrez-le en CSV ou en YAML.',
    ] },
  { name: 'site.yaml missing', files: { 'site.yaml': null }, expected: [
      'data/site.yaml:1:1: error: le fichier «\u202fsite.yaml\u202f» est introuvable dans le dossier des données. Créez-le (voir le README).',
    ] },
  { name: 'impossible date 31/02', files: { 'verbatims.csv': `${CSV_HEAD}31/02/2026;Très bien;;;;;;;\n` }, expected: [
      'data/verbatims.csv:2:1: error: «\u202fdate\u202f»\u00a0: «\u202f31/02/2026\u202f» n’est pas une date valide. Écrivez AAAA-MM-JJ (2026-03-15) ou JJ/MM/AAAA (15/03/2026).',
    ] },
  { name: 'missing required column', files: { 'verbatims.csv': 'date;commentaire client;canal\n2026-11-20;Très bien;chat\n' }, expected: [
      'data/verbatims.csv:1:1: error: la colonne «\u202ftext\u202f» est obligatoire mais introuvable. En-têtes trouvés\u00a0: «\u202fdate\u202f», «\u202fcommentaire client\u202f», «\u202fcanal\u202f». Renommez l’en-tête (text, verbatim, texte, commentaire, comment) ou indiquez la colonne dans site.yaml\u00a0: «\u202fverbatims: { columns: { text: "commentaire client" } }\u202f».',
      'data/verbatims.csv:1:6: warning: colonnes ignorées, car miroir ne les connaît pas\u00a0: «\u202fcommentaire client\u202f» («\u202fcommentaire\u202f»\u202f?). Colonnes reconnues\u00a0: date, text, sentiment, nps, stars, channel, site, team, theme, author, featured. Pour en utiliser une sous un autre nom, indiquez-la dans site.yaml («\u202fverbatims.columns\u202f»).',
    ] },
  { name: 'nps out of range', files: { 'verbatims.csv': `${CSV_HEAD}2026-11-20;Très bien;;11;;;;;\n` }, expected: [
      'data/verbatims.csv:2:23: error: «\u202fnps\u202f» doit être compris entre 0 et 10 (trouvé\u00a0: 11). Écrivez un nombre de 0 à 10.',
    ] },
  { name: 'stars not a number', files: { 'verbatims.csv': `${CSV_HEAD}2026-11-20;Très bien;;;six;;;;\n` }, expected: [
      'data/verbatims.csv:2:24: error: «\u202fstars\u202f» doit être un nombre (trouvé\u00a0: «\u202fsix\u202f»). Écrivez un nombre à la place.',
    ] },
  { name: 'unknown sentiment', files: { 'verbatims.csv': `${CSV_HEAD}2026-11-20;Très bien;positiv;;;;;;\n` }, expected: [
      'data/verbatims.csv:2:22: error: «\u202fsentiment\u202f» ne peut pas valoir «\u202fpositiv\u202f»\u202f; valeurs possibles\u00a0: positif, neutre, négatif (ou positive, neutral, negative). Vouliez-vous dire «\u202fpositif\u202f»\u202f?',
    ] },
  // A row without text is skipped with a warning (the contract since issue 11), not an error: the other rows are still checked.
  { name: 'empty verbatim text beside a bad date', files: { 'verbatims.csv': `${CSV_HEAD}2026-11-20;;;;;;;;\n31/02/2026;Très bien;;;;;;;\n` }, expected: [
      'data/verbatims.csv:2:12: warning: 1 ligne n’a pas de texte dans «\u202ftext\u202f»\u00a0: elle est ignorée (ligne 2). Rien à faire si cette ligne est vide exprès\u202f; sinon, remplissez son texte.',
      'data/verbatims.csv:3:1: error: «\u202fdate\u202f»\u00a0: «\u202f31/02/2026\u202f» n’est pas une date valide. Écrivez AAAA-MM-JJ (2026-03-15) ou JJ/MM/AAAA (15/03/2026).',
    ] },
  { name: 'featured not yes/no', files: { 'verbatims.csv': `${CSV_HEAD}2026-11-20;Très bien;;;;;;;peut-être\n` }, expected: [
      'data/verbatims.csv:2:28: error: «\u202ffeatured\u202f» doit être oui ou non (trouvé\u00a0: «\u202fpeut-être\u202f»). Écrivez oui ou non à la place.',
    ] },
  {
    name: 'error after a quoted field spanning lines',
    files: { 'verbatims.csv': `${CSV_HEAD}2026-11-20;"Première ligne\nseconde ligne\ntroisième";;;;;;;\n2026-11-41;Date fausse;;;;;;;\n` },
    expected: [
      'data/verbatims.csv:5:1: error: «\u202fdate\u202f»\u00a0: «\u202f2026-11-41\u202f» n’est pas une date valide. Écrivez AAAA-MM-JJ (2026-03-15) ou JJ/MM/AAAA (15/03/2026).',
    ],
  },
  { name: 'verbatims.yaml unknown key', files: { 'verbatims.yaml': 'verbatims:\n  - date: 2026-11-20\n    txt: Très bien\n' }, expected: [
      'data/verbatims.yaml:3:5: error: clé inconnue «\u202ftxt\u202f». Vouliez-vous dire «\u202ftext\u202f»\u202f?',
    ] },
  { name: 'respondents above invited', files: { 'barometer.yaml': WAVE.replace('respondents: 60', 'respondents: 160') }, expected: [
      'data/barometer.yaml:5:18: error: «\u202frespondents\u202f» (160) ne peut pas dépasser «\u202finvited\u202f» (100). Vérifiez les deux nombres.',
    ] },
  { name: 'eNPS out of range', files: { 'barometer.yaml': WAVE.replace('enps: 10', 'enps: 150') }, expected: [
      'data/barometer.yaml:6:11: error: «\u202fenps\u202f» doit être compris entre -100 et 100 (trouvé\u00a0: 150). Écrivez un nombre de -100 à 100.',
    ] },
  { name: 'duplicate wave id', files: { 'barometer.yaml': `${WAVE}${WAVE.replace('waves:\n', '')}` }, expected: [
      'data/barometer.yaml:8:9: error: l’identifiant «\u202f2026-T1\u202f» est déjà utilisé ligne 2. Chaque identifiant doit être unique.',
    ] },
  { name: 'unknown dimension with a near miss', files: { 'barometer.yaml': `${WAVE}    dimensions: { trainng: 60 }\n` }, expected: [
      'data/barometer.yaml:8:19: error: la dimension «\u202ftrainng\u202f» n’existe pas\u202f; dimensions possibles\u00a0: onboarding, training, culture, empowerment, wellbeing, tools. Vouliez-vous dire «\u202ftraining\u202f»\u202f? Pour en créer une, ajoutez-la sous «\u202fdimensions\u202f» en haut de barometer.yaml.',
    ] },
  { name: 'responses path leaves the data folder', files: { 'barometer.yaml': WAVE.replace('respondents: 60', 'responses: ../exports/t1.csv') }, expected: [
      'data/barometer.yaml:5:16: error: «\u202fresponses\u202f»\u00a0: le chemin «\u202f../exports/t1.csv\u202f» doit rester dans le dossier des données (pas de «\u202f..\u202f» ni de chemin absolu). Copiez le fichier dans le dossier des données et écrivez son chemin à partir de ce dossier.',
    ] },
  { name: 'responses file missing', files: { 'barometer.yaml': WAVE.replace('respondents: 60', 'responses: barometer/2026-T1.csv') }, expected: [
      'data/barometer.yaml:5:16: error: «\u202fresponses\u202f»\u00a0: le fichier «\u202fbarometer/2026-T1.csv\u202f» est introuvable dans le dossier des données. Vérifiez le nom (majuscules et extension comprises), ou ajoutez le fichier au dossier des données.',
      'data/barometer.yaml:6:5: warning: «\u202fenps\u202f» est calculé à partir du fichier de réponses «\u202fbarometer/2026-T1.csv\u202f»\u00a0: la valeur écrite ici est ignorée. Supprimez-la.',
      'data/barometer.yaml:7:5: warning: «\u202fengagement\u202f» est calculé à partir du fichier de réponses «\u202fbarometer/2026-T1.csv\u202f»\u00a0: la valeur écrite ici est ignorée. Supprimez-la.',
    ] },
  { name: 'invited not a number', files: { 'barometer.yaml': WAVE.replace('invited: 100', 'invited: beaucoup') }, expected: [
      'data/barometer.yaml:4:14: error: «\u202finvited\u202f» doit être un nombre entier (trouvé\u00a0: «\u202fbeaucoup\u202f»). Écrivez un nombre entier à la place.',
    ] },
  { name: 'impossible month', files: { 'barometer.yaml': WAVE.replace('date: 2026-03-15', 'date: 2026-13-01') }, expected: [
      'data/barometer.yaml:3:11: error: «\u202fdate\u202f»\u00a0: «\u202f2026-13-01\u202f» n’est pas une date valide. Écrivez AAAA-MM-JJ (2026-03-15) ou JJ/MM/AAAA (15/03/2026).',
    ] },
  { name: 'unknown action status', files: { 'actions.yaml': ACTION.replace('status: en_cours', 'status: annulé') }, expected: [
      'data/actions.yaml:5:13: error: «\u202fstatus\u202f» ne peut pas valoir «\u202fannulé\u202f»\u202f; valeurs possibles\u00a0: prevu, en_cours, termine, bloque (ou planned, in_progress, done, blocked). Écrivez l’une de ces valeurs.',
    ] },
  { name: 'action status with a near miss', files: { 'actions.yaml': ACTION.replace('status: en_cours', 'status: termné') }, expected: [
      'data/actions.yaml:5:13: error: «\u202fstatus\u202f» ne peut pas valoir «\u202ftermné\u202f»\u202f; valeurs possibles\u00a0: prevu, en_cours, termine, bloque (ou planned, in_progress, done, blocked). Vouliez-vous dire «\u202ftermine\u202f»\u202f?',
    ] },
  { name: 'unknown pillar with a near miss', files: { 'actions.yaml': ACTION.replace('pillar: onboarding', 'pillar: onbording') }, expected: [
      'data/actions.yaml:4:13: error: «\u202fpillar\u202f» ne peut pas valoir «\u202fonbording\u202f»\u202f; valeurs possibles\u00a0: onboarding, training, culture, empowerment, wellbeing, tools. Vouliez-vous dire «\u202fonboarding\u202f»\u202f?',
    ] },
  { name: 'progress out of range', files: { 'actions.yaml': `${ACTION}    progress: 140\n` }, expected: [
      'data/actions.yaml:8:15: error: «\u202fprogress\u202f» doit être compris entre 0 et 100 (trouvé\u00a0: 140). Écrivez un nombre de 0 à 100.',
    ] },
  { name: 'due before start', files: { 'actions.yaml': ACTION.replace('due: 2026-06-30', 'due: 2025-12-31') }, expected: [
      'data/actions.yaml:7:10: error: «\u202fdue\u202f» (2025-12-31) est avant «\u202fstart\u202f» (2026-01-10)\u00a0: l’échéance doit venir après le début. Corrigez l’une des deux dates.',
    ] },
  { name: 'duplicate action id', files: { 'actions.yaml': `${ACTION}${ACTION.replace('actions:\n', '')}` }, expected: [
      'data/actions.yaml:8:9: error: l’identifiant «\u202fparrainage\u202f» est déjà utilisé ligne 2. Chaque identifiant doit être unique.',
    ] },
  { name: 'done with progress below 100', files: { 'actions.yaml': `${ACTION.replace('status: en_cours', 'status: termine')}    progress: 50\n` }, expected: [
      'data/actions.yaml:8:15: error: l’action est terminée mais «\u202fprogress\u202f» vaut 50\u00a0: une action terminée est à 100. Mettez «\u202fprogress: 100\u202f», supprimez «\u202fprogress\u202f» ou changez «\u202fstatus\u202f».',
    ] },
  { name: 'action id with spaces', files: { 'actions.yaml': ACTION.replace('id: parrainage', 'id: Mon Action') }, expected: [
      'data/actions.yaml:2:9: error: l’identifiant «\u202fMon Action\u202f» ne peut contenir que des lettres minuscules sans accent (a-z), des chiffres (0-9) et des tirets (-). Vouliez-vous dire «\u202fmon-action\u202f»\u202f?',
    ] },
  { name: 'Excel workbook saved as .csv', files: { 'verbatims.csv': Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64, 0)]) }, expected: [
      'data/verbatims.csv:1:1: error: ce fichier n’est pas un fichier texte (on dirait un fichier binaire, par exemple un classeur .xlsx). Enregistrez-le en CSV ou en YAML.',
    ] },
];

// Issue 15: inputs built to exhaust the checker, paths that leave the data folder, logos by content.
const BOMB = 'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n';
const DEEP_FR = 'les valeurs sont imbriquées ici sur plus de 64 niveaux\u202f; un fichier de données en a quelques-uns. Vérifiez les crochets, les accolades et l’indentation.';
const DEEP_EN = 'values are nested more than 64 levels deep here; a data file has a few. Check the brackets, braces and indentation.';
const RESERVED_FR = 'error: «\u202f__proto__\u202f» est un nom réservé et ne peut pas servir ici. Choisissez un autre nom.';
const RESERVED_EN = 'error: “__proto__” is a reserved name and cannot be used here. Choose another name.';
const UNKNOWN_KEYS = Array.from({ length: 120 }, (_, i) => `zz${i}: 1`).join('\n');
CASES.push(
  { name: 'YAML alias bomb', files: { 'actions.yaml': `actions:\n  - id: parrainage\nx_${BOMB}` }, expected: [
      'data/actions.yaml:4:8: error: ce fichier répète trop de valeurs par des alias («\u202f*nom\u202f»)\u00a0: une fois déroulés, ils dépasseraient 100 valeurs. Écrivez les valeurs en entier plutôt qu’avec des alias.',
    ], en: [
      'data/actions.yaml:4:8: error: this file repeats too many values through aliases (“*name”): expanded, they would exceed 100 values. Write the values out instead of using aliases.',
    ] },
  { name: 'YAML nested 20,000 deep (the parser’s own stack)', files: { 'site.yaml': `${SITE}x: ${'['.repeat(20000)}${']'.repeat(20000)}\n` }, expected: [
      `data/site.yaml:11:778: error: ${DEEP_FR}`,
    ] },
  { name: 'YAML nested 70 deep', files: { 'actions.yaml': `${ACTION}x: ${'{a: '.repeat(70)}1${'}'.repeat(70)}\n` }, expected: [
      `data/actions.yaml:8:257: error: ${DEEP_FR}`,
    ], en: [`data/actions.yaml:8:257: error: ${DEEP_EN}`] },
  { name: '__proto__ as a dimension id', files: { 'barometer.yaml': `dimensions:\n  __proto__: Proto\n${WAVE}` }, expected: [
      `data/barometer.yaml:2:3: ${RESERVED_FR}`,
    ], en: [`data/barometer.yaml:2:3: ${RESERVED_EN}`] },
  { name: '__proto__ as a columns: header', files: { 'site.yaml': site('max_age_days: 90 }', 'max_age_days: 90, columns: { text: "__proto__" } }') }, expected: [
      `data/site.yaml:3:59: ${RESERVED_FR}`,
    ], en: [`data/site.yaml:3:59: ${RESERVED_EN}`] },
  { name: 'poster url too long for a QR code', files: { 'site.yaml': site('url: "https://intranet.example/miroir/"', `url: "https://intranet.example/miroir/?q=${'a'.repeat(3000)}"`) }, expected: [
      'data/site.yaml:9:49: error: «\u202furl\u202f» fait 3035 caractères (une fois codée)\u202f; un code QR en contient au plus 2331, et une adresse courte se lit mieux. Mettez une adresse plus courte (la page d’accueil du site, par exemple).',
    ], en: [
      'data/site.yaml:9:49: error: “url” is 3035 characters long (once encoded); a QR code holds at most 2331, and a short address scans best. Use a shorter address (the site’s home page, for instance).',
    ] },
  { name: 'logo.svg that is not an SVG', files: { 'logo.svg': '<!DOCTYPE html><html><body>not a logo</body></html>\n' }, expected: [
      'data/site.yaml:10:16: error: «\u202flogo\u202f»\u00a0: le fichier «\u202flogo.svg\u202f» n’est pas une image SVG (son contenu ne commence pas comme une image SVG, par «\u202f<svg\u202f»). Enregistrez le logo en SVG ou en PNG depuis votre logiciel de dessin.',
    ], en: [
      'data/site.yaml:10:16: error: “logo”: the file “logo.svg” is not an SVG image (its content does not start as an SVG image does, with “<svg”). Save the logo as SVG or PNG from your drawing software.',
    ] },
  { name: 'logo.png that holds an SVG', files: { 'site.yaml': site('logo: logo.svg', 'logo: logo.png'), 'logo.png': '<svg xmlns="http://www.w3.org/2000/svg"/>' }, expected: [
      'data/site.yaml:10:16: error: «\u202flogo\u202f»\u00a0: le fichier «\u202flogo.png\u202f» n’est pas une image PNG (son contenu ne commence pas comme une image PNG). Enregistrez le logo en SVG ou en PNG depuis votre logiciel de dessin.',
    ], en: [
      'data/site.yaml:10:16: error: “logo”: the file “logo.png” is not a PNG image (its content does not start as a PNG image does). Save the logo as SVG or PNG from your drawing software.',
    ] },
  { name: '120 unknown keys: the first 50 and a count', files: { 'site.yaml': `${SITE}${UNKNOWN_KEYS}\n` }, expected: [
      ...Array.from({ length: 50 }, (_, i) => `data/site.yaml:${11 + i}:1: error: clé inconnue «\u202fzz${i}\u202f». Vérifiez son orthographe (voir le README), ou supprimez-la.`),
      'data/site.yaml:61:1: error: et 70 autres problèmes du même genre dans ce fichier\u202f; les 50 premiers sont listés. Corrigez-les, puis relancez la vérification.',
    ], en: [
      ...Array.from({ length: 50 }, (_, i) => `data/site.yaml:${11 + i}:1: error: unknown key “zz${i}”. Check its spelling (see the README), or remove it.`),
      'data/site.yaml:61:1: error: and 70 more problems of the same kind in this file; the first 50 are listed. Fix them, then check again.',
    ] },
);
