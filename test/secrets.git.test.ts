import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultSecretsConfig } from '../src/secrets/config';
import { parseSecretsConfig } from '../src/secrets/config-file';
import { type ScanTarget, scanForSecrets } from '../src/secrets/scan';
import { BUILT_IN_RULES } from '../src/secrets/rules';
import { GitRepo, ZERO_SHA } from './support/git-repo';
import { lineWith, SecretFactory } from './support/secret-samples';

const factory = new SecretFactory(101);

function scan(repo: GitRepo, target: ScanTarget, config = defaultSecretsConfig()) {
  return scanForSecrets({ target, root: repo.root, config });
}

const places = (result: Awaited<ReturnType<typeof scan>>) =>
  result.findings.map(
    (finding) => `${finding.ruleId} ${finding.path}:${finding.line} ${finding.commit?.slice(0, 7)}`,
  );

describe('a push: only the lines its commits added', () => {
  test('a clean push finds nothing', async () => {
    const repo = new GitRepo();
    const base = repo.commit({ 'README.md': '# app\n' });
    const head = repo.commit({ 'src/app.js': 'console.log("hello");\n' });
    const result = await scan(repo, { kind: 'range', base, head });
    expect([result.findings, result.scanned.commits]).toEqual([[], 1]);
  });

  test('every kind of secret, each in its own commit, with the commit, author and line', async () => {
    const repo = new GitRepo();
    const base = repo.commit({ 'README.md': '# app\n' });
    const expected: string[] = [];
    for (const rule of BUILT_IN_RULES) {
      const secret = factory.sample(rule.id);
      const text = rule.id === 'private-key' ? secret : lineWith(rule.id, secret, 'py');
      const sha = repo.commit(
        { [`config/${rule.id}.py`]: `# settings\n\n${text}\n` },
        `add ${rule.id}`,
        'Dev Two <dev2@example.com>',
      );
      expected.push(`${rule.id} config/${rule.id}.py:3 ${sha.slice(0, 7)}`);
    }
    const result = await scan(repo, { kind: 'range', base, head: repo.head() });
    expect(places(result).sort()).toEqual(expected.sort());
    expect(new Set(result.findings.map((finding) => finding.author))).toEqual(
      new Set(['Dev Two <dev2@example.com>']),
    );
    expect(result.scanned.commits).toBe(BUILT_IN_RULES.length);
  });

  test('deleting a file that holds a secret, or renaming it unchanged, adds no line and finds nothing', async () => {
    const repo = new GitRepo();
    const token = factory.sample('github-token');
    const base = repo.commit({ 'old.env': `GITHUB_TOKEN=${token}\n`, 'keep.env': `TOKEN=${token}\n` });
    repo.git('mv', 'keep.env', 'moved.env');
    repo.commit({ 'old.env': null }, 'delete and rename');
    const result = await scan(repo, { kind: 'range', base, head: repo.head() });
    expect(result.findings).toEqual([]);
  });

  test('a renamed file with a new line is reported at its new path', async () => {
    const repo = new GitRepo();
    const base = repo.commit({ 'a/config.env': 'A=1\nB=2\nC=3\nD=4\n' });
    mkdirSync(join(repo.root, 'b'));
    repo.git('mv', 'a/config.env', 'b/config file é.env');
    const key = factory.sample('stripe-api-key');
    writeFileSync(join(repo.root, 'b/config file é.env'), `A=1\nB=2\nC=3\nD=4\nSTRIPE=${key}\n`);
    const head = repo.commit({});
    const result = await scan(repo, { kind: 'range', base, head });
    expect(places(result)).toEqual([`stripe-api-key b/config file é.env:5 ${head.slice(0, 7)}`]);
  });

  test('binary files are skipped and listed', async () => {
    const repo = new GitRepo();
    const base = repo.commit({ 'README.md': '# app\n' });
    const token = factory.sample('github-token');
    repo.commit({
      'image.png': Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]), Buffer.from(token)]),
    });
    const result = await scan(repo, { kind: 'range', base, head: repo.head() });
    expect([result.findings, result.binaryFiles]).toEqual([[], ['image.png']]);
  });

  test('a secret added and removed within the push is still reported: it is in the history', async () => {
    const repo = new GitRepo();
    const base = repo.commit({ 'app.env': 'A=1\n' });
    const added = repo.commit({ 'app.env': `A=1\nNPM_TOKEN=${factory.sample('npm-token')}\n` }, 'oops');
    repo.commit({ 'app.env': 'A=1\n' }, 'remove it again');
    const result = await scan(repo, { kind: 'range', base, head: repo.head() });
    expect(places(result)).toEqual([`npm-token app.env:2 ${added.slice(0, 7)}`]);
  });

  test('a force push (base no ancestor of head) scans the commits head has and base lacks', async () => {
    const repo = new GitRepo();
    const root = repo.commit({ 'README.md': '# app\n' });
    const rewritten = repo.commit({ 'a.txt': 'old work\n' });
    repo.git('reset', '--quiet', '--hard', root);
    const replacement = repo.commit({ 'b.env': `KEY=${factory.sample('google-api-key')}\n` });
    const result = await scan(repo, { kind: 'range', base: rewritten, head: replacement });
    expect(places(result)).toEqual([`google-api-key b.env:1 ${replacement.slice(0, 7)}`]);
  });

  test('the first push of a repository (base of zeros, no other branch) scans every commit', async () => {
    const repo = new GitRepo();
    const first = repo.commit({ 'a.env': `SLACK=${factory.sample('slack-token')}\n` });
    repo.commit({ 'b.txt': 'more\n' });
    const result = await scan(repo, { kind: 'range', base: ZERO_SHA, head: repo.head() });
    expect(places(result)).toEqual([`slack-token a.env:1 ${first.slice(0, 7)}`]);
    expect(result.scanned.commits).toBe(2);
  });

  test('a new branch (base of zeros) scans only the commits no other branch holds', async () => {
    const repo = new GitRepo();
    repo.commit({ 'main.env': `OLD=${factory.sample('npm-token')}\n` });
    repo.git('checkout', '--quiet', '-b', 'feature');
    const own = repo.commit({ 'feature.env': `NEW=${factory.sample('npm-token')}\n` });
    const result = await scan(repo, { kind: 'range', base: ZERO_SHA, head: 'HEAD' });
    expect(places(result)).toEqual([`npm-token feature.env:1 ${own.slice(0, 7)}`]);
  });

  test('a base git does not have is said, and the branch is scanned as a new one', async () => {
    const repo = new GitRepo();
    repo.commit({ 'main.txt': 'x\n' });
    const missing = 'f'.repeat(40);
    const result = await scan(repo, { kind: 'range', base: missing, head: 'HEAD' });
    expect(result.notes).toEqual([
      `base ${missing} is not in this repository (a force push over commits not fetched?): scanned the commits of HEAD that no other branch holds`,
    ]);
  });
});

test('staged: the lines added in the index, not those only in the work tree', async () => {
  const repo = new GitRepo();
  repo.commit({ 'a.env': 'A=1\n' });
  writeFileSync(join(repo.root, 'a.env'), `A=1\nTOKEN=${factory.sample('github-token')}\n`);
  repo.git('add', 'a.env');
  writeFileSync(join(repo.root, 'b.env'), `TOKEN=${factory.sample('github-token')}\n`);
  const result = await scan(repo, { kind: 'staged' });
  expect(result.findings.map((finding) => `${finding.path}:${finding.line} ${finding.commit}`)).toEqual([
    'a.env:2 undefined',
  ]);
});

test('history: every commit reachable from HEAD', async () => {
  const repo = new GitRepo();
  repo.commit({ 'a.env': `K=${factory.sample('npm-token')}\n` });
  repo.commit({ 'a.env': 'K=\n' });
  repo.commit({ 'b.env': `K=${factory.sample('npm-token')}\n` });
  const result = await scan(repo, { kind: 'history' });
  expect(result.findings.map((finding) => finding.path)).toEqual(['a.env', 'b.env']);
});

describe('the config: skip, allow, baseline, custom rules', () => {
  test('skipped paths, allowed fingerprints, baselined findings and the inline marker each keep a finding from failing', async () => {
    const repo = new GitRepo();
    const base = repo.commit({ 'README.md': '# app\n' });
    const [allowed, baselined, active] = [1, 2, 3].map(() => factory.sample('npm-token'));
    repo.commit({
      'test/fixtures/leak.env': `K=${factory.sample('npm-token')}\n`,
      'a.env': `ALLOWED=${allowed}\nKNOWN=${baselined}\nNEW=${active}\nMARKED=${factory.sample('npm-token')} # rampart:allow-secret\n`,
    });
    const first = await scan(repo, { kind: 'range', base, head: repo.head() });
    const fingerprintOf = (line: number) =>
      first.findings.find((finding) => finding.path === 'a.env' && finding.line === line)?.fingerprint ?? '';
    const config = parseSecretsConfig(
      `skip: ['test/fixtures/**']\nallow:\n  - fingerprint: ${fingerprintOf(1)}\n    reason: revoked test token\n`,
      'secrets.yml',
    );
    const result = await scanForSecrets({
      target: { kind: 'range', base, head: repo.head() },
      root: repo.root,
      config,
      baseline: new Set([fingerprintOf(2)]),
    });
    expect(result.findings.map((finding) => `${finding.path}:${finding.line}`)).toEqual(['a.env:3']);
    expect(result.allowed.map((finding) => [finding.line, finding.reason])).toEqual([
      [1, 'revoked test token'],
    ]);
    expect(result.baselined.map((finding) => finding.line)).toEqual([2]);
  });

  test('a custom rule in RE2 syntax finds its secret; disabled built-in rules find nothing', async () => {
    const config = parseSecretsConfig(
      [
        'disable: [npm-token]',
        'rules:',
        '  - id: acme-api-key',
        '    description: ACME API key',
        '    keywords: [acme_]',
        "    pattern: '\\b(acme_[a-z0-9]{32})\\b'",
        '    maxMatchLength: 40',
      ].join('\n'),
      'secrets.yml',
    );
    const acme = `acme_${factory.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32)}`;
    const result = await scanForSecrets({
      target: { kind: 'text', name: 'x.env', text: `A=${acme}\nB=${factory.sample('npm-token')}\n` },
      root: '.',
      config,
    });
    expect(result.findings.map((finding) => [finding.ruleId, finding.line, finding.severity])).toEqual([
      ['acme-api-key', 1, 'high'],
    ]);
  });

  test('every config problem at once, with file, line and field; a pattern RE2 cannot run in linear time is one', () => {
    const text = [
      'skip: app',
      'disable: [npm-token, no-such-rule]',
      'allow:',
      '  - fingerprint: abc',
      'rules:',
      '  - id: backref',
      '    description: x',
      "    pattern: '(a+)\\1'",
      '  - id: github-token',
      '    description: y',
      "    pattern: '(?=x)y'",
      '    colour: red',
    ].join('\n');
    expect(() => parseSecretsConfig(text, 'secrets.yml')).toThrow(
      expect.objectContaining({
        problems: [
          'secrets.yml:1: skip "app" must be a list of path globs',
          'secrets.yml:2: disable[1] "no-such-rule" is not a built-in rule (known: ' +
            BUILT_IN_RULES.map((rule) => rule.id).join(', ') +
            ')',
          'secrets.yml:4: allow[0] is missing "reason"',
          'secrets.yml:4: allow[0].fingerprint "abc" must be a finding\'s fingerprint (24 hexadecimal digits)',
          expect.stringMatching(
            /^secrets\.yml:8: rules\[0\]\.pattern is not valid RE2, the syntax that keeps matching linear in time \(no backreferences, lookahead or lookbehind\): .+/,
          ),
          'secrets.yml:9: rules[1].id "github-token" is a built-in rule\'s id: choose another (or disable the built-in one)',
          expect.stringMatching(/^secrets\.yml:11: rules\[1\]\.pattern is not valid RE2/),
          'secrets.yml:12: rules[1].colour is not a known key (known: id, description, severity, keywords, pattern, maxMatchLength, minEntropy, remediation)',
        ],
      }),
    );
  });
});
