import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { renderReview } from '../src/review/report';
import type { ReviewResult } from '../src/review/types';
import {
  HARDCODED_CREDENTIALS,
  HASH_FINDING,
  KEY_FINDING,
  PATH_TRAVERSAL,
  sampleResult,
  TRAVERSAL_FINDING,
  WEAK_HASH,
} from './support/review-result';

/**
 * test/fixtures/sarif-schema-2.1.0.json is the OASIS schema of SARIF 2.1.0 with errata 01
 * (https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json),
 * copied byte for byte from the OASIS TC's repository (oasis-tcs/sarif-spec, Schemata/).
 * It declares JSON Schema draft-04. Ajv 8 ships draft-07 and later only (ajv-draft-04 is not a
 * dependency), so the root `id` is read as `$id`: every keyword this schema uses (type, enum,
 * properties, additionalProperties, required, anyOf, oneOf, items, minItems, uniqueItems,
 * minimum, maximum, pattern, format, $ref, default) means the same in draft-04 and draft-07.
 * Ajv has no formats built in; the three the schema uses are checked below as RFC 3986 / 3339 say.
 */
function officialSarifValidator() {
  const { $schema, id, ...schema } = JSON.parse(
    readFileSync(join(__dirname, 'fixtures', 'sarif-schema-2.1.0.json'), 'utf8'),
  ) as Record<string, unknown>;
  expect($schema).toBe('http://json-schema.org/draft-04/schema#');
  const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
  const uriCharacters = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;
  ajv.addFormat('uri', (text: string) => /^[A-Za-z][A-Za-z0-9+.-]*:/.test(text) && uriCharacters.test(text));
  ajv.addFormat(
    'uri-reference',
    // Without a scheme, a colon in the first segment would make one.
    (text: string) =>
      uriCharacters.test(text) && (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(text) || !/^[^/?#]*:/.test(text)),
  );
  ajv.addFormat('date-time', (text: string) =>
    /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/i.test(text),
  );
  return ajv.compile({ ...schema, $id: id as string });
}

const validateSarif = officialSarifValidator();

function sarifOf(result: ReviewResult) {
  return JSON.parse(renderReview(result, 'sarif', '1.2.3'));
}

function expectValidSarif(document: unknown): void {
  const valid = validateSarif(document);
  expect(validateSarif.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
}

describe('SARIF', () => {
  test('a result with taint flows, suppressed findings, skipped files and warnings is valid against the official schema', () => {
    expectValidSarif(sarifOf(sampleResult()));
  });

  test('a clean run (no finding, no rule) is valid too, with an empty results list', () => {
    const sarif = sarifOf(
      sampleResult({ findings: [], suppressed: [], skipped: [], warnings: [], rules: [] }),
    );
    expectValidSarif(sarif);
    expect(sarif.runs[0].results).toEqual([]);
  });

  test('the validator rejects what the schema forbids, so the tests above can fail', () => {
    const sarif = sarifOf(sampleResult());
    sarif.runs[0].results[0].level = 'fatal';
    delete sarif.runs[0].results[1].message;
    sarif.runs[0].results[2].locations[0].physicalLocation.region.startLine = 0;
    sarif.runs[0].tool.driver.rules[0].helpUri = 'not a uri';
    expect(validateSarif(sarif)).toBe(false);
    const paths = (validateSarif.errors ?? []).map((error) => `${error.instancePath} ${error.keyword}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/runs/0/results/0/level enum',
        '/runs/0/results/1 required',
        '/runs/0/results/2/locations/0/physicalLocation/region/startLine minimum',
        '/runs/0/tool/driver/rules/0/helpUri format',
      ]),
    );
  });

  test('tool and rules carry what GitHub code scanning reads: help, CWE tags, security-severity, precision, level', () => {
    const { driver } = sarifOf(sampleResult()).runs[0].tool;
    expect(driver).toMatchObject({ name: 'Rampart', version: '1.2.3' });
    expect(driver.rules.map((rule: { id: string }) => rule.id)).toEqual([
      'path-traversal',
      'weak-hash',
      'hardcoded-credentials',
    ]);
    const [traversal, hash, credentials] = driver.rules;
    expect(traversal).toEqual({
      id: 'path-traversal',
      name: 'PathTraversal',
      shortDescription: { text: 'Path traversal' },
      fullDescription: { text: PATH_TRAVERSAL.description },
      help: {
        text: [
          PATH_TRAVERSAL.description,
          'Weakness: CWE-22',
          `Remediation: ${PATH_TRAVERSAL.remediation}`,
          `Fixed example:\n${PATH_TRAVERSAL.fixedExample}`,
        ].join('\n\n'),
        markdown: [
          PATH_TRAVERSAL.description,
          'Weakness: [CWE-22](https://cwe.mitre.org/data/definitions/22.html)',
          `## Remediation\n\n${PATH_TRAVERSAL.remediation}`,
          `## Fixed example\n\n\`\`\`\n${PATH_TRAVERSAL.fixedExample}\n\`\`\``,
          `[More about Path traversal](${PATH_TRAVERSAL.helpUri})`,
        ].join('\n\n'),
      },
      helpUri: PATH_TRAVERSAL.helpUri,
      defaultConfiguration: { level: 'error' },
      properties: {
        tags: ['security', 'external/cwe/cwe-22', 'injection', 'owasp-top10'],
        'security-severity': '8.0',
        precision: 'high',
      },
    });
    // A rule of one language fences its fixed example in that language.
    expect(hash.help.markdown).toContain('```python\nhashlib.sha256(data)\n```');
    expect(hash.properties['security-severity']).toBe('5.5');
    expect(hash.defaultConfiguration).toEqual({ level: 'warning' });
    // No fixed example, and a help link that is not an absolute URI: neither is written.
    expect(credentials.helpUri).toBeUndefined();
    expect(credentials.help.markdown).not.toContain('Fixed example');
    expect(credentials.properties['security-severity']).toBe('9.5');
  });

  test('results: rule index, level, a repository-relative location, the code flow and the fingerprint', () => {
    const [traversal, hash] = sarifOf(sampleResult()).runs[0].results;
    expect(traversal).toEqual({
      ruleId: 'path-traversal',
      ruleIndex: 0,
      level: 'error',
      message: { text: TRAVERSAL_FINDING.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'src/main/java/com/example/Files.java', uriBaseId: '%SRCROOT%' },
            region: { startLine: 42, startColumn: 9, endLine: 42, endColumn: 47 },
          },
        },
      ],
      codeFlows: [
        {
          threadFlows: [
            {
              locations: (TRAVERSAL_FINDING.flow ?? []).map((step) => ({
                location: {
                  physicalLocation: {
                    artifactLocation: { uri: step.path, uriBaseId: '%SRCROOT%' },
                    region: {
                      startLine: step.loc.line,
                      startColumn: step.loc.column,
                      endLine: step.loc.endLine,
                      endColumn: step.loc.endColumn,
                    },
                  },
                  message: { text: step.message },
                },
              })),
            },
          ],
        },
      ],
      partialFingerprints: { 'rampartFingerprint/v1': 'a'.repeat(64) },
    });
    expect(hash.ruleIndex).toBe(1);
    expect(hash.level).toBe('warning');
    expect(hash.codeFlows).toBeUndefined();
    // A space is percent-encoded: the uri stays a valid URI reference.
    expect(hash.locations[0].physicalLocation.artifactLocation.uri).toBe('src/util/hash%20utils.py');
  });

  test('suppressed findings are results with their suppression: inSource for rampart-ignore, external otherwise', () => {
    const results = sarifOf(sampleResult()).runs[0].results;
    expect(results).toHaveLength(5);
    expect(results.slice(0, 2).every((result: object) => !('suppressions' in result))).toBe(true);
    expect(
      results
        .slice(2)
        .map((result: { ruleId: string; ruleIndex: number; suppressions: unknown }) => [
          result.ruleId,
          result.ruleIndex,
          result.suppressions,
        ]),
    ).toEqual([
      [
        'hardcoded-credentials',
        2,
        [
          {
            kind: 'inSource',
            status: 'accepted',
            justification: 'rampart-ignore: test key of the local stack, never deployed',
          },
        ],
      ],
      [
        'weak-hash',
        1,
        [
          {
            kind: 'external',
            status: 'accepted',
            justification: 'aws-codeguru-reviewer.yml excludeFiles tst/**',
          },
        ],
      ],
      ['path-traversal', 0, [{ kind: 'external', status: 'accepted', justification: 'baseline' }]],
    ]);
  });

  test('the invocation succeeded; skipped files are execution notifications, suppression warnings configuration ones', () => {
    const [invocation] = sarifOf(sampleResult()).runs[0].invocations;
    expect(invocation).toEqual({
      executionSuccessful: true,
      toolExecutionNotifications: [
        {
          level: 'warning',
          message: { text: 'src/Broken.java:3:1: syntax error (2 in the file); file skipped' },
          locations: [
            { physicalLocation: { artifactLocation: { uri: 'src/Broken.java', uriBaseId: '%SRCROOT%' } } },
          ],
        },
      ],
      toolConfigurationNotifications: [
        {
          level: 'warning',
          message: {
            text: 'src/main/java/com/example/Db.java:9: rampart-ignore for sql-injection needs a reason',
          },
        },
      ],
    });
  });

  test('rules from the CodeGuru engine (detector ids, no CWE, no fixed example) and odd paths stay valid', () => {
    const detector = {
      ...HARDCODED_CREDENTIALS,
      id: 'java/insecure-cookie@v1.0',
      cwe: [],
      fixedExample: '',
      helpUri: 'https://docs.aws.amazon.com/codeguru/detector-library/',
      tags: ['cookies', 'owasp-top10'],
      languages: [],
    };
    const finding = {
      ...KEY_FINDING,
      ruleId: detector.id,
      path: 'src/a b/C#1:2?.java',
      loc: { line: 3, column: 1, endLine: 3, endColumn: 1 },
    };
    const sarif = sarifOf(sampleResult({ rules: [detector], findings: [finding], suppressed: [] }));
    expectValidSarif(sarif);
    expect(sarif.runs[0].tool.driver.rules[0].name).toBe('JavaInsecureCookieV10');
    expect(sarif.runs[0].tool.driver.rules[0].properties.tags).toEqual([
      'security',
      'cookies',
      'owasp-top10',
    ]);
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe(
      'src/a%20b/C%231%3A2%3F.java',
    );
  });

  test('a finding whose rule is not in the rules list has no ruleIndex and is still valid', () => {
    const sarif = sarifOf(sampleResult({ rules: [WEAK_HASH], suppressed: [] }));
    expectValidSarif(sarif);
    expect(sarif.runs[0].results[0]).not.toHaveProperty('ruleIndex');
    expect(sarif.runs[0].results[1].ruleIndex).toBe(0);
  });
});

describe('text', () => {
  test('one line per finding with its flow indented, then the summary line, and nothing else', () => {
    expect(renderReview(sampleResult(), 'text', '1.2.3')).toBe(
      [
        'src/main/java/com/example/Files.java:42:9 high path-traversal Cookie value reaches new FileOutputStream(...) without a path check.',
        '    src/main/java/com/example/Web.java:12:20 cookie value read here',
        '    src/main/java/com/example/Files.java:40:16 decoded from Base64',
        '    src/main/java/com/example/Files.java:42:9 reaches FileOutputStream',
        'src/util/hash utils.py:7:12 medium weak-hash hashlib.md5 used for a password.',
        '2 finding(s) (1 high, 1 medium); 14 file(s), 1320 line(s) reviewed; 3 suppressed, 1 file(s) skipped, 1 warning(s)',
        '',
      ].join('\n'),
    );
  });

  test('a clean diff review says so in one line, naming the engine when it is CodeGuru', () => {
    const clean = { findings: [], suppressed: [], skipped: [], warnings: [] };
    expect(renderReview(sampleResult({ ...clean, mode: 'diff' }), 'text', '1.2.3')).toBe(
      'no findings on changed lines; 14 file(s), 1320 line(s) reviewed\n',
    );
    expect(renderReview(sampleResult({ ...clean, engine: 'codeguru' }), 'text', '1.2.3')).toBe(
      'no findings; 14 file(s), 1320 line(s) reviewed by CodeGuru Reviewer\n',
    );
  });
});

describe('junit (CodeBuild test reports)', () => {
  test('a failed case per finding with its flow and fix, a passed case per rule that found nothing', () => {
    const xml = renderReview(sampleResult(), 'junit', '1.2.3');

    expect(xml).toContain(
      '<testsuites name="rampart review" tests="3" failures="2" errors="0" time="0.250">',
    );
    expect(xml).toContain(
      '<testcase name="path-traversal src/main/java/com/example/Files.java:42:9" classname="rampart.review.path-traversal" time="0">',
    );
    expect(xml).toContain(
      'message="high: Cookie value reaches new FileOutputStream(...) without a path check." type="path-traversal">',
    );
    expect(xml).toContain('src/main/java/com/example/Web.java:12:20 cookie value read here');
    expect(xml).toMatch(/Fix: .+<\/failure>/);
    expect(xml).toContain(
      '<testcase name="hardcoded-credentials" classname="rampart.review.hardcoded-credentials" time="0"/>',
    );
    expect(xml).toContain('<property name="lines reviewed" value="1320"/>');
  });
});

describe('markdown', () => {
  test('the job summary: counts, a row per finding with its remediation, then suppressed, skipped and warnings', () => {
    expect(renderReview(sampleResult(), 'markdown', '1.2.3')).toBe(`### Rampart security review

2 finding(s) (1 high, 1 medium); 14 file(s), 1320 line(s) reviewed; 3 suppressed, 1 file(s) skipped, 1 warning(s)

| critical | high | medium | low | suppressed | files skipped |
|---|---|---|---|---|---|
| 0 | 1 | 1 | 0 | 3 | 1 |

| Severity | Rule | Location | Message | Remediation |
|---|---|---|---|---|
| high | path-traversal | src/main/java/com/example/Files.java:42 | Cookie value reaches new FileOutputStream(...) without a path check. | Normalize the path and check that it stays inside the base folder. |
| medium | weak-hash | src/util/hash utils.py:7 | hashlib.md5 used for a password. | Use SHA-256 or a password hash such as bcrypt. |

<details><summary>Suppressed findings (3)</summary>

| Severity | Rule | Location | Reason |
|---|---|---|---|
| critical | hardcoded-credentials | src/main/java/com/example/Aws.java:5 | rampart-ignore: test key of the local stack, never deployed |
| medium | weak-hash | tst/Hash.py:7 | aws-codeguru-reviewer.yml excludeFiles tst/** |
| high | path-traversal | src/main/java/com/example/Files.java:42 | baseline |

</details>

#### Files not reviewed

| File | Reason |
|---|---|
| src/Broken.java | src/Broken.java:3:1: syntax error (2 in the file); file skipped |

#### Warnings

- src/main/java/com/example/Db.java:9: rampart-ignore for sql-injection needs a reason
`);
  });

  test('cells are escaped, so a message with a pipe or HTML cannot break the table', () => {
    const finding = { ...HASH_FINDING, message: 'md5 | <script>alert(1)</script>\nsecond line' };
    const markdown = renderReview(
      sampleResult({ findings: [finding], suppressed: [], skipped: [], warnings: [] }),
      'markdown',
      '1.2.3',
    );
    expect(markdown).toContain(
      '| medium | weak-hash | src/util/hash utils.py:7 | md5 &#124; &#60;script&#62;alert(1)&#60;/script&#62; second line |',
    );
    expect(markdown).not.toContain('Suppressed findings');
    expect(markdown).not.toContain('Files not reviewed');
  });

  test('a clean review has the counts and no findings table', () => {
    const markdown = renderReview(
      sampleResult({ findings: [], suppressed: [], skipped: [], warnings: [] }),
      'markdown',
      '1.2.3',
    );
    expect(markdown).toBe(`### Rampart security review

no findings; 14 file(s), 1320 line(s) reviewed

| critical | high | medium | low | suppressed | files skipped |
|---|---|---|---|---|---|
| 0 | 0 | 0 | 0 | 0 | 0 |
`);
  });
});

describe('json', () => {
  test('the whole result in a fixed key order, findings naming their rule by id', () => {
    const result = sampleResult({
      findings: [TRAVERSAL_FINDING],
      rules: [WEAK_HASH],
      suppressed: [{ finding: HASH_FINDING, reason: 'baseline' }],
    });
    const location = (loc: { line: number; column: number; endLine: number; endColumn: number }) => ({
      line: loc.line,
      column: loc.column,
      endLine: loc.endLine,
      endColumn: loc.endColumn,
    });
    const expected = {
      tool: 'rampart',
      version: '1.2.3',
      command: 'review',
      engine: 'rampart',
      mode: 'full',
      summary: {
        findings: 1,
        bySeverity: { critical: 0, high: 1, medium: 0, low: 0 },
        suppressed: 1,
        skipped: 1,
        warnings: 1,
        filesReviewed: 14,
        linesReviewed: 1320,
        durationMs: 250,
      },
      findings: [
        {
          ruleId: 'path-traversal',
          severity: 'high',
          path: 'src/main/java/com/example/Files.java',
          loc: location(TRAVERSAL_FINDING.loc),
          message: TRAVERSAL_FINDING.message,
          flow: (TRAVERSAL_FINDING.flow ?? []).map((step) => ({
            path: step.path,
            loc: location(step.loc),
            message: step.message,
          })),
          fingerprint: 'a'.repeat(64),
        },
      ],
      suppressed: [
        {
          reason: 'baseline',
          finding: {
            ruleId: 'weak-hash',
            severity: 'medium',
            path: 'src/util/hash utils.py',
            loc: location(HASH_FINDING.loc),
            message: HASH_FINDING.message,
            fingerprint: 'b'.repeat(64),
          },
        },
      ],
      skipped: [
        {
          path: 'src/Broken.java',
          reason: 'src/Broken.java:3:1: syntax error (2 in the file); file skipped',
        },
      ],
      warnings: ['src/main/java/com/example/Db.java:9: rampart-ignore for sql-injection needs a reason'],
      rules: [
        {
          id: 'weak-hash',
          title: 'Weak hash',
          severity: 'medium',
          cwe: ['CWE-328'],
          kind: 'pattern',
          languages: ['python'],
          tags: ['crypto'],
          description: WEAK_HASH.description,
          remediation: WEAK_HASH.remediation,
          fixedExample: WEAK_HASH.fixedExample,
          helpUri: WEAK_HASH.helpUri,
        },
      ],
    };
    expect(renderReview(result, 'json', '1.2.3')).toBe(`${JSON.stringify(expected, null, 2)}\n`);
  });

  test('the same result gives the same bytes whatever the key order of the objects handed in', () => {
    const reordered = Object.fromEntries(
      Object.entries(TRAVERSAL_FINDING).reverse(),
    ) as typeof TRAVERSAL_FINDING;
    const once = renderReview(sampleResult({ findings: [TRAVERSAL_FINDING] }), 'json', '1.2.3');
    expect(renderReview(sampleResult({ findings: [reordered] }), 'json', '1.2.3')).toBe(once);
  });
});
