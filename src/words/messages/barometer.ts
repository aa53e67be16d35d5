// Messages about barometer data (barometer.yaml and the respondent-level CSV files it
// names). Codes are prefixed 'barometer.'. Privacy warnings never carry a withheld
// group's figures: check's output lands in CI logs and pull-request annotations.
import { defineMessages, didYouMean, q } from './define.ts';

export const barometerMessages = defineMessages({
  'barometer.dimension.reserved': {
    title: { fr: 'Identifiant de dimension réservé', en: 'Reserved dimension id' },
    description: { fr: 'Une dimension porte le nom réservé à la question de recommandation (enps).', en: 'A dimension has the name kept for the recommendation question (enps).' },
    fr: () => `${q.fr('enps')} ne peut pas être l’identifiant d’une dimension\u00a0: ce mot désigne la question de recommandation dans ${q.fr('questions')}.`,
    en: () => `${q.en('enps')} cannot be a dimension id: it names the recommendation question in ${q.en('questions')}.`,
    hint: { fr: () => `Choisissez un autre identifiant.`, en: () => `Choose another id.` },
    example: {},
  },
  'barometer.dimension.unknown': {
    title: { fr: 'Dimension inconnue', en: 'Unknown dimension' },
    description: { fr: 'Une dimension n’est pas déclarée sous «\u202fdimensions\u202f» en haut de barometer.yaml.', en: 'A dimension is not declared under “dimensions” at the top of barometer.yaml.' },
    fr: (p) =>
      `la dimension ${q.fr(p.key)} n’existe pas\u202f; dimensions possibles\u00a0: ${p.choices}.${didYouMean('fr', p.suggestion)} Pour en créer une, ajoutez-la sous ${q.fr('dimensions')} en haut de barometer.yaml.`,
    en: (p) =>
      `there is no dimension ${q.en(p.key)}; possible dimensions: ${p.choices}.${didYouMean('en', p.suggestion)} To create one, add it under ${q.en('dimensions')} at the top of barometer.yaml.`,
    example: { key: 'traning', choices: 'onboarding, training, culture, empowerment, wellbeing, tools', suggestion: 'training' },
  },
  'barometer.question.duplicate': {
    title: { fr: 'Question en double', en: 'Question listed twice' },
    description: { fr: 'La même question est listée deux fois sous «\u202fquestions\u202f».', en: 'The same question is listed twice under “questions”.' },
    fr: (p) => `la question ${q.fr(p.header)} est déjà listée ligne ${p.first_line} (majuscules, accents et ponctuation ne comptent pas).`,
    en: (p) => `the question ${q.en(p.header)} is already listed at line ${p.first_line} (case, accents and punctuation do not count).`,
    hint: { fr: () => `Gardez-en une seule.`, en: () => `Keep only one.` },
    example: { header: 'Je recommanderais mon entreprise à un proche', first_line: 4 },
  },
  'barometer.respondents.over_invited': {
    title: { fr: 'Plus de répondants que d’invités', en: 'More respondents than invited' },
    description: { fr: 'Une vague compte plus de répondants que de personnes invitées.', en: 'A wave has more respondents than people invited.' },
    fr: (p) => `${q.fr('respondents')} (${p.respondents}) ne peut pas dépasser ${q.fr('invited')} (${p.invited}).`,
    en: (p) => `${q.en('respondents')} (${p.respondents}) cannot be more than ${q.en('invited')} (${p.invited}).`,
    hint: { fr: () => `Vérifiez les deux nombres.`, en: () => `Check both numbers.` },
    example: { respondents: 420, invited: 412 },
  },
  'barometer.enps.counts_empty': {
    title: { fr: 'Comptes eNPS tous à zéro', en: 'eNPS counts add up to zero' },
    description: { fr: 'Les comptes de promoteurs, passifs et détracteurs sont tous nuls.', en: 'The promoter, passive and detractor counts are all zero.' },
    fr: () => `les nombres de promoteurs, passifs et détracteurs valent tous 0.`,
    en: () => `the promoter, passive and detractor counts are all 0.`,
    hint: { fr: () => `Donnez au moins une réponse, ou écrivez l’eNPS directement (un nombre entier de −100 à 100).`, en: () => `Give at least one answer, or write the eNPS itself (a whole number from −100 to 100).` },
    example: {},
  },
  'barometer.enps.counts_over': {
    title: { fr: 'Comptes eNPS trop grands', en: 'eNPS counts exceed respondents' },
    description: { fr: 'Promoteurs, passifs et détracteurs dépassent le nombre de répondants.', en: 'Promoters, passives and detractors add up to more than the respondents.' },
    fr: (p) => `promoteurs + passifs + détracteurs font ${p.total}, plus que les ${p.respondents} répondants de la vague.`,
    en: (p) => `promoters + passives + detractors add up to ${p.total}, more than the wave’s ${p.respondents} respondents.`,
    hint: { fr: () => `Vérifiez ces nombres.`, en: () => `Check these numbers.` },
    example: { total: 330, respondents: 318 },
  },
  'barometer.segment.over_wave': {
    title: { fr: 'Segment plus grand que la vague', en: 'Segment larger than its wave' },
    description: { fr: 'Un segment compte plus de répondants que la vague entière.', en: 'A segment has more respondents than the whole wave.' },
    fr: (p) => `le segment ${q.fr(p.name)} compte ${p.respondents} répondants, plus que les ${p.wave_respondents} de la vague entière.`,
    en: (p) => `the segment ${q.en(p.name)} has ${p.respondents} respondents, more than the whole wave’s ${p.wave_respondents}.`,
    example: { name: 'Lyon', respondents: 42, wave_respondents: 40 },
  },
  'barometer.segment.duplicate': {
    title: { fr: 'Segment en double', en: 'Segment listed twice' },
    description: { fr: 'Le même segment est listé deux fois dans une vague.', en: 'The same segment is listed twice in a wave.' },
    fr: (p) => `le segment ${q.fr(p.name)} est déjà listé ligne ${p.first_line} pour cette vague.`,
    en: (p) => `the segment ${q.en(p.name)} is already listed at line ${p.first_line} for this wave.`,
    hint: { fr: () => `Gardez-en un seul.`, en: () => `Keep only one.` },
    example: { name: 'Lyon', first_line: 12 },
  },
  'barometer.computed_ignored': {
    title: { fr: 'Valeur calculée écrite à la main', en: 'Value replaced by the responses file' },
    description: { fr: 'Une valeur est calculée depuis le fichier de réponses\u00a0: celle écrite est ignorée.', en: 'A value is computed from the responses file: the one written is ignored.' },
    fr: (p) => `${q.fr(p.field)} est calculé à partir du fichier de réponses ${q.fr(p.file)}\u00a0: la valeur écrite ici est ignorée.`,
    en: (p) => `${q.en(p.field)} is computed from the responses file ${q.en(p.file)}: the value written here is ignored.`,
    hint: { fr: () => `Supprimez-la.`, en: () => `Remove it.` },
    example: { field: 'enps', file: 'barometer/2026-T1.csv' },
  },
  'barometer.responses.not_csv': {
    title: { fr: 'Fichier de réponses qui n’est pas un CSV', en: 'Responses file is not a CSV or an .xlsx' },
    description: { fr: 'Le fichier de réponses nommé n’est pas un CSV.', en: 'The responses file named is not a CSV.' },
    fr: (p) => `${q.fr('responses')} doit désigner un fichier CSV (.csv) ou un classeur Excel (.xlsx), pas ${q.fr(p.found)}.`,
    en: (p) => `${q.en('responses')} must name a CSV file (.csv) or an Excel workbook (.xlsx), not ${q.en(p.found)}.`,
    hint: { fr: () => `Exportez les réponses dans l’un de ces formats.`, en: () => `Export the answers in one of these formats.` },
    example: { found: 'barometer/2026-T1.ods' },
  },
  'barometer.responses.no_questions': {
    title: { fr: 'Questions non listées', en: 'No questions to read the responses file' },
    description: { fr: 'Pour calculer une vague depuis ses réponses, barometer.yaml doit lister ses questions.', en: 'To compute a wave from its answers, barometer.yaml must list its questions.' },
    fr: () =>
      `pour calculer cette vague à partir du fichier de réponses, listez ses questions sous ${q.fr('questions')} en haut de barometer.yaml (le titre exact de la colonne, puis enps ou l’identifiant d’une dimension).`,
    en: () =>
      `to compute this wave from the responses file, list its questions under ${q.en('questions')} at the top of barometer.yaml (the exact column header, then enps or a dimension id).`,
    example: {},
  },
  'barometer.responses.question_missing': {
    title: { fr: 'Question absente du fichier', en: 'Question not found in the responses file' },
    description: { fr: 'Une question listée n’est pas une colonne du fichier de réponses.', en: 'A listed question is not a column of the responses file.' },
    fr: (p) =>
      `la colonne ${q.fr(p.header)} (listée sous ${q.fr('questions')} dans barometer.yaml) n’est pas dans ce fichier.${didYouMean('fr', p.suggestion)} Recopiez le titre de la colonne à l’identique.`,
    en: (p) =>
      `the column ${q.en(p.header)} (listed under ${q.en('questions')} in barometer.yaml) is not in this file.${didYouMean('en', p.suggestion)} Copy the column header exactly.`,
    example: { header: 'Mon intégration m’a donné ce dont j’avais besoin', suggestion: 'Mon intégration m’a donné tout ce dont j’avais besoin' },
  },
  'barometer.responses.question_absent': {
    title: { fr: 'Question absente de cette vague', en: 'Question not asked in this wave' },
    description: { fr: 'Une question listée n’est pas dans ce fichier\u00a0: elle ne compte pas pour cette vague.', en: 'A listed question is not in this file: it does not count for this wave.' },
    fr: (p) => `la question ${q.fr(p.header)} (listée sous ${q.fr('questions')} dans barometer.yaml) n’est pas dans ce fichier\u00a0: elle ne compte pas pour cette vague.`,
    en: (p) => `the question ${q.en(p.header)} (listed under ${q.en('questions')} in barometer.yaml) is not in this file: it does not count for this wave.`,
    example: { header: 'J’ai les outils pour bien faire mon travail' },
  },
  'barometer.responses.no_question_found': {
    title: { fr: 'Aucune question trouvée', en: 'Responses file has none of the questions' },
    description: { fr: 'Aucune des questions listées n’est une colonne du fichier de réponses.', en: 'None of the listed questions is a column of the responses file.' },
    fr: () =>
      `aucune des questions listées sous ${q.fr('questions')} dans barometer.yaml n’est une colonne de ce fichier. Vérifiez que ${q.fr('responses')} désigne le bon fichier et que les titres sont recopiés à l’identique.`,
    en: () =>
      `none of the questions listed under ${q.en('questions')} in barometer.yaml is a column of this file. Check that ${q.en('responses')} names the right file and that the headers are copied exactly.`,
    example: {},
  },
  'barometer.responses.segment_column_missing': {
    title: { fr: 'Colonne de segment absente', en: 'Segment column not found' },
    description: { fr: 'La colonne qui sépare les segments n’est pas dans le fichier de réponses.', en: 'The column that splits the segments is not in the responses file.' },
    fr: (p) => `la colonne ${q.fr(p.header)} (${q.fr('segment_column')} dans barometer.yaml) n’est pas dans ce fichier.`,
    en: (p) => `the column ${q.en(p.header)} (${q.en('segment_column')} in barometer.yaml) is not in this file.`,
    hint: { fr: (p) => `${didYouMean('fr', p.suggestion)}`, en: (p) => `${didYouMean('en', p.suggestion)}` },
    example: { header: 'Site', suggestion: 'Votre site' },
  },
  'barometer.responses.no_rows': {
    title: { fr: 'Fichier de réponses sans réponse', en: 'Responses file has no answers' },
    description: { fr: 'Le fichier de réponses n’a que sa ligne d’en-tête.', en: 'The responses file only has its header line.' },
    fr: () => `ce fichier n’a qu’une ligne de titres\u00a0: il faut au moins une réponse.`,
    en: () => `this file only has a header line: it needs at least one answer.`,
    example: {},
  },
  'barometer.responses.enps_cell': {
    title: { fr: 'Note de recommandation illisible', en: 'Unreadable recommendation answer' },
    description: { fr: 'Une réponse à la question de recommandation n’est pas une note de 0 à 10.', en: 'An answer to the recommendation question is not a score from 0 to 10.' },
    fr: (p) => `la réponse ${q.fr(p.found)} de la colonne ${q.fr(p.header)} n’est pas une note entière de 0 à 10.`,
    en: (p) => `the answer ${q.en(p.found)} in the column ${q.en(p.header)} is not a whole score from 0 to 10.`,
    example: { found: 'dix', header: 'Je recommanderais mon entreprise à un proche (0-10)' },
  },
  'barometer.responses.likert_cell': {
    title: { fr: 'Réponse illisible', en: 'Unreadable agreement answer' },
    description: { fr: 'Une réponse n’est ni une note de 1 à 5 ni une réponse d’échelle connue.', en: 'An answer is neither a score from 1 to 5 nor a known scale answer.' },
    fr: (p) =>
      `la réponse ${q.fr(p.found)} de la colonne ${q.fr(p.header)} n’est ni une note entière de 1 à ${p.scale} ni une réponse comme ${q.fr('Tout à fait d’accord')} ou ${q.fr('Pas du tout d’accord')}.`,
    en: (p) =>
      `the answer ${q.en(p.found)} in the column ${q.en(p.header)} is neither a whole score from 1 to ${p.scale} nor an answer such as ${q.en('Strongly agree')} or ${q.en('Strongly disagree')}.`,
    example: { found: 'Bof', header: 'Mon intégration m’a donné ce dont j’avais besoin', scale: 5 },
  },
  'barometer.responses.more_errors': {
    title: { fr: 'Autres réponses illisibles', en: 'More unreadable answers' },
    description: { fr: 'Au-delà des premières, les réponses illisibles sont comptées sans être listées.', en: 'Past the first ones, unreadable answers are counted, not listed.' },
    fr: (p) => `${p.count} autres réponses illisibles dans ce fichier ne sont pas détaillées\u202f; corrigez d’abord celles ci-dessus.`,
    en: (p) => `${p.count} more unreadable answers in this file are not listed; fix the ones above first.`,
    example: { count: 37 },
  },
  'barometer.responses.over_invited': {
    title: { fr: 'Plus de réponses que d’invités', en: 'Responses file has more respondents than invited' },
    description: { fr: 'Le fichier de réponses compte plus de répondants que d’invités.', en: 'The responses file has more respondents than people invited.' },
    fr: (p) => `le fichier ${q.fr(p.file)} contient ${p.respondents} répondants, plus que les ${p.invited} invités.`,
    en: (p) => `the file ${q.en(p.file)} holds ${p.respondents} respondents, more than the ${p.invited} invited.`,
    hint: { fr: () => `Vérifiez ${q.fr('invited')} ou le fichier.`, en: () => `Check ${q.en('invited')} or the file.` },
    example: { file: 'barometer/2026-T1.csv', respondents: 420, invited: 412 },
  },
  'barometer.wave.withheld': {
    title: { fr: 'Vague non publiée', en: 'Wave withheld for privacy' },
    description: { fr: 'Une vague a trop peu de répondants pour être publiée sans risque.', en: 'A wave has too few respondents to be published safely.' },
    fr: (p) => `la vague ${q.fr(p.id)} compte moins de ${p.min} répondants\u00a0: elle n’est pas publiée, pour que personne ne puisse être reconnu dans ses résultats.`,
    en: (p) => `the wave ${q.en(p.id)} has fewer than ${p.min} respondents: it is not published, so that no one can be recognised in its results.`,
    example: { id: '2026-T1', min: 5 },
  },
  'barometer.segment.withheld': {
    title: { fr: 'Segment non publié', en: 'Segment withheld for privacy' },
    description: { fr: 'Un segment a trop peu de répondants\u00a0: ni son nom ni ses chiffres ne sont publiés.', en: 'A segment has too few respondents: neither its name nor its figures are published.' },
    fr: (p) => `le segment ${q.fr(p.name)} de la vague ${q.fr(p.wave)} compte moins de ${p.min} répondants\u00a0: il n’est pas publié (ni son nom ni ses chiffres), pour que personne ne puisse y être reconnu.`,
    en: (p) => `the segment ${q.en(p.name)} of the wave ${q.en(p.wave)} has fewer than ${p.min} respondents: it is not published (neither its name nor its figures), so that no one can be recognised in it.`,
    example: { name: 'Vienne', wave: '2026-T1', min: 5 },
  },
  'barometer.segment.withheld_secondary': {
    title: { fr: 'Segment retiré avec un plus petit', en: 'Segment withheld to protect a smaller one' },
    description: { fr: 'Un segment est retiré aussi, pour qu’on ne retrouve pas un petit segment par soustraction.', en: 'A segment is withheld too, so that a small one cannot be worked out by subtraction.' },
    fr: (p) =>
      `le segment ${q.fr(p.name)} de la vague ${q.fr(p.wave)} n’est pas publié non plus\u00a0: sinon, en le retranchant du total de la vague avec les autres segments, on retrouverait les chiffres des segments trop petits.`,
    en: (p) =>
      `the segment ${q.en(p.name)} of the wave ${q.en(p.wave)} is not published either: otherwise, subtracting it and the other segments from the wave’s total would reveal the figures of the segments that are too small.`,
    example: { name: 'Nantes', wave: '2026-T1' },
  },
  'barometer.highlight.names_withheld': {
    title: { fr: 'Point fort qui nomme un segment retiré', en: 'Highlight names a withheld segment' },
    description: { fr: 'Un point fort nomme un segment non publié\u00a0: il n’est pas montré.', en: 'A highlight names a withheld segment: it is not shown.' },
    fr: (p) => `ce point marquant cite ${q.fr(p.name)}, un segment non publié pour préserver l’anonymat des répondants\u00a0: il n’est pas affiché.`,
    en: (p) => `this highlight names ${q.en(p.name)}, a segment withheld to protect respondents’ anonymity: it is not shown.`,
    hint: { fr: () => `Reformulez-le sans ce nom.`, en: () => `Reword it without that name.` },
    example: { name: 'Vienne' },
  },
});
