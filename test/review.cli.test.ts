import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GitRepo } from './support/git-repo';
import { runCli } from './support/run-cli';

const CONTROLLER = `package com.acme;

import javax.servlet.http.HttpServletRequest;

public class ReportController {
  private final ReportStore store = new ReportStore();

  public String show(HttpServletRequest request) throws Exception {
    String name = request.getParameter("name");
    return store.read(name);
  }
}
`;

const SAFE_STORE = `package com.acme;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

public class ReportStore {
  private static final Path BASE = Paths.get("/srv/reports");

  public String read(String name) throws Exception {
    Path file = BASE.resolve(Paths.get(name).getFileName());
    return Files.readString(file);
  }
}
`;

/** The same store, now opening the name it is given as it is: path traversal across two files. */
const VULNERABLE_STORE = SAFE_STORE.replace(
  '    Path file = BASE.resolve(Paths.get(name).getFileName());',
  '    Path file = Paths.get("/srv/reports/" + name);',
);

const WEAK_HASH = `import hashlib


def etag(body):
    return hashlib.md5(body).hexdigest()
`;

function repository(files: Record<string, string>): GitRepo {
  const repo = new GitRepo();
  repo.commit(files, 'initial');
  return repo;
}

describe('rampart review', () => {
  test('finds a flow across two files, prints it, and exits 1 at the default --fail-on high', async () => {
    const repo = repository({
      'src/ReportController.java': CONTROLLER,
      'src/ReportStore.java': VULNERABLE_STORE,
    });

    const run = await runCli('review', '--path', repo.root);

    expect(run.code).toBe(1);
    expect(run.stdout).toContain('src/ReportStore.java:12:');
    expect(run.stdout).toContain('path-traversal');
    expect(run.stdout).toContain('src/ReportController.java:9:');
    expect(run.stdout).toMatch(/1 finding\(s\)/);
  });

  test('exits 0 when the code is safe, and when findings are below --fail-on', async () => {
    const safe = repository({ 'src/ReportController.java': CONTROLLER, 'src/ReportStore.java': SAFE_STORE });
    expect((await runCli('review', '--path', safe.root)).code).toBe(0);

    const weakHashOnly = repository({ 'app/etag.py': WEAK_HASH });
    const run = await runCli(
      'review',
      '--path',
      weakHashOnly.root,
      '--fail-on',
      'critical',
      '--format',
      'json',
    );
    const report = JSON.parse(run.stdout) as { findings: { ruleId: string; severity: string }[] };
    expect(report.findings.map((finding) => finding.ruleId)).toEqual(['weak-hash']);
    expect(run.code).toBe(0);
    expect((await runCli('review', '--path', weakHashOnly.root, '--fail-on', 'low')).code).toBe(1);
  });

  test('diff mode reports only findings on lines changed since the base, still following flows from unchanged files', async () => {
    const repo = repository({
      'src/ReportController.java': CONTROLLER,
      'src/ReportStore.java': SAFE_STORE,
      'app/etag.py': WEAK_HASH,
    });
    repo.git('branch', 'base');
    repo.commit({ 'src/ReportStore.java': VULNERABLE_STORE }, 'open the name as given');

    const run = await runCli(
      'review',
      '--path',
      repo.root,
      '--mode',
      'diff',
      '--base',
      'base',
      '--format',
      'json',
    );

    const report = JSON.parse(run.stdout) as { mode: string; findings: { ruleId: string; path: string }[] };
    expect(report.mode).toBe('diff');
    expect(report.findings.map((finding) => [finding.ruleId, finding.path])).toEqual([
      ['path-traversal', 'src/ReportStore.java'],
    ]);
    expect(run.code).toBe(1);
  });

  test('build output, dependencies and the .rampart checkout are not reviewed', async () => {
    const repo = repository({
      'app/etag.py': WEAK_HASH,
      '.rampart/test/fixtures/etag.py': WEAK_HASH,
      'target/classes/etag.py': WEAK_HASH,
      'web/vendor/etag.py': WEAK_HASH,
      'web/app.min.js': "require('crypto').createHash('md5');\n",
    });

    const run = await runCli('review', '--path', repo.root, '--fail-on', 'none', '--format', 'json');

    const report = JSON.parse(run.stdout) as {
      findings: { path: string }[];
      summary: { filesReviewed: number };
    };
    expect(report.findings.map((finding) => finding.path)).toEqual(['app/etag.py']);
    expect(report.summary.filesReviewed).toBe(1);
  });

  test('in a git work tree, .gitignore holds: ignored files are not reviewed, new untracked ones are, deleted ones are no error', async () => {
    const repo = repository({
      '.gitignore': 'generated/\n',
      'app/etag.py': WEAK_HASH,
      'app/old.py': WEAK_HASH,
    });
    writeFileSync(join(repo.root, 'app', 'new.py'), WEAK_HASH);
    mkdirSync(join(repo.root, 'generated'));
    writeFileSync(join(repo.root, 'generated', 'etag.py'), WEAK_HASH);
    rmSync(join(repo.root, 'app', 'old.py'));

    const run = await runCli('review', '--path', repo.root, '--fail-on', 'none', '--format', 'json');

    const report = JSON.parse(run.stdout) as { findings: { path: string }[]; skipped: unknown[] };
    expect(report.findings.map((finding) => finding.path)).toEqual(['app/etag.py', 'app/new.py']);
    expect(report.skipped).toEqual([]);
    expect(run.code).toBe(0);
  });

  test('--languages limits the files reviewed; --output writes the report, --junit a CodeBuild report, and stderr the summary', async () => {
    const repo = repository({
      'src/ReportController.java': CONTROLLER,
      'src/ReportStore.java': VULNERABLE_STORE,
      'app/etag.py': WEAK_HASH,
    });
    const output = join(repo.root, '..', `review-${Date.now()}.sarif`);
    const junit = join(repo.root, '..', `review-${Date.now()}.xml`);

    const run = await runCli(
      'review',
      ...[
        '--path',
        repo.root,
        '--languages',
        'python',
        '--format',
        'sarif',
        '--output',
        output,
        '--junit',
        junit,
        '--fail-on',
        'none',
      ],
    );

    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('1 finding(s)');
    const sarif = JSON.parse(readFileSync(output, 'utf8')) as {
      runs: { results: { ruleId: string }[]; tool: { driver: { rules: { id: string }[] } } }[];
    };
    expect(sarif.runs[0]?.results.map((result) => result.ruleId)).toEqual(['weak-hash']);
    expect(sarif.runs[0]?.tool.driver.rules.map((rule) => rule.id)).toContain('sql-injection');
    expect(readFileSync(junit, 'utf8')).toMatch(
      /<testcase name="weak-hash app\/etag\.py:5:\d+" classname="rampart\.review\.weak-hash"/,
    );
  });

  test('a baseline of an earlier review accepts its findings; new ones still fail', async () => {
    const repo = repository({ 'app/etag.py': WEAK_HASH });
    const baseline = join(repo.root, '..', `baseline-${Date.now()}.json`);
    await runCli(
      'review',
      '--path',
      repo.root,
      '--format',
      'json',
      '--output',
      baseline,
      '--fail-on',
      'none',
    );

    expect(
      (await runCli('review', '--path', repo.root, '--fail-on', 'low', '--baseline', baseline)).code,
    ).toBe(0);

    repo.commit({ 'app/sign.py': WEAK_HASH.replace('md5', 'sha1').replace('etag', 'sign') });
    const run = await runCli('review', '--path', repo.root, '--fail-on', 'low', '--baseline', baseline);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('app/sign.py:5:');
    expect(run.stdout).not.toContain('app/etag.py');
  });

  test('aws-codeguru-reviewer.yml excludeFiles and an inline rampart-ignore with a reason are honoured', async () => {
    const repo = repository({
      'aws-codeguru-reviewer.yml': 'version: 1.0\nexcludeFiles:\n  - legacy/**\n',
      'legacy/old_etag.py': WEAK_HASH,
      'app/etag.py': WEAK_HASH.replace(
        '    return hashlib.md5(body).hexdigest()',
        '    # rampart-ignore: weak-hash ETags are cache keys, not security\n    return hashlib.md5(body).hexdigest()',
      ),
    });

    const run = await runCli('review', '--path', repo.root, '--fail-on', 'low', '--format', 'json');

    const report = JSON.parse(run.stdout) as { findings: unknown[]; suppressed: { reason: string }[] };
    expect(report.findings).toEqual([]);
    expect(report.suppressed.map((entry) => entry.reason)).toEqual([
      'rampart-ignore: ETags are cache keys, not security',
    ]);
    expect(run.code).toBe(0);
  });

  test('a file that does not parse is named and skipped: the rest is still reviewed, and the exit code is 2', async () => {
    const repo = repository({
      'app/etag.py': WEAK_HASH,
      'src/Broken.java': 'public class Broken {\n  void f( {\n}\n',
    });

    const run = await runCli('review', '--path', repo.root, '--fail-on', 'none');

    expect(run.code).toBe(2);
    expect(run.stdout).toContain('app/etag.py:5:');
    expect(run.stderr).toMatch(/^warning: src\/Broken\.java:2:\d+: syntax error/m);
  });

  test('bad usage exits 2 with a message naming the flag', async () => {
    const repo = repository({ 'app/etag.py': WEAK_HASH });
    const cases: [string[], string][] = [
      [['--fail-on', 'severe'], '--fail-on "severe" is not one of critical, high, medium, low, none'],
      [['--format', 'xml'], '--format "xml" is not one of text, json, sarif, markdown, junit'],
      [['--mode', 'partial'], '--mode "partial" is not one of full, diff'],
      [
        ['--languages', 'java,cobol'],
        '--languages "cobol" is not one of java, python, js, javascript, typescript',
      ],
      [['--engine', 'codeguru'], '--engine codeguru needs --codeguru-association-arn'],
      [['--mode', 'diff', '--base', 'no-such-branch'], 'no-such-branch'],
    ];
    for (const [flags, message] of cases) {
      const run = await runCli('review', '--path', repo.root, ...flags);
      expect({ flags, code: run.code }).toEqual({ flags, code: 2 });
      expect(run.stderr).toContain(message);
    }
  });

  test('a malformed baseline or aws-codeguru-reviewer.yml is bad input naming the file', async () => {
    const repo = repository({
      'app/etag.py': WEAK_HASH,
      'aws-codeguru-reviewer.yml': 'version: 1.0\nexcludeFiles: 7\n',
    });
    const codeguru = await runCli('review', '--path', repo.root);
    expect(codeguru.code).toBe(2);
    expect(codeguru.stderr).toContain('aws-codeguru-reviewer.yml:2');

    writeFileSync(join(repo.root, 'aws-codeguru-reviewer.yml'), 'version: 1.0\n');
    const baseline = join(repo.root, 'baseline.json');
    writeFileSync(baseline, '{ not json');
    const run = await runCli('review', '--path', repo.root, '--baseline', baseline);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('baseline.json');
  });
});
