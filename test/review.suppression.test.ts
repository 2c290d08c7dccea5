import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../src/errors';
import { renderReview } from '../src/review/report';
import {
  applySuppressions,
  CODEGURU_CONFIG_FILE,
  isExcludedPath,
  loadCodeGuruConfig,
  loadReviewBaseline,
  parseCodeGuruConfig,
} from '../src/review/suppression';
import { compileJavaGlob } from '../src/review/suppression/java-glob';
import type { ReviewFinding } from '../src/review/types';
import { tempDir } from './support/deploy-fixtures';
import {
  HARDCODED_CREDENTIALS,
  HASH_FINDING,
  KEY_FINDING,
  PATH_TRAVERSAL,
  sampleResult,
  TRAVERSAL_FINDING,
  WEAK_HASH,
} from './support/review-result';

const RULES = [PATH_TRAVERSAL, WEAK_HASH, HARDCODED_CREDENTIALS];

function problemsOf(action: () => unknown): string[] {
  try {
    action();
  } catch (error) {
    if (error instanceof InputError) return error.problems;
    throw error;
  }
  throw new Error('expected an InputError');
}

async function asyncProblemsOf(action: () => Promise<unknown>): Promise<string[]> {
  const error = await action().then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (error instanceof InputError) return error.problems;
  throw new Error(`expected an InputError, got ${String(error)}`);
}

function finding(overrides: Partial<ReviewFinding>): ReviewFinding {
  return { ...TRAVERSAL_FINDING, flow: undefined, ...overrides };
}

function reasonsOf(findings: ReviewFinding[], config: string): (string | undefined)[] {
  const codeguruConfig = parseCodeGuruConfig(config, CODEGURU_CONFIG_FILE);
  const outcome = applySuppressions(findings, { rules: RULES, codeguruConfig });
  return findings.map((item) => outcome.suppressed.find((entry) => entry.finding === item)?.reason);
}

describe('globs as CodeGuru reads them (Java PathMatcher syntax)', () => {
  const matches = (glob: string, path: string) => compileJavaGlob(glob).test(path);

  test('the AWS user guide examples', () => {
    expect(matches('some-package/**', 'some-package/a/B.java')).toBe(true);
    expect(matches('tst/**', 'tst/Unit.java')).toBe(true);
    expect(matches('tst/**', 'src/tst/Unit.java')).toBe(false);
    // "all JSON files in a sub-directory under a directory prefixed with some-"
    expect(matches('some-*/**/*.json', 'some-x/sub/a.json')).toBe(true);
    expect(matches('some-*/**/*.json', 'some-x/sub/deeper/a.json')).toBe(true);
    expect(matches('some-*/**/*.json', 'some-x/a.json')).toBe(false);
    expect(matches('some-*/**/*.json', 'other/sub/a.json')).toBe(false);
  });

  test('* stays in one segment, ** crosses them, ? is one character, a leading dot is ordinary', () => {
    expect(matches('src/*.java', 'src/A.java')).toBe(true);
    expect(matches('src/*.java', 'src/a/A.java')).toBe(false);
    expect(matches('**.java', 'src/a/A.java')).toBe(true);
    expect(matches('**/*.java', 'A.java')).toBe(false);
    expect(matches('src/?.py', 'src/a.py')).toBe(true);
    expect(matches('src/?.py', 'src/ab.py')).toBe(false);
    expect(matches('*', '.env')).toBe(true);
    expect(matches('README.md', 'README.md')).toBe(true);
    expect(matches('README.md', 'READMEXmd')).toBe(false);
  });

  test('classes, negated classes (never /), groups and escapes', () => {
    expect(matches('v[0-9].txt', 'v7.txt')).toBe(true);
    expect(matches('v[!0-9].txt', 'vx.txt')).toBe(true);
    expect(matches('v[!0-9].txt', 'v7.txt')).toBe(false);
    expect(matches('a[!x]b', 'a/b')).toBe(false);
    expect(matches('src/{main,test}/**', 'src/test/A.java')).toBe(true);
    expect(matches('src/{main,test}/**', 'src/other/A.java')).toBe(false);
    expect(matches('a\\*b', 'a*b')).toBe(true);
    expect(matches('a\\*b', 'axb')).toBe(false);
    expect(matches('(x)+.js', '(x)+.js')).toBe(true);
  });

  test('malformed globs are refused, as Java refuses them', () => {
    expect(() => compileJavaGlob('src/[a')).toThrow('a class [ has no closing ]');
    expect(() => compileJavaGlob('{a,{b}}')).toThrow('groups {…} cannot be nested');
    expect(() => compileJavaGlob('{a,b')).toThrow('a group { has no closing }');
    expect(() => compileJavaGlob('a\\')).toThrow('nothing follows the escaping \\');
    expect(() => compileJavaGlob('[z-a]')).toThrow('runs backwards');
    expect(() => compileJavaGlob('[a/b]')).toThrow('cannot hold the separator /');
  });
});

describe('aws-codeguru-reviewer.yml', () => {
  test('the AWS user guide file: version and excludeFiles; excluded files are not analysed', () => {
    const config = parseCodeGuruConfig(
      ['version: 1.0', 'excludeFiles:', '  - some-package/**', '  - tst/**', '  - some-*/**/*.json', ''].join(
        '\n',
      ),
      CODEGURU_CONFIG_FILE,
    );
    expect(isExcludedPath(config, 'tst/Unit.java')).toBe(true);
    expect(isExcludedPath(config, 'src/Main.java')).toBe(false);
    expect(isExcludedPath(undefined, 'tst/Unit.java')).toBe(false);
  });

  test("the CodeGuru CLI's README file, keys in PascalCase, reads the same", () => {
    const config = parseCodeGuruConfig(
      [
        'version: 1.0',
        'ExcludeById:',
        "- '4d2c43618a2dac129818bef77093730e84a4e139eef3f0166334657503ecd88d'",
        "ExcludeBelowSeverity: 'HIGH'",
        'ExcludeTags:',
        "  - 'maintainability'",
        'ExcludeRecommendations:',
        "  - detectorId: 'java/aws-region-enumeration@v1.0'",
        "  - detectorId: 'java/aws-region-enumeration@v1.0'",
        '    Locations:',
        "      - 'src/main/java/com/folder01/*.java'",
        'ExcludeFiles:',
        '  - tst/**',
      ].join('\n'),
      CODEGURU_CONFIG_FILE,
    );
    expect(config.excludeById).toEqual(['4d2c43618a2dac129818bef77093730e84a4e139eef3f0166334657503ecd88d']);
    expect(config.excludeBelowSeverity).toBe('HIGH');
    expect(config.excludeTags).toEqual(['maintainability']);
    expect(
      config.excludeRecommendations.map((entry) => [
        entry.detectorId,
        entry.locations.map((glob) => glob.glob),
      ]),
    ).toEqual([
      ['java/aws-region-enumeration@v1.0', []],
      ['java/aws-region-enumeration@v1.0', ['src/main/java/com/folder01/*.java']],
    ]);
    expect(isExcludedPath(config, 'tst/A.java')).toBe(true);
  });

  test('excludeFiles suppresses a finding in a matching file, naming the glob', () => {
    const inTests = finding({ path: 'tst/com/example/FilesTest.java' });
    expect(reasonsOf([inTests, TRAVERSAL_FINDING], 'version: 1.0\nexcludeFiles: [tst/**]\n')).toEqual([
      'aws-codeguru-reviewer.yml excludeFiles tst/**',
      undefined,
    ]);
  });

  test("excludeById takes a finding's fingerprint, a Rampart rule id or a CodeGuru detector id", () => {
    const config = (id: string) => `version: 1.0\nexcludeById: ['${id}']\n`;
    expect(reasonsOf([TRAVERSAL_FINDING, HASH_FINDING], config('a'.repeat(64)))).toEqual([
      `aws-codeguru-reviewer.yml excludeById ${'a'.repeat(64)}`,
      undefined,
    ]);
    expect(reasonsOf([TRAVERSAL_FINDING, HASH_FINDING], config('weak-hash'))).toEqual([
      undefined,
      'aws-codeguru-reviewer.yml excludeById weak-hash',
    ]);
    expect(reasonsOf([TRAVERSAL_FINDING], config('java/path-traversal@v1.0'))).toEqual([
      'aws-codeguru-reviewer.yml excludeById java/path-traversal@v1.0',
    ]);
  });

  test('excludeTags suppresses findings of rules carrying the tag', () => {
    expect(
      reasonsOf(
        [TRAVERSAL_FINDING, HASH_FINDING, KEY_FINDING],
        'version: 1.0\nexcludeTags: [crypto, secrets]\n',
      ),
    ).toEqual([
      undefined,
      'aws-codeguru-reviewer.yml excludeTags crypto',
      'aws-codeguru-reviewer.yml excludeTags secrets',
    ]);
  });

  test('excludeBelowSeverity drops what is less severe than the threshold, in any letter case', () => {
    const findings = [
      KEY_FINDING,
      TRAVERSAL_FINDING,
      HASH_FINDING,
      finding({ severity: 'low', fingerprint: 'f'.repeat(64) }),
    ];
    expect(reasonsOf(findings, 'version: 1.0\nexcludeBelowSeverity: high\n')).toEqual([
      undefined,
      undefined,
      'aws-codeguru-reviewer.yml excludeBelowSeverity high',
      'aws-codeguru-reviewer.yml excludeBelowSeverity high',
    ]);
    expect(
      reasonsOf(findings, 'version: 1.0\nexcludeBelowSeverity: Critical\n').filter(Boolean),
    ).toHaveLength(3);
    expect(reasonsOf(findings, 'version: 1.0\nexcludeBelowSeverity: INFO\n').filter(Boolean)).toHaveLength(0);
  });

  test('excludeRecommendations: a CodeGuru detector id maps to the Rampart rule, for its language, optionally in some files only', () => {
    const inPython = finding({ path: 'app/views.py', fingerprint: '1'.repeat(64) });
    const inLegacy = finding({ path: 'src/legacy/Old.java', fingerprint: '2'.repeat(64) });
    const config = [
      'version: 1.0',
      'excludeRecommendations:',
      '  - detectorId: java/path-traversal@v1.0',
      '    locations: [src/legacy/**]',
      '  - detectorId: weak-hash',
      '',
    ].join('\n');
    expect(reasonsOf([TRAVERSAL_FINDING, inLegacy, inPython, HASH_FINDING], config)).toEqual([
      undefined,
      'aws-codeguru-reviewer.yml excludeRecommendations java/path-traversal@v1.0',
      undefined,
      'aws-codeguru-reviewer.yml excludeRecommendations weak-hash',
    ]);
    expect(
      reasonsOf(
        [inPython],
        'version: 1.0\nexcludeRecommendations: [{detectorId: python/path-traversal@v1.0}]\n',
      ),
    ).toEqual(['aws-codeguru-reviewer.yml excludeRecommendations python/path-traversal@v1.0']);
  });

  test('a file with mistakes: every problem at once, each with its line', () => {
    const text = [
      'version: 2.0',
      'excludeFiles:',
      "  - 'tst/**'",
      "  - 'src/[a'",
      "  - 'gen/{a,{b}}'",
      'excludeBySeverity: HIGH',
      'ExcludeBelowSeverity: SEVERE',
      'excludeById:',
      '  - 1',
      'ExcludeTags: [crypto]',
      'excludeTags: [aws]',
      'excludeRecommendations:',
      "  - Locations: ['src/**']",
      '  - detectorId: java/path-traversal@v1.0',
      "    locations: 'src/**'",
      '',
    ].join('\n');
    expect(problemsOf(() => parseCodeGuruConfig(text, CODEGURU_CONFIG_FILE))).toEqual([
      'aws-codeguru-reviewer.yml:1: version 2 must be 1.0',
      'aws-codeguru-reviewer.yml:4: excludeFiles[1] "src/[a" is not a valid glob: a class [ has no closing ]',
      'aws-codeguru-reviewer.yml:5: excludeFiles[2] "gen/{a,{b}}" is not a valid glob: groups {…} cannot be nested',
      'aws-codeguru-reviewer.yml:6: excludeBySeverity is not a known key (known: version, excludeFiles, excludeById, excludeTags, excludeBelowSeverity, excludeRecommendations)',
      'aws-codeguru-reviewer.yml:7: ExcludeBelowSeverity "SEVERE" must be one of Critical, High, Medium, Low, Info',
      'aws-codeguru-reviewer.yml:9: excludeById[0] 1 is a number, not text: quote it ("1"); unquoted, leading zeros are lost',
      'aws-codeguru-reviewer.yml:10: ExcludeTags and excludeTags are the same key: keep one',
      'aws-codeguru-reviewer.yml:13: excludeRecommendations[0] is missing "detectorId"',
      'aws-codeguru-reviewer.yml:15: excludeRecommendations[1].locations "src/**" must be a list of relative paths or globs',
    ]);
  });

  test('no version, an empty file, a list, a YAML syntax error', () => {
    expect(problemsOf(() => parseCodeGuruConfig('excludeFiles: [tst/**]\n', CODEGURU_CONFIG_FILE))).toEqual([
      'aws-codeguru-reviewer.yml:1: the file is missing "version" (CodeGuru requires version: 1.0)',
    ]);
    expect(problemsOf(() => parseCodeGuruConfig('', CODEGURU_CONFIG_FILE))).toEqual([
      'aws-codeguru-reviewer.yml:1: the file (empty) must be a mapping',
    ]);
    expect(problemsOf(() => parseCodeGuruConfig('- tst/**\n', CODEGURU_CONFIG_FILE))).toEqual([
      'aws-codeguru-reviewer.yml:1: the file ["tst/**"] must be a mapping',
    ]);
    expect(
      problemsOf(() => parseCodeGuruConfig('version: 1.0\nexcludeFiles:\n', CODEGURU_CONFIG_FILE)),
    ).toEqual([
      'aws-codeguru-reviewer.yml:2: excludeFiles (empty) must be a list of relative paths or globs',
    ]);
    const [syntax] = problemsOf(() =>
      parseCodeGuruConfig('version: 1.0\nexcludeFiles: [a\n', CODEGURU_CONFIG_FILE),
    );
    expect(syntax).toMatch(/^aws-codeguru-reviewer\.yml:3: /);
  });

  test('loaded from the repository root: absent is fine, present is parsed, problems name its path', async () => {
    const root = tempDir();
    await expect(loadCodeGuruConfig(root)).resolves.toBeUndefined();
    writeFileSync(join(root, CODEGURU_CONFIG_FILE), 'version: 1.0\nexcludeFiles: [tst/**]\n');
    expect(isExcludedPath(await loadCodeGuruConfig(root), 'tst/A.java')).toBe(true);
    writeFileSync(join(root, CODEGURU_CONFIG_FILE), 'version: 1.0\nexcludeFiles: tst\n');
    expect(await asyncProblemsOf(() => loadCodeGuruConfig(root))).toEqual([
      `${join(root, CODEGURU_CONFIG_FILE)}:2: excludeFiles "tst" must be a list of relative paths or globs`,
    ]);
  });
});

describe('rampart-ignore comments', () => {
  const JAVA = TRAVERSAL_FINDING.path;
  const apply = (findings: ReviewFinding[], comments: Record<string, { line: number; text: string }[]>) =>
    applySuppressions(findings, { rules: RULES, commentsByPath: new Map(Object.entries(comments)) });

  test('on the line above or on the line itself, naming the rule with a reason', () => {
    const sameLine = finding({ loc: { ...TRAVERSAL_FINDING.loc, line: 60 }, fingerprint: '6'.repeat(64) });
    const outcome = apply([TRAVERSAL_FINDING, sameLine], {
      [JAVA]: [
        { line: 41, text: '// rampart-ignore: path-traversal the name comes from our own config' },
        { line: 60, text: '/* rampart-ignore: path-traversal - fixed folder, checked above */' },
      ],
    });
    expect(outcome.findings).toEqual([]);
    expect(outcome.suppressed.map((entry) => entry.reason)).toEqual([
      'rampart-ignore: the name comes from our own config',
      'rampart-ignore: fixed folder, checked above',
    ]);
    expect(outcome.warnings).toEqual([]);
  });

  test('two lines above, in another file, or for another rule, it does not count', () => {
    const outcome = apply([TRAVERSAL_FINDING], {
      [JAVA]: [
        { line: 40, text: '// rampart-ignore: path-traversal too far above' },
        { line: 42, text: '// rampart-ignore: weak-hash wrong rule for this line' },
      ],
      'src/main/java/com/example/Other.java': [
        { line: 41, text: '// rampart-ignore: path-traversal other file' },
      ],
    });
    expect(outcome.findings).toEqual([TRAVERSAL_FINDING]);
    expect(outcome.warnings).toEqual([]);
  });

  test('without a reason it does not suppress and warns', () => {
    const outcome = apply([TRAVERSAL_FINDING], {
      [JAVA]: [{ line: 42, text: '// rampart-ignore: path-traversal' }],
    });
    expect(outcome.findings).toEqual([TRAVERSAL_FINDING]);
    expect(outcome.warnings).toEqual([`${JAVA}:42: rampart-ignore for path-traversal needs a reason`]);
  });

  test('a rule id of no rule, no rule id at all, and "all" are warned about and suppress nothing', () => {
    const outcome = apply([TRAVERSAL_FINDING], {
      [JAVA]: [
        { line: 30, text: '// rampart-ignore: path-traversl typo in the id' },
        { line: 31, text: '// rampart-ignore:' },
        { line: 41, text: '// rampart-ignore: all legacy code' },
      ],
    });
    expect(outcome.findings).toEqual([TRAVERSAL_FINDING]);
    expect(outcome.warnings).toEqual([
      `${JAVA}:30: rampart-ignore for path-traversl names no rule of this review`,
      `${JAVA}:31: rampart-ignore needs a rule id and a reason`,
      `${JAVA}:41: rampart-ignore for all is not supported: name the rule to ignore`,
    ]);
  });

  test('Python comments, a marker inside a longer block comment, and a CodeGuru detector id', () => {
    const python = finding({
      path: 'app/views.py',
      loc: { ...TRAVERSAL_FINDING.loc, line: 10 },
      fingerprint: '7'.repeat(64),
    });
    const outcome = apply([TRAVERSAL_FINDING, python], {
      [JAVA]: [
        {
          line: 39,
          text: '/**\n * Reads the upload folder.\n * rampart-ignore: java/path-traversal@v1.0 folder is fixed\n */',
        },
      ],
      'app/views.py': [{ line: 10, text: '# rampart-ignore: path-traversal served from a fixed folder' }],
    });
    expect(outcome.findings).toEqual([]);
    expect(outcome.suppressed.map((entry) => entry.reason)).toEqual([
      'rampart-ignore: folder is fixed',
      'rampart-ignore: served from a fixed folder',
    ]);
  });

  test('an inline ignore wins over the suppression file and the baseline; warnings come sorted by file', () => {
    const outcome = applySuppressions([TRAVERSAL_FINDING], {
      rules: RULES,
      commentsByPath: new Map([
        ['z.py', [{ line: 1, text: '# rampart-ignore: weak-hash' }]],
        [JAVA, [{ line: 41, text: '// rampart-ignore: path-traversal reviewed' }]],
      ]),
      codeguruConfig: parseCodeGuruConfig('version: 1.0\nexcludeFiles: [src/**]\n', CODEGURU_CONFIG_FILE),
      baseline: new Set([TRAVERSAL_FINDING.fingerprint]),
    });
    expect(outcome.suppressed).toEqual([{ finding: TRAVERSAL_FINDING, reason: 'rampart-ignore: reviewed' }]);
    expect(outcome.warnings).toEqual(['z.py:1: rampart-ignore for weak-hash needs a reason']);
  });
});

describe('baseline', () => {
  test('the JSON report round trip: every finding of the earlier run, reported or suppressed, is accepted', async () => {
    const file = join(tempDir(), 'findings.json');
    const earlier = sampleResult();
    writeFileSync(file, renderReview(earlier, 'json', '1.2.3'));
    const baseline = await loadReviewBaseline(file);
    expect([...baseline].sort()).toEqual(['a', 'b', 'c', 'd', 'e'].map((letter) => letter.repeat(64)));
    const later = applySuppressions([TRAVERSAL_FINDING, HASH_FINDING, finding({ fingerprint: 'new' })], {
      rules: RULES,
      baseline,
    });
    expect(later.findings.map((item) => item.fingerprint)).toEqual(['new']);
    expect(later.suppressed.map((entry) => entry.reason)).toEqual(['baseline', 'baseline']);
  });

  test('a hand-written list of fingerprints', async () => {
    const file = join(tempDir(), 'accepted.json');
    writeFileSync(file, JSON.stringify({ fingerprints: ['a'.repeat(64)] }));
    expect(await loadReviewBaseline(file)).toEqual(new Set(['a'.repeat(64)]));
  });

  test('a missing, malformed or foreign file is bad input naming the file', async () => {
    const dir = tempDir();
    const write = (name: string, text: string) => {
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    };
    const missing = join(dir, 'missing.json');
    expect(await asyncProblemsOf(() => loadReviewBaseline(missing))).toEqual([
      expect.stringMatching(new RegExp(`^${missing}: cannot read baseline: ENOENT`)),
    ]);
    const broken = write('broken.json', '{"findings": [');
    expect(await asyncProblemsOf(() => loadReviewBaseline(broken))).toEqual([
      expect.stringMatching(new RegExp(`^${broken}: the baseline is not JSON: `)),
    ]);
    const sarif = write('review.sarif', renderReview(sampleResult(), 'sarif', '1.2.3'));
    expect(await asyncProblemsOf(() => loadReviewBaseline(sarif))).toEqual([
      `${sarif}: a baseline is the JSON report of a review (rampart review --format json --output ${sarif}) or {"fingerprints": [...]}: it has neither a "findings" nor a "fingerprints" list`,
    ]);
    const secrets = write(
      'secrets.json',
      JSON.stringify({ tool: 'rampart', command: 'secrets scan', findings: [] }),
    );
    expect(await asyncProblemsOf(() => loadReviewBaseline(secrets))).toEqual([
      `${secrets}: the baseline is the report of "rampart secrets scan", not of a review`,
    ]);
    const noFingerprint = write(
      'partial.json',
      JSON.stringify({ findings: [{ fingerprint: 'x' }, { ruleId: 'weak-hash' }] }),
    );
    expect(await asyncProblemsOf(() => loadReviewBaseline(noFingerprint))).toEqual([
      `${noFingerprint}: findings[1].fingerprint must be a finding's fingerprint (text), not nothing`,
    ]);
    const badList = write('list.json', JSON.stringify({ fingerprints: ['ok', 7] }));
    expect(await asyncProblemsOf(() => loadReviewBaseline(badList))).toEqual([
      `${badList}: fingerprints[1] must be a finding's fingerprint (text), not 7`,
    ]);
  });
});
