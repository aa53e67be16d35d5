import { FIXTURES as FIXTURE_ROOT } from '../../helpers/cli.ts';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadActions } from '../../../src/data/actions.ts';
import { Diagnostics, formatDiagnostic } from '../../../src/data/diagnostics.ts';

const FIXTURES = path.join(FIXTURE_ROOT, 'actions');
const TODAY = '2026-11-24';
const DIMENSIONS = [
  { id: 'onboarding', label: 'Intégration' },
  { id: 'training', label: 'Formation' },
  { id: 'culture', label: 'Culture' },
  { id: 'empowerment', label: 'Autonomie' },
  { id: 'wellbeing', label: 'Qualité de vie au travail' },
  { id: 'tools', label: 'Outils' },
];

function load(name: string) {
  const diags = new Diagnostics();
  const plan = loadActions(path.join(FIXTURES, name), DIMENSIONS, TODAY, diags);
  const lines = (locale: 'fr' | 'en') => diags.sorted().map((d) => formatDiagnostic(d, locale));
  return { ...plan, diags, fr: lines('fr'), en: lines('en') };
}

describe('actions.yaml: the plan', () => {
  const { actions, pillars, diags } = load('plan');

  it('has no problem', () => {
    expect(diags.list).toEqual([]);
  });

  it('reads French statuses and pillar labels, and derives progress and overdue', () => {
    expect(actions.map((a) => [a.id, a.pillar, a.status, a.progress, a.overdue])).toEqual([
      // "60 %" as written; due 2026-06-30 < today and not done → overdue.
      ['parrainage', 'onboarding', 'in_progress', 60, true],
      // « Intégration » is the label of onboarding; « Terminé » → done → 100; past due but done → not overdue.
      ['livret-accueil', 'onboarding', 'done', 100, false],
      // « prévu »; milestones 1 of 3 done (the third has no `done`, so not done): 100 × 1/3 = 33.3 → 33.
      ['journee-decouverte', 'onboarding', 'planned', 33, false],
      // « bloqué »; 1 of 8 milestones: 100 × 1/8 = 12.5 → 13 (halves away from zero).
      ['catalogue-formation', 'training', 'blocked', 13, false],
      // no progress, no milestone → 0.
      ['tutorat', 'training', 'planned', 0, false],
      // « Outils » → tools; IN_PROGRESS; 2 of 3: 66.7 → 67; due 23/11/2026, the day before today → overdue.
      ['nouveau-crm', 'tools', 'in_progress', 67, true],
      ['valeurs', 'culture', 'done', 100, false],
      // due today is not yet overdue.
      ['petits-dejeuners', 'culture', 'in_progress', 25, false],
    ]);
  });

  it('keeps the optional fields as written, dates as YYYY-MM-DD', () => {
    expect(actions[0]).toEqual({
      id: 'parrainage',
      title: 'Un parrain pour chaque nouvel arrivant',
      pillar: 'onboarding',
      status: 'in_progress',
      progress: 60,
      overdue: true,
      owner: 'RH',
      start: '2026-01-10',
      due: '2026-06-30',
      you_said: 'Mon intégration a été trop rapide',
      we_did: 'Chaque arrivant a désormais un parrain pendant 3 mois',
      milestones: [],
    });
    expect(actions[3]!.milestones[0]).toEqual({ title: "Choix de l'outil", done: true, date: '2026-03-01' });
    expect(actions[2]!.milestones.map((m) => m.done)).toEqual([true, false, false]);
    expect(actions[5]!.due).toBe('2026-11-23');
    // `owner: 2026` is a number in YAML, kept as text.
    expect(actions[7]!.owner).toBe('2026');
  });

  it('gives each dimension a pillar, in order, with the rounded mean of its actions', () => {
    expect(pillars).toEqual([
      // (60 + 100 + 33) / 3 = 64.33 → 64
      { id: 'onboarding', label: 'Intégration', progress: 64 },
      // (13 + 0) / 2 = 6.5 → 7
      { id: 'training', label: 'Formation', progress: 7 },
      // (100 + 25) / 2 = 62.5 → 63
      { id: 'culture', label: 'Culture', progress: 63 },
      { id: 'empowerment', label: 'Autonomie', progress: null },
      { id: 'wellbeing', label: 'Qualité de vie au travail', progress: null },
      // 67 / 1
      { id: 'tools', label: 'Outils', progress: 67 },
    ]);
  });
});

describe('actions.yaml: errors', () => {
  it('reports each problem at the value to change, in French and in English', () => {
    const { fr, en, actions } = load('errors');
    const pillars = 'onboarding, training, culture, empowerment, wellbeing, tools';
    expect(fr).toEqual([
      'errors/actions.yaml:2:9: error: l’identifiant «\u202fParrainage Été\u202f» ne peut contenir que des lettres minuscules sans accent (a-z), des chiffres (0-9) et des tirets (-). Vouliez-vous dire «\u202fparrainage-ete\u202f»\u202f?',
      `errors/actions.yaml:7:13: error: «\u202fpillar\u202f» ne peut pas valoir «\u202foutil\u202f»\u202f; valeurs possibles\u00a0: ${pillars}. Vouliez-vous dire «\u202ftools\u202f»\u202f?`,
      'errors/actions.yaml:8:13: error: «\u202fstatus\u202f» ne peut pas valoir «\u202ftermné\u202f»\u202f; valeurs possibles\u00a0: prevu, en_cours, termine, bloque (ou planned, in_progress, done, blocked). Vouliez-vous dire «\u202ftermine\u202f»\u202f?',
      'errors/actions.yaml:9:9: error: l’identifiant «\u202fcrm\u202f» est déjà utilisé ligne 5. Chaque identifiant doit être unique.',
      'errors/actions.yaml:12:15: error: «\u202fprogress\u202f» doit être compris entre 0 et 100 (trouvé\u00a0: 140). Écrivez un nombre de 0 à 100.',
      'errors/actions.yaml:17:15: error: l’action est terminée mais «\u202fprogress\u202f» vaut 80\u00a0: une action terminée est à 100. Mettez «\u202fprogress: 100\u202f», supprimez «\u202fprogress\u202f» ou changez «\u202fstatus\u202f».',
      'errors/actions.yaml:19:10: error: «\u202fdue\u202f» (2026-02-15) est avant «\u202fstart\u202f» (2026-03-01)\u00a0: l’échéance doit venir après le début. Corrigez l’une des deux dates.',
      'errors/actions.yaml:20:5: error: la clé «\u202ftitle\u202f» est obligatoire ici. Ajoutez la ligne «\u202ftitle: …\u202f» avec sa valeur (voir le README).',
      'errors/actions.yaml:22:10: error: «\u202fdue\u202f»\u00a0: «\u202f31/02/2026\u202f» n’est pas une date valide. Écrivez AAAA-MM-JJ (2026-03-15) ou JJ/MM/AAAA (15/03/2026).',
      'errors/actions.yaml:24:5: error: clé inconnue «\u202fonwer\u202f». Vouliez-vous dire «\u202fowner\u202f»\u202f?',
      'errors/actions.yaml:26:33: error: «\u202fdone\u202f» doit être oui ou non (trouvé\u00a0: «\u202fpeut-être\u202f»). Écrivez oui ou non à la place.',
    ]);
    expect(en).toEqual([
      'errors/actions.yaml:2:9: error: the id “Parrainage Été” may only contain lowercase letters without accents (a-z), digits (0-9) and dashes (-). Did you mean “parrainage-ete”?',
      `errors/actions.yaml:7:13: error: “pillar” cannot be “outil”; possible values: ${pillars}. Did you mean “tools”?`,
      'errors/actions.yaml:8:13: error: “status” cannot be “termné”; possible values: planned, in_progress, done, blocked (or prevu, en_cours, termine, bloque). Did you mean “done”?',
      'errors/actions.yaml:9:9: error: the id “crm” is already used at line 5. Each id must be unique.',
      'errors/actions.yaml:12:15: error: “progress” must be between 0 and 100 (found: 140). Write a number from 0 to 100.',
      'errors/actions.yaml:17:15: error: the action is done but “progress” is 80: a done action is at 100. Write “progress: 100”, remove “progress” or change “status”.',
      'errors/actions.yaml:19:10: error: “due” (2026-02-15) is before “start” (2026-03-01): the due date must come after the start. Correct one of the two dates.',
      'errors/actions.yaml:20:5: error: the key “title” is required here. Add the line “title: …” with its value (see the README).',
      'errors/actions.yaml:22:10: error: “due”: “31/02/2026” is not a valid date. Write YYYY-MM-DD (2026-03-15) or DD/MM/YYYY (15/03/2026).',
      'errors/actions.yaml:24:5: error: unknown key “onwer”. Did you mean “owner”?',
      'errors/actions.yaml:26:33: error: “done” must be yes or no (found: “peut-être”). Write yes or no instead.',
    ]);
    // Only the action whose problems are cross-field rules parses; the build stops on the errors anyway.
    expect(actions.map((a) => a.id)).toEqual(['formation']);
  });

  it('asks for the `actions:` key when the file is a bare list or a single value', () => {
    const bare = load('bare-list');
    expect(bare.actions).toEqual([]);
    expect(bare.fr).toEqual([
      'bare-list/actions.yaml:1:1: error: le fichier commence directement par une liste. Ajoutez en première ligne «\u202factions:\u202f» puis décalez les lignes suivantes de deux espaces.',
    ]);
    expect(bare.en).toEqual([
      'bare-list/actions.yaml:1:1: error: the file starts directly with a list. Add “actions:” as the first line, then indent the following lines by two spaces.',
    ]);
    const scalar = load('scalar');
    expect(scalar.fr).toEqual([
      'scalar/actions.yaml:1:1: error: le fichier doit commencer par la ligne «\u202factions:\u202f», suivie de la liste des actions. Écrivez chaque action sous cette ligne, en commençant par «\u202f- id:\u202f» décalé de deux espaces, comme dans l’exemple du guide.',
    ]);
    expect(scalar.en).toEqual([
      'scalar/actions.yaml:1:1: error: the file must start with the line “actions:”, followed by the list of actions. Write each action below that line, starting with “- id:” indented by two spaces, as in the guide’s example.',
    ]);
  });
});

describe('actions.yaml: an empty plan', () => {
  it.each(['absent', 'comments-only', 'empty-list'])('%s → no action, every pillar at null, no problem', (name) => {
    const { actions, pillars, diags } = load(name);
    expect(diags.list).toEqual([]);
    expect(actions).toEqual([]);
    expect(pillars.map((p) => [p.id, p.progress])).toEqual(DIMENSIONS.map((d) => [d.id, null]));
  });
});
