// Messages about the figures of the barometer as published: figures withheld because
// too few people answered them, segments that are not one split of the wave, customer
// figures computed from the verbatims, and the privacy threshold compared with the
// published one (`check --base`). Like the other privacy warnings, none carries a
// withheld figure: check's output lands in CI logs and pull-request annotations.
import { defineMessages, q } from './define.ts';

export const figureMessages = defineMessages({
  'barometer.figure.withheld': {
    title: { fr: 'Chiffre de vague non publié', en: 'Figure withheld: too few answers' },
    description: { fr: 'Un chiffre repose sur trop peu de réponses\u00a0: lui seul n’est pas publié.', en: 'A figure rests on too few answers: that figure alone is not published.' },
    fr: (p) =>
      `${p.figure_fr} de la vague ${q.fr(p.wave)} repose sur moins de ${p.min} réponses\u00a0: ce chiffre n’est pas publié, pour que personne ne puisse reconnaître la réponse d’une personne.`,
    en: (p) =>
      `${p.figure_en} of the wave ${q.en(p.wave)} rests on fewer than ${p.min} answers: this figure is not published, so that no one’s answer can be recognised.`,
    hint: { fr: () => `Rien à faire\u00a0: les autres chiffres de la vague restent publiés.`, en: () => `Nothing to do: the wave’s other figures stay published.` },
    example: { figure_fr: 'l’eNPS', figure_en: 'the eNPS', wave: '2026-T1', min: 5 },
  },
  'barometer.segment.figure_withheld': {
    title: { fr: 'Chiffre de segment non publié', en: 'Segment figure withheld: too few answers' },
    description: { fr: 'Un chiffre d’un segment repose sur trop peu de réponses\u00a0: lui seul n’est pas publié.', en: 'A segment’s figure rests on too few answers: that figure alone is not published.' },
    fr: (p) =>
      `${p.figure_fr} du segment ${q.fr(p.name)} (vague ${q.fr(p.wave)}) repose sur moins de ${p.min} réponses\u00a0: ce chiffre n’est pas publié, pour que personne ne puisse reconnaître la réponse d’une personne.`,
    en: (p) =>
      `${p.figure_en} of the segment ${q.en(p.name)} (wave ${q.en(p.wave)}) rests on fewer than ${p.min} answers: this figure is not published, so that no one’s answer can be recognised.`,
    hint: { fr: () => `Rien à faire\u00a0: les autres chiffres du segment restent publiés.`, en: () => `Nothing to do: the segment’s other figures stay published.` },
    example: { figure_fr: 'l’eNPS', figure_en: 'the eNPS', name: 'Lyon', wave: '2026-T1', min: 5 },
  },
  'barometer.segments.over_wave': {
    title: { fr: 'Segments plus nombreux que la vague', en: 'Segments add up to more than the wave' },
    description: { fr: 'Les segments d’une vague additionnent plus de répondants que la vague.', en: 'A wave’s segments add up to more respondents than the wave.' },
    fr: (p) => `les segments de cette vague comptent ${p.total} répondants en tout, plus que les ${p.respondents} de la vague.`,
    en: (p) => `this wave’s segments add up to ${p.total} respondents, more than the wave’s ${p.respondents}.`,
    hint: { fr: () => `Les segments doivent être un seul découpage des répondants (par site, ou par équipe, pas les deux)\u00a0: sinon, en retranchant les uns des autres, on retrouverait les chiffres d’un groupe non publié. Gardez un seul découpage.`, en: () => `Segments must be one split of the respondents (by site, or by team, not both): otherwise subtracting some from others would give back the figures of a group that is not published. Keep one split.` },
    example: { total: 148, respondents: 74 },
  },
  'barometer.customer.auto_empty': {
    title: { fr: 'Aucune note client sur la période', en: 'No rated verbatim for customer: auto' },
    description: { fr: '«\u202fcustomer: auto\u202f» ne trouve aucun verbatim noté sur la période de la vague.', en: '“customer: auto” finds no rated verbatim in the wave’s period.' },
    fr: (p) =>
      `${q.fr('customer: auto')} calcule le NPS et la satisfaction client à partir des verbatims notés de la période (datés ${p.after ? `après le ${p.after} et ` : ''}jusqu’au ${p.until}), mais aucun verbatim de cette période n’a de note (${q.fr('nps')} ou ${q.fr('stars')})\u00a0: la vague n’aura pas d’indicateur client.`,
    en: (p) =>
      `${q.en('customer: auto')} computes the customer NPS and satisfaction from the rated verbatims of the period (dated ${p.after ? `after ${p.after} and ` : ''}up to ${p.until}), but no verbatim of that period has a rating (${q.en('nps')} or ${q.en('stars')}): the wave will have no customer indicator.`,
    hint: {
      fr: () => `Ajoutez les verbatims de la période, ou écrivez les chiffres (${q.fr('customer: { nps: 31, csat: 86 }')}).`,
      en: () => `Add the period’s verbatims, or write the figures (${q.en('customer: { nps: 31, csat: 86 }')}).`,
    },
    example: { after: '2026-03-15', until: '2026-06-20' },
  },
  'barometer.customer.not_auto': {
    title: { fr: 'Indicateurs clients mal écrits', en: 'customer is neither figures nor auto' },
    description: { fr: '«\u202fcustomer\u202f» n’est ni «\u202fauto\u202f» ni les chiffres eux-mêmes.', en: '“customer” is neither “auto” nor the figures themselves.' },
    fr: (p) => `${q.fr('customer')} ne peut pas valoir ${q.fr(p.found)}.`,
    en: (p) => `${q.en('customer')} cannot be ${q.en(p.found)}.`,
    hint: {
      fr: () => `Écrivez ${q.fr('auto')} pour calculer les indicateurs clients à partir des verbatims, ou les chiffres eux-mêmes (${q.fr('{ nps: 31, csat: 86 }')}).`,
      en: () => `Write ${q.en('auto')} to compute the customer indicators from the verbatims, or the figures themselves (${q.en('{ nps: 31, csat: 86 }')}).`,
    },
    example: { found: 'automatique' },
  },
  'privacy.lowered': {
    title: { fr: 'Seuil de confidentialité abaissé', en: 'Privacy threshold lowered' },
    description: { fr: 'Le seuil passe sous celui déjà publié, ce qui révélerait de petits groupes.', en: 'The threshold goes below the one already published, which would reveal small groups.' },
    fr: (p) =>
      `le seuil de confidentialité passe de ${p.base} à ${p.found} répondants, plus bas que celui déjà publié (${q.fr(p.ref)})\u00a0: ce n’est pas permis. Ce seuil protège les petites équipes\u00a0: des résultats déjà affichés avec un seuil de ${p.base} permettraient, avec un seuil plus bas, de reconnaître les réponses de quelques personnes. Il peut seulement monter.`,
    en: (p) =>
      `the privacy threshold goes from ${p.base} down to ${p.found} respondents, lower than the one already published (${q.en(p.ref)}): this is not allowed. The threshold protects small teams: with results already shown at ${p.base}, a lower threshold could let people recognise the answers of a few colleagues. It can only go up.`,
    hint: { fr: (p) => `Remettez ${q.fr(`min_respondents: ${p.base}`)} (ou plus).`, en: (p) => `Put back ${q.en(`min_respondents: ${p.base}`)} (or more).` },
    example: { base: 5, found: 3, ref: 'origin/main' },
  },
});
