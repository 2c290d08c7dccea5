import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { tempDir } from './support/deploy-fixtures';

const ROOT = join(__dirname, '..');
const VALIDATOR = join(ROOT, 'scripts', 'validate-github-files.ts');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

function validate(root: string) {
  const run = spawnSync(TSX, [VALIDATOR, root], { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run lint:github', () => {
  test("the repository's workflows and action.yml files pass, and they do use Rampart's actions", () => {
    expect(validate(ROOT)).toEqual({
      code: 0,
      stdout: 'lint:github: 3 workflow(s) and 12 action.yml file(s) are valid\n',
      stderr: '',
    });
    const uses = ['saas-release.yml', 'pull-request.yml'].flatMap((file) => {
      const workflow = parse(readFileSync(join(ROOT, 'templates', 'workflows', file), 'utf8')) as {
        jobs: Record<string, { steps: { uses?: string }[] }>;
      };
      return Object.values(workflow.jobs).flatMap((job) => job.steps.map((step) => step.uses ?? ''));
    });
    expect(uses).toContain('./.rampart/actions/deploy-tenants');
    expect(uses).toContain('./.rampart');
  });

  test('it reports script injection, unknown keys, action metadata that is not node24, and inputs an action does not take', () => {
    const root = tempDir();
    mkdirSync(join(root, 'templates', 'workflows'), { recursive: true });
    mkdirSync(join(root, 'actions', 'deploy-tenants'), { recursive: true });
    cpSync(
      join(ROOT, 'actions', 'deploy-tenants', 'action.yml'),
      join(root, 'actions', 'deploy-tenants', 'action.yml'),
    );
    writeFileSync(
      join(root, 'action.yml'),
      'name: x\ndescription: x\nruns:\n  using: node20\n  mainn: index.js\n',
    );
    writeFileSync(
      join(root, 'templates', 'workflows', 'bad.yml'),
      [
        'on: pull_request',
        'jobs:',
        '  check:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - run: echo "${{ github.event.pull_request.title }}"',
        '      - uses: ./.rampart/actions/deploy-tenants',
        '        with: { template: app.yaml, colour: blue }',
        '      - uses: ./.rampart/actions/no-such-action',
        '  other:',
        '    runs-onn: ubuntu-latest',
        '    steps: [{ run: "true" }]',
      ].join('\n'),
    );
    const run = validate(root);
    expect(run.code).toBe(1);
    const problems = run.stderr.trim().split('\n');
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^templates\/workflows\/bad\.yml:6:\d+: "github\.event\.pull_request\.title" is potentially untrusted/,
        ),
        expect.stringMatching(/^templates\/workflows\/bad\.yml:11:\d+: unexpected key "runs-onn"/),
        expect.stringMatching(/^action\.yml: .*node20/),
        'action.yml: runs.using is node20, not node24',
        'templates/workflows/bad.yml: jobs.check.steps[1] (./.rampart/actions/deploy-tenants): the action has no input "colour"',
        'templates/workflows/bad.yml: jobs.check.steps[1] (./.rampart/actions/deploy-tenants): required input "manifest" is missing',
        'templates/workflows/bad.yml: jobs.check.steps[2] (./.rampart/actions/no-such-action): no such Rampart action',
      ]),
    );
  });

  test('no workflow at all is a failure, not a pass', () => {
    const root = tempDir();
    const run = validate(root);
    expect([run.code, run.stderr]).toEqual([
      1,
      'lint:github: no workflow files found in templates/workflows or .github/workflows\n',
    ]);
  });
});
