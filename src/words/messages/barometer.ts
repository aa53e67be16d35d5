// Messages about barometer data (barometer.yaml and the respondent-level CSV files it
// names). Codes are prefixed 'barometer.'. Privacy warnings never carry a withheld
// group's figures: check's output lands in CI logs and pull-request annotations.
import { defineMessages, didYouMean, q } from './define.ts';

export const barometerMessages = defineMessages({
  'barometer.dimension.reserved': {
    title: 'Reserved dimension id',
    fr: () => `${q.fr('enps')} ne peut pas être l’identifiant d’une dimension\u00a0: ce mot désigne la question de recommandation dans ${q.fr('questions')}. Choisissez un autre identifiant.`,
    en: () => `${q.en('enps')} cannot be a dimension id: it names the recommendation question in ${q.en('questions')}. Choose another id.`,
    example: {},
  },
  'barometer.dimension.unknown': {
    title: 'Unknown dimension',
    fr: (p) =>
      `la dimension ${q.fr(p.key)} n’existe pas\u202f; dimensions possibles\u00a0: ${p.choices}.${didYouMean('fr', p.suggestion)} Pour en créer une, ajoutez-la sous ${q.fr('dimensions')} en haut de barometer.yaml.`,
    en: (p) =>
      `there is no dimension ${q.en(p.key)}; possible dimensions: ${p.choices}.${didYouMean('en', p.suggestion)} To create one, add it under ${q.en('dimensions')} at the top of barometer.yaml.`,
    example: { key: 'traning', choices: 'onboarding, training, culture, empowerment, wellbeing, tools', suggestion: 'training' },
  },
  'barometer.question.duplicate': {
    title: 'Question listed twice',
    fr: (p) => `la question ${q.fr(p.header)} est déjà listée ligne ${p.first_line} (majuscules, accents et ponctuation ne comptent pas). Gardez-en une seule.`,
    en: (p) => `the question ${q.en(p.header)} is already listed at line ${p.first_line} (case, accents and punctuation do not count). Keep only one.`,
    example: { header: 'Je recommanderais mon entreprise à un proche', first_line: 4 },
  },
  'barometer.respondents.over_invited': {
    title: 'More respondents than invited',
    fr: (p) => `${q.fr('respondents')} (${p.respondents}) ne peut pas dépasser ${q.fr('invited')} (${p.invited}). Vérifiez les deux nombres.`,
    en: (p) => `${q.en('respondents')} (${p.respondents}) cannot be more than ${q.en('invited')} (${p.invited}). Check both numbers.`,
    example: { respondents: 420, invited: 412 },
  },
  'barometer.enps.counts_empty': {
    title: 'eNPS counts add up to zero',
    fr: () => `les nombres de promoteurs, passifs et détracteurs valent tous 0. Donnez au moins une réponse, ou écrivez l’eNPS directement (un nombre entier de −100 à 100).`,
    en: () => `the promoter, passive and detractor counts are all 0. Give at least one answer, or write the eNPS itself (a whole number from −100 to 100).`,
    example: {},
  },
  'barometer.enps.counts_over': {
    title: 'eNPS counts exceed respondents',
    fr: (p) => `promoteurs + passifs + détracteurs font ${p.total}, plus que les ${p.respondents} répondants de la vague. Vérifiez ces nombres.`,
    en: (p) => `promoters + passives + detractors add up to ${p.total}, more than the wave’s ${p.respondents} respondents. Check these numbers.`,
    example: { total: 330, respondents: 318 },
  },
  'barometer.segment.over_wave': {
    title: 'Segment larger than its wave',
    fr: (p) => `le segment ${q.fr(p.name)} compte ${p.respondents} répondants, plus que les ${p.wave_respondents} de la vague entière.`,
    en: (p) => `the segment ${q.en(p.name)} has ${p.respondents} respondents, more than the whole wave’s ${p.wave_respondents}.`,
    example: { name: 'Lyon', respondents: 42, wave_respondents: 40 },
  },
  'barometer.segment.duplicate': {
    title: 'Segment listed twice',
    fr: (p) => `le segment ${q.fr(p.name)} est déjà listé ligne ${p.first_line} pour cette vague. Gardez-en un seul.`,
    en: (p) => `the segment ${q.en(p.name)} is already listed at line ${p.first_line} for this wave. Keep only one.`,
    example: { name: 'Lyon', first_line: 12 },
  },
  'barometer.computed_ignored': {
    title: 'Value replaced by the responses file',
    fr: (p) => `${q.fr(p.field)} est calculé à partir du fichier de réponses ${q.fr(p.file)}\u00a0: la valeur écrite ici est ignorée. Supprimez-la.`,
    en: (p) => `${q.en(p.field)} is computed from the responses file ${q.en(p.file)}: the value written here is ignored. Remove it.`,
    example: { field: 'enps', file: 'barometer/2026-T1.csv' },
  },
  'barometer.responses.not_csv': {
    title: 'Responses file is not a CSV or an .xlsx',
    fr: (p) => `${q.fr('responses')} doit désigner un fichier CSV (.csv) ou un classeur Excel (.xlsx), pas ${q.fr(p.found)}. Exportez les réponses dans l’un de ces formats.`,
    en: (p) => `${q.en('responses')} must name a CSV file (.csv) or an Excel workbook (.xlsx), not ${q.en(p.found)}. Export the answers in one of these formats.`,
    example: { found: 'barometer/2026-T1.ods' },
  },
  'barometer.responses.no_questions': {
    title: 'No questions to read the responses file',
    fr: () =>
      `pour calculer cette vague à partir du fichier de réponses, listez ses questions sous ${q.fr('questions')} en haut de barometer.yaml (le titre exact de la colonne, puis enps ou l’identifiant d’une dimension).`,
    en: () =>
      `to compute this wave from the responses file, list its questions under ${q.en('questions')} at the top of barometer.yaml (the exact column header, then enps or a dimension id).`,
    example: {},
  },
  'barometer.responses.question_missing': {
    title: 'Question not found in the responses file',
    fr: (p) =>
      `la colonne ${q.fr(p.header)} (listée sous ${q.fr('questions')} dans barometer.yaml) n’est pas dans ce fichier.${didYouMean('fr', p.suggestion)} Recopiez le titre de la colonne à l’identique.`,
    en: (p) =>
      `the column ${q.en(p.header)} (listed under ${q.en('questions')} in barometer.yaml) is not in this file.${didYouMean('en', p.suggestion)} Copy the column header exactly.`,
    example: { header: 'Mon intégration m’a donné ce dont j’avais besoin', suggestion: 'Mon intégration m’a donné tout ce dont j’avais besoin' },
  },
  'barometer.responses.question_absent': {
    title: 'Question not asked in this wave',
    fr: (p) => `la question ${q.fr(p.header)} (listée sous ${q.fr('questions')} dans barometer.yaml) n’est pas dans ce fichier\u00a0: elle ne compte pas pour cette vague.`,
    en: (p) => `the question ${q.en(p.header)} (listed under ${q.en('questions')} in barometer.yaml) is not in this file: it does not count for this wave.`,
    example: { header: 'J’ai les outils pour bien faire mon travail' },
  },
  'barometer.responses.no_question_found': {
    title: 'Responses file has none of the questions',
    fr: () =>
      `aucune des questions listées sous ${q.fr('questions')} dans barometer.yaml n’est une colonne de ce fichier. Vérifiez que ${q.fr('responses')} désigne le bon fichier et que les titres sont recopiés à l’identique.`,
    en: () =>
      `none of the questions listed under ${q.en('questions')} in barometer.yaml is a column of this file. Check that ${q.en('responses')} names the right file and that the headers are copied exactly.`,
    example: {},
  },
  'barometer.responses.segment_column_missing': {
    title: 'Segment column not found',
    fr: (p) => `la colonne ${q.fr(p.header)} (${q.fr('segment_column')} dans barometer.yaml) n’est pas dans ce fichier.${didYouMean('fr', p.suggestion)}`,
    en: (p) => `the column ${q.en(p.header)} (${q.en('segment_column')} in barometer.yaml) is not in this file.${didYouMean('en', p.suggestion)}`,
    example: { header: 'Site', suggestion: 'Votre site' },
  },
  'barometer.responses.no_rows': {
    title: 'Responses file has no answers',
    fr: () => `ce fichier n’a qu’une ligne de titres\u00a0: il faut au moins une réponse.`,
    en: () => `this file only has a header line: it needs at least one answer.`,
    example: {},
  },
  'barometer.responses.enps_cell': {
    title: 'Unreadable recommendation answer',
    fr: (p) => `la réponse ${q.fr(p.found)} de la colonne ${q.fr(p.header)} n’est pas une note entière de 0 à 10.`,
    en: (p) => `the answer ${q.en(p.found)} in the column ${q.en(p.header)} is not a whole score from 0 to 10.`,
    example: { found: 'dix', header: 'Je recommanderais mon entreprise à un proche (0-10)' },
  },
  'barometer.responses.likert_cell': {
    title: 'Unreadable agreement answer',
    fr: (p) =>
      `la réponse ${q.fr(p.found)} de la colonne ${q.fr(p.header)} n’est ni une note entière de 1 à ${p.scale} ni une réponse comme ${q.fr('Tout à fait d’accord')} ou ${q.fr('Pas du tout d’accord')}.`,
    en: (p) =>
      `the answer ${q.en(p.found)} in the column ${q.en(p.header)} is neither a whole score from 1 to ${p.scale} nor an answer such as ${q.en('Strongly agree')} or ${q.en('Strongly disagree')}.`,
    example: { found: 'Bof', header: 'Mon intégration m’a donné ce dont j’avais besoin', scale: 5 },
  },
  'barometer.responses.more_errors': {
    title: 'More unreadable answers',
    fr: (p) => `${p.count} autres réponses illisibles dans ce fichier ne sont pas détaillées\u202f; corrigez d’abord celles ci-dessus.`,
    en: (p) => `${p.count} more unreadable answers in this file are not listed; fix the ones above first.`,
    example: { count: 37 },
  },
  'barometer.responses.over_invited': {
    title: 'Responses file has more respondents than invited',
    fr: (p) => `le fichier ${q.fr(p.file)} contient ${p.respondents} répondants, plus que les ${p.invited} invités. Vérifiez ${q.fr('invited')} ou le fichier.`,
    en: (p) => `the file ${q.en(p.file)} holds ${p.respondents} respondents, more than the ${p.invited} invited. Check ${q.en('invited')} or the file.`,
    example: { file: 'barometer/2026-T1.csv', respondents: 420, invited: 412 },
  },
  'barometer.wave.withheld': {
    title: 'Wave withheld for privacy',
    fr: (p) => `la vague ${q.fr(p.id)} compte moins de ${p.min} répondants\u00a0: elle n’est pas publiée, pour que personne ne puisse être reconnu dans ses résultats.`,
    en: (p) => `the wave ${q.en(p.id)} has fewer than ${p.min} respondents: it is not published, so that no one can be recognised in its results.`,
    example: { id: '2026-T1', min: 5 },
  },
  'barometer.segment.withheld': {
    title: 'Segment withheld for privacy',
    fr: (p) => `le segment ${q.fr(p.name)} de la vague ${q.fr(p.wave)} compte moins de ${p.min} répondants\u00a0: il n’est pas publié (ni son nom ni ses chiffres), pour que personne ne puisse y être reconnu.`,
    en: (p) => `the segment ${q.en(p.name)} of the wave ${q.en(p.wave)} has fewer than ${p.min} respondents: it is not published (neither its name nor its figures), so that no one can be recognised in it.`,
    example: { name: 'Vienne', wave: '2026-T1', min: 5 },
  },
  'barometer.segment.withheld_secondary': {
    title: 'Segment withheld to protect a smaller one',
    fr: (p) =>
      `le segment ${q.fr(p.name)} de la vague ${q.fr(p.wave)} n’est pas publié non plus\u00a0: sinon, en le retranchant du total de la vague avec les autres segments, on retrouverait les chiffres des segments trop petits.`,
    en: (p) =>
      `the segment ${q.en(p.name)} of the wave ${q.en(p.wave)} is not published either: otherwise, subtracting it and the other segments from the wave’s total would reveal the figures of the segments that are too small.`,
    example: { name: 'Nantes', wave: '2026-T1' },
  },
  'barometer.highlight.names_withheld': {
    title: 'Highlight names a withheld segment',
    fr: (p) => `ce point marquant cite ${q.fr(p.name)}, un segment non publié pour préserver l’anonymat des répondants\u00a0: il n’est pas affiché. Reformulez-le sans ce nom.`,
    en: (p) => `this highlight names ${q.en(p.name)}, a segment withheld to protect respondents’ anonymity: it is not shown. Reword it without that name.`,
    example: { name: 'Vienne' },
  },
});
