import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI } from './support/pipeline-fixtures';
import { GitRepo } from './support/git-repo';
import { lineWith, SecretFactory } from './support/secret-samples';

const factory = new SecretFactory(202);

function rampart(cwd: string, args: string[], input?: string) {
  const run = spawnSync(process.execPath, [CLI, 'secrets', 'scan', ...args], {
    cwd,
    input,
    encoding: 'utf8',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('rampart secrets scan (bundled)', () => {
  const repo = new GitRepo();
  const secrets = ['github-token', 'aws-secret-access-key', 'private-key', 'generic-secret'].map(
    (ruleId) => ({
      ruleId,
      value: factory.sample(ruleId),
    }),
  );
  const base = repo.commit({ 'README.md': '# app\n' });
  const keyId = `AKIA${factory.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`;
  const head = repo.commit(
    {
      'deploy/.env': [
        `AWS_ACCESS_KEY_ID=${keyId}`,
        ...secrets.map(({ ruleId, value }) =>
          ruleId === 'private-key' ? value : lineWith(ruleId, value, 'env'),
        ),
      ].join('\n'),
    },
    'add deploy config',
  );

  test('every format names the findings and holds no secret beyond its first four characters', () => {
    for (const format of ['text', 'json', 'sarif', 'markdown']) {
      const run = rampart(repo.root, ['--range', `${base}..${head}`, '--format', format]);
      expect([format, run.code]).toEqual([format, 0]);
      const output = run.stdout + run.stderr;
      for (const { value } of [...secrets, { value: keyId }]) {
        expect([format, output.includes(value.slice(0, 5))]).toEqual([format, false]);
      }
      expect(output).toContain(format === 'sarif' ? '"ruleId": "github-token"' : 'github-token');
    }
  });

  test('--fail exits 1 when a secret is found, and a JSON report makes a baseline that quiets it', () => {
    const failing = rampart(repo.root, ['--range', `${base}..${head}`, '--fail']);
    expect(failing.code).toBe(1);
    expect(failing.stdout.split('\n').at(-2)).toBe(
      `5 secret(s) found (4 critical, 1 medium) in 1 commit(s) of commits ${base.slice(0, 12)}..${head.slice(0, 12)}`,
    );
    const report = rampart(repo.root, [
      '--range',
      `${base}..${head}`,
      '--format',
      'json',
      '--output',
      'baseline.json',
    ]);
    expect([report.code, report.stdout]).toEqual([0, '']);
    expect(report.stderr).toContain('5 secret(s) found');
    const json = JSON.parse(readFileSync(join(repo.root, 'baseline.json'), 'utf8'));
    expect(json.summary).toMatchObject({
      findings: 5,
      bySeverity: { critical: 4, high: 0, medium: 1, low: 0 },
    });
    const quiet = rampart(repo.root, [
      '--range',
      `${base}..${head}`,
      '--fail',
      '--baseline',
      'baseline.json',
    ]);
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).toContain('no secrets found in 1 commit(s)');
    expect(quiet.stdout).toContain('5 known from the baseline');
  });

  test('standard input, and a clean folder', () => {
    const token = factory.sample('npm-token');
    const piped = rampart(repo.root, ['-', '--fail'], `registry=x\nNPM_TOKEN=${token}\n`);
    expect(piped.code).toBe(1);
    expect(piped.stdout).toMatch(/^<stdin>:2:11 {2}high {2}npm-token {2}npm_… \(40 characters\)$/m);
    const clean = new GitRepo();
    writeFileSync(join(clean.root, 'app.js'), 'console.log("nothing to see");\n');
    expect(rampart(clean.root, ['--path', '.', '--fail'])).toEqual({
      code: 0,
      stdout: `no secrets found in 1 file(s) of ${clean.root}\n`,
      stderr: '',
    });
  });

  test('a large folder is scanned on worker threads, with the same report as one thread gives', () => {
    const big = new GitRepo();
    for (let index = 0; index < 600; index++) {
      const secret = index % 50 === 0 ? `\nNPM_TOKEN=${factory.sample('npm-token')}` : '';
      mkdirSync(join(big.root, `pkg${index % 20}`), { recursive: true });
      writeFileSync(
        join(big.root, `pkg${index % 20}`, `file${index}.env`),
        `A=${index}\nB=token-${index}${secret}\n`,
      );
    }
    const scan = (workers: string) =>
      spawnSync(process.execPath, [CLI, 'secrets', 'scan', '--path', '.', '--format', 'json'], {
        cwd: big.root,
        encoding: 'utf8',
        env: { ...process.env, RAMPART_SCAN_WORKERS: workers },
      });
    const [single, parallel] = [scan('1'), scan('2')];
    expect([single.status, parallel.status, parallel.stderr]).toEqual([0, 0, '']);
    const findingsOf = (stdout: string) => JSON.parse(stdout).findings as { path: string; line: number }[];
    expect(findingsOf(parallel.stdout)).toEqual(findingsOf(single.stdout));
    expect(findingsOf(parallel.stdout).map((finding) => `${finding.path}:${finding.line}`)).toHaveLength(12);
    expect(JSON.parse(parallel.stdout).summary.scanned.files).toBe(600);
  });

  test('bad usage exits 2 and says what to do', () => {
    expect(rampart(repo.root, ['--staged', '--history'])).toMatchObject({
      code: 2,
      stderr: 'error: choose one of --range, --staged, --history, --path and -; got --staged, --history\n',
    });
    expect(rampart(repo.root, ['--range', 'main'])).toMatchObject({
      code: 2,
      stderr:
        'error: --range "main" must be BASE..HEAD, e.g. ${{ github.event.before }}..${{ github.sha }}\n',
    });
    expect(rampart(repo.root, ['--format', 'xml']).stderr).toBe(
      'error: --format "xml" is not one of text, json, sarif, markdown\n',
    );
    expect(rampart(repo.root, ['src'])).toMatchObject({
      code: 2,
      stderr: 'error: unexpected argument "src": to scan a folder, use --path src\n',
    });
    expect(rampart(repo.root, ['--baseline', 'missing.json']).stderr).toMatch(
      /^error: missing\.json: cannot read baseline: ENOENT/,
    );
  });
});
