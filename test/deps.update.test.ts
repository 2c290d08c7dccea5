/**
 * The consumer side on real git repositories: a bare repository as the remote (and as the fake
 * GitHub's repository, so that opening a pull request needs its branches pushed), a clone as the
 * checkout, and the local GitHub stand-in for the pull requests.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitHubClient } from '../src/github/rest-client';
import { UPDATE_TRAILER } from '../src/deps/git-branch';
import { npmLockfileRefresher } from '../src/deps/lockfile';
import type { Release } from '../src/deps/release';
import { updateDependency, type UpdateOptions } from '../src/deps/update';
import { commitAll, git, type LocalRepository, localRepository } from './support/deps-fixtures';
import { type FakeGitHub, type FakeRepository, startFakeGitHub } from './support/github-api';
import { runCli } from './support/run-cli';

const POM = `<project>
  <!-- orders -->
  <properties>
    <shared-lib.version>1.2.0</shared-lib.version>
  </properties>
  <dependencies>
    <dependency>
      <groupId>com.acme</groupId>
      <artifactId>shared-lib</artifactId>
      <version>\${shared-lib.version}</version>
    </dependency>
  </dependencies>
</project>
`;
const release = (version: string): Release => ({
  package: 'com.acme:shared-lib',
  ecosystem: 'maven',
  version,
  changelogUrl: `https://github.com/acme/shared-lib/releases/tag/v${version}`,
  producer: 'acme/shared-lib',
});

let github: FakeGitHub;
let repo: LocalRepository;
let fakeRepo: FakeRepository;
beforeEach(async () => {
  github = await startFakeGitHub('acme', 'orders');
  repo = localRepository('orders', { 'pom.xml': POM, 'README.md': '# orders\n' });
  fakeRepo = github.repository('acme/orders', { gitDir: repo.remote });
});
afterEach(() => github.close());

function options(version: string, extra: Partial<UpdateOptions> = {}): UpdateOptions {
  return {
    root: repo.checkout,
    release: release(version),
    github: {
      client: new GitHubClient({ token: github.token, apiUrl: github.apiUrl }),
      repository: { owner: 'acme', repo: 'orders' },
    },
    ...extra,
  };
}

const writes = () => github.requests.filter((request) => request.method !== 'GET');

describe('deps update', () => {
  test('pushes rampart/update-<package>-<version> with only the version changed and opens the pull request', async () => {
    const headBefore = git(repo.checkout, 'rev-parse', 'HEAD');
    const result = await updateDependency(options('2.0.0'));
    const branch = 'rampart/update-com.acme-shared-lib-2.0.0';
    expect(result).toMatchObject({
      status: 'updated',
      branch,
      pushed: true,
      pullRequest: { number: 1, action: 'opened' },
    });
    expect(repo.fileOn(branch, 'pom.xml')).toBe(POM.replace('>1.2.0<', '>2.0.0<'));
    expect(repo.fileOn(branch, 'README.md')).toBe('# orders\n');
    const message = git(repo.remote, 'log', '-1', '--format=%an <%ae>%n%B', `refs/heads/${branch}`);
    expect(message).toBe(
      `github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>\nUpdate com.acme:shared-lib to 2.0.0\n\n${UPDATE_TRAILER}: maven com.acme:shared-lib 2.0.0`,
    );
    // The checkout the command ran in is as it was: same commit, no new branch, clean tree.
    expect(git(repo.checkout, 'rev-parse', 'HEAD')).toBe(headBefore);
    expect(git(repo.checkout, 'branch', '--list')).toBe('* main');
    expect(git(repo.checkout, 'status', '--porcelain')).toBe('');
    expect(git(repo.checkout, 'worktree', 'list').split('\n')).toHaveLength(1);
    const [pull] = fakeRepo.pulls;
    expect(pull).toMatchObject({
      head: branch,
      base: 'main',
      state: 'open',
      title: 'Update com.acme:shared-lib from 1.2.0 to 2.0.0',
    });
    expect(pull?.body).toContain('| `pom.xml` | 4 | 1.2.0 | 2.0.0 |');
    expect(pull?.body).toContain('Release notes: https://github.com/acme/shared-lib/releases/tag/v2.0.0');
    expect(pull?.body).toContain(
      '<!-- rampart-dependency: {"ecosystem":"maven","package":"com.acme:shared-lib","version":"2.0.0","producer":"acme/shared-lib"} -->',
    );
  });

  test('a second run changes nothing and opens nothing', async () => {
    await updateDependency(options('2.0.0'));
    const branch = 'rampart/update-com.acme-shared-lib-2.0.0';
    const pushed = repo.branchCommit(branch);
    const writesBefore = writes().length;
    const again = await updateDependency(options('2.0.0'));
    expect(again).toMatchObject({
      status: 'unchanged',
      pushed: false,
      pullRequest: { number: 1, action: 'unchanged' },
    });
    expect(repo.branchCommit(branch)).toBe(pushed);
    expect(writes()).toHaveLength(writesBefore);
    expect(fakeRepo.pulls).toHaveLength(1);
  });

  test('a newer release moves the open pull request to it instead of opening a second', async () => {
    await updateDependency(options('2.0.0'));
    const result = await updateDependency(options('2.1.0'));
    const branch = 'rampart/update-com.acme-shared-lib-2.0.0';
    expect(result).toMatchObject({
      status: 'updated',
      branch,
      pushed: true,
      pullRequest: { number: 1, action: 'updated' },
    });
    expect(fakeRepo.pulls).toHaveLength(1);
    expect(fakeRepo.pulls[0]?.title).toBe('Update com.acme:shared-lib from 1.2.0 to 2.1.0');
    expect(repo.fileOn(branch, 'pom.xml')).toBe(POM.replace('>1.2.0<', '>2.1.0<'));
    expect(repo.branchCommit('rampart/update-com.acme-shared-lib-2.1.0')).toBeUndefined();
  });

  test('never a downgrade: an older release than the open pull request is skipped, as is one already on main', async () => {
    await updateDependency(options('2.1.0'));
    const older = await updateDependency(options('2.0.1'));
    expect(older).toMatchObject({ status: 'skipped', pushed: false });
    expect(older.detail).toBe(
      'pull request #1 already updates com.acme:shared-lib to 2.1.0, newer than 2.0.1',
    );
    expect(fakeRepo.pulls[0]?.title).toContain('2.1.0');
    repo.pushToMain({ 'pom.xml': POM.replace('>1.2.0<', '>2.2.0<') });
    const behind = await updateDependency(options('2.1.5'));
    expect(behind).toMatchObject({ status: 'up-to-date', pushed: false });
    expect(behind.detail).toBe(
      'com.acme:shared-lib is already at 2.2.0 (not older than 2.1.5): nothing to change',
    );
  });

  test('SNAPSHOT and pre-release versions are skipped unless allowed', async () => {
    const snapshot = await updateDependency(options('2.0.0-SNAPSHOT'));
    expect(snapshot).toMatchObject({ status: 'skipped', pushed: false });
    expect(snapshot.detail).toContain('SNAPSHOT or pre-release');
    expect(await updateDependency(options('2.0.0-RC1'))).toMatchObject({ status: 'skipped' });
    expect(writes()).toEqual([]);
    const allowed = await updateDependency(options('2.0.0-RC1', { allowPrerelease: true }));
    expect(allowed).toMatchObject({
      status: 'updated',
      branch: 'rampart/update-com.acme-shared-lib-2.0.0-RC1',
    });
  });

  test('a pull request someone closed without merging is not opened again', async () => {
    await updateDependency(options('2.0.0'));
    fakeRepo.pulls[0]!.state = 'closed';
    const result = await updateDependency(options('2.0.0'));
    expect(result).toMatchObject({ status: 'skipped', pushed: false });
    expect(result.detail).toBe('pull request #1 for 2.0.0 was closed without merging: not opened again');
    expect(fakeRepo.pulls).toHaveLength(1);
  });

  test('commits someone else pushed to the update branch are left alone', async () => {
    await updateDependency(options('2.0.0'));
    const branch = 'rampart/update-com.acme-shared-lib-2.0.0';
    const fixer = join(mkdtempSync(join(tmpdir(), 'rampart-fixer-')), 'orders');
    git(tmpdir(), 'clone', '--quiet', '--branch', branch, repo.remote, fixer);
    commitAll(fixer, { 'src/Adapter.java': 'class Adapter {}\n' }, 'Adapt to shared-lib 2');
    git(fixer, 'push', '--quiet', 'origin', branch);
    const fixed = repo.branchCommit(branch);
    const result = await updateDependency(options('2.1.0'));
    expect(result).toMatchObject({ status: 'unchanged', pushed: false });
    expect(result.detail).toBe(
      `${branch} has commits that are not Rampart's: left as it is (apply 2.1.0 there by hand)`,
    );
    expect(repo.branchCommit(branch)).toBe(fixed);
  });

  test('when main moves on, the branch is rebuilt on it and the same pull request kept', async () => {
    await updateDependency(options('2.0.0'));
    repo.pushToMain({ 'CHANGELOG.md': '# changes\n' });
    const result = await updateDependency(options('2.0.0'));
    expect(result).toMatchObject({
      status: 'updated',
      pushed: true,
      pullRequest: { number: 1, action: 'unchanged' },
    });
    expect(repo.fileOn('rampart/update-com.acme-shared-lib-2.0.0', 'CHANGELOG.md')).toBe('# changes\n');
  });

  test('without GitHub the branch is pushed and no pull request opened', async () => {
    const result = await updateDependency({ ...options('2.0.0'), github: undefined, base: 'main' });
    expect(result).toMatchObject({ status: 'updated', pushed: true, pullRequest: undefined });
    expect(github.requests).toEqual([]);
    expect(repo.fileOn('rampart/update-com.acme-shared-lib-2.0.0', 'pom.xml')).toContain('>2.0.0<');
  });

  test('declared only in ways Rampart cannot change: the update fails and says where and why', async () => {
    repo.pushToMain({ 'pom.xml': POM.replace('${shared-lib.version}', '[1.0,2.0)') });
    await expect(updateDependency(options('2.0.0'))).rejects.toThrow(
      'com.acme:shared-lib is declared, but not in a way Rampart can change:\n  pom.xml:10: version "[1.0,2.0)" is a range or expression',
    );
    expect(writes()).toEqual([]);
  });
});

describe('npm lockfiles', () => {
  const manifest = (range: string) =>
    `{\n  "name": "orders",\n  "version": "1.0.0",\n  "private": true,\n  "dependencies": {\n    "is-number": "${range}"\n  }\n}\n`;

  test('package-lock.json is refreshed with npm install --package-lock-only (the npm registry)', async () => {
    const work = mkdtempSync(join(tmpdir(), 'rampart-npm-'));
    writeFileSync(join(work, 'package.json'), manifest('^6.0.0'));
    execFileSync('npm', ['install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund'], {
      cwd: work,
      stdio: 'pipe',
    });
    const npmRepo = localRepository('web', {
      'package.json': manifest('^6.0.0'),
      'package-lock.json': readFileSync(join(work, 'package-lock.json'), 'utf8'),
    });
    const result = await updateDependency({
      root: npmRepo.checkout,
      release: { package: 'is-number', ecosystem: 'npm', version: '7.0.0' },
      refreshLockfile: npmLockfileRefresher,
    });
    const branch = 'rampart/update-is-number-7.0.0';
    expect(result).toMatchObject({ status: 'updated', branch });
    expect(npmRepo.fileOn(branch, 'package.json')).toBe(manifest('^7.0.0'));
    const lock = JSON.parse(npmRepo.fileOn(branch, 'package-lock.json') ?? '{}');
    expect(lock.packages['']).toMatchObject({ dependencies: { 'is-number': '^7.0.0' } });
    expect(lock.packages['node_modules/is-number'].version).toBe('7.0.0');
  }, 120_000);

  test("a workspace member's change refreshes the root lockfile (refresher injected, no registry)", async () => {
    const npmRepo = localRepository('mono', {
      'package.json': '{ "name": "mono", "workspaces": ["packages/*"] }\n',
      'package-lock.json': '{ "lockfileVersion": 3 }\n',
      'packages/web/package.json': '{ "name": "web", "dependencies": { "@acme/shared-lib": "^1.0.0" } }\n',
    });
    const refreshedIn: string[] = [];
    const result = await updateDependency({
      root: npmRepo.checkout,
      release: { package: '@acme/shared-lib', ecosystem: 'npm', version: '1.1.0' },
      refreshLockfile: async (directory) => {
        // The worktree's root, with the member already changed when npm runs.
        refreshedIn.push(readFileSync(join(directory, 'package.json'), 'utf8'));
        expect(readFileSync(join(directory, 'packages/web/package.json'), 'utf8')).toContain('"^1.1.0"');
        writeFileSync(join(directory, 'package-lock.json'), '{ "lockfileVersion": 3, "refreshed": true }\n');
      },
    });
    expect(refreshedIn).toEqual(['{ "name": "mono", "workspaces": ["packages/*"] }\n']);
    expect(npmRepo.fileOn(result.branch ?? '', 'package-lock.json')).toContain('"refreshed": true');
    expect(npmRepo.fileOn(result.branch ?? '', 'packages/web/package.json')).toContain('"^1.1.0"');
  });
});

describe('rampart deps update (the CLI in-process)', () => {
  let saved: NodeJS.ProcessEnv;
  beforeEach(() => {
    saved = { ...process.env };
    Object.assign(process.env, {
      GITHUB_TOKEN: github.token,
      GITHUB_API_URL: github.apiUrl,
      GITHUB_REPOSITORY: 'acme/orders',
    });
    delete process.env.GITHUB_EVENT_PATH;
  });
  afterEach(() => {
    process.env = saved;
  });

  test('reads the release from the repository_dispatch event; a rerun says unchanged', async () => {
    const event = join(mkdtempSync(join(tmpdir(), 'rampart-event-')), 'event.json');
    writeFileSync(
      event,
      JSON.stringify({
        action: 'library-released',
        client_payload: {
          package: 'com.acme:shared-lib',
          ecosystem: 'maven',
          version: '2.0.0',
          producer: 'acme/shared-lib',
        },
      }),
    );
    process.env.GITHUB_EVENT_PATH = event;
    const first = await runCli('deps', 'update', '--path', repo.checkout, '--skip-lockfile');
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(
      '  pom.xml:4  1.2.0 -> 2.0.0\nupdated: pushed rampart/update-com.acme-shared-lib-2.0.0; opened pull request #1: https://github.com/acme/orders/pull/1\n',
    );
    const second = await runCli('deps', 'update', '--path', repo.checkout, '--skip-lockfile');
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(
      /^unchanged: rampart\/update-com\.acme-shared-lib-2\.0\.0 already has com\.acme:shared-lib 2\.0\.0; pull request #1 is up to date/m,
    );
  });

  test.each([
    [
      'a package declared in no build file',
      ['--package', 'com.acme:other-lib', '--ecosystem', 'maven', '--version', '1.0.0'],
      'error: com.acme:other-lib (maven) is not declared in any build file of this repository (looked for it in 1 file(s): Maven pom.xml, Gradle build script, Gradle version catalog)\n',
    ],
    [
      'an unknown ecosystem',
      ['--package', 'shared-lib', '--ecosystem', 'cargo', '--version', '1.0.0'],
      'error: --ecosystem "cargo" is not a known ecosystem (known: maven, npm, pypi)\n',
    ],
    [
      'no release at all',
      [],
      'error: --package is required (or an event that carries it)\nerror: --ecosystem is required (or an event that carries it)\nerror: --version is required (or an event that carries it)\n',
    ],
  ])('%s is bad input (exit 2)', async (_, args, stderr) => {
    const run = await runCli('deps', 'update', '--path', repo.checkout, ...args);
    expect(run.stderr).toBe(stderr);
    expect(run.code).toBe(2);
    expect(writes()).toEqual([]);
  });

  test('no token is bad input unless --push-only', async () => {
    delete process.env.GITHUB_TOKEN;
    const args = [
      'deps',
      'update',
      '--path',
      repo.checkout,
      '--package',
      'com.acme:shared-lib',
      '--ecosystem',
      'maven',
      '--version',
      '2.0.0',
    ];
    const refused = await runCli(...args);
    expect(refused.stderr).toBe(
      'error: GITHUB_TOKEN is needed to open the pull request (or use --push-only)\n',
    );
    expect(refused.code).toBe(2);
    const pushed = await runCli(...args, '--push-only', '--git-author', 'Release Bot <bot@example.com>');
    expect(pushed.code).toBe(0);
    expect(
      git(
        repo.remote,
        'log',
        '-1',
        '--format=%an <%ae>',
        'refs/heads/rampart/update-com.acme-shared-lib-2.0.0',
      ),
    ).toBe('Release Bot <bot@example.com>');
  });

  test('--help lists every flag', async () => {
    const help = await runCli('deps', 'update', '--help');
    for (const flag of [
      '--package',
      '--ecosystem',
      '--version',
      '--changelog-url',
      '--producer',
      '--event',
      '--path',
      '--base',
      '--remote',
      '--repository',
      '--allow-prerelease',
      '--skip-lockfile',
      '--push-only',
      '--git-author',
    ]) {
      expect(help.stdout).toContain(`  ${flag}`);
    }
    expect(help.code).toBe(0);
  });
});
