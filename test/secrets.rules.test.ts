import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { maskSecret, SecretScanner } from '../src/secrets/engine';
import { BUILT_IN_RULES } from '../src/secrets/rules';
import { isPlaceholder, shannonEntropy } from '../src/secrets/values';
import { bytesDocument } from '../src/secrets/sources/files';
import { addedLinesDocument } from '../src/secrets/sources/git-diff';
import type { RawFinding, SecretRule } from '../src/secrets/types';
import { lineWith, SecretFactory } from './support/secret-samples';

const scanner = new SecretScanner(BUILT_IN_RULES);

function scan(text: string, path = 'src/config.js'): RawFinding[] {
  const lines = text.split('\n');
  return scanner.scan(addedLinesDocument({ path, lines, lineNumbers: lines.map((_, index) => index + 1) }));
}

const ruleIds = (text: string) => scan(text).map((raw) => raw.finding.ruleId);

/** Where a line of each format would be: an unquoted value counts in configuration, not in code. */
const SAMPLE_PATHS = {
  env: 'deploy/.env',
  js: 'src/config.js',
  py: 'app/settings.py',
  yaml: 'config/app.yaml',
  json: 'config/app.json',
};

describe('every built-in rule finds its secret in the formats people write it in', () => {
  const factory = new SecretFactory(7);
  for (const rule of BUILT_IN_RULES) {
    test(rule.id, () => {
      for (const language of ['env', 'js', 'py', 'yaml', 'json'] as const) {
        const secret = factory.sample(rule.id);
        const text =
          rule.id === 'private-key' ? `key = """\n${secret}\n"""` : lineWith(rule.id, secret, language);
        const found = scan(text, SAMPLE_PATHS[language]);
        expect(
          found.map((raw) => [raw.finding.ruleId, raw.secret === secret || rule.id === 'private-key']),
        ).toEqual([[rule.id, true]]);
        expect(found[0]?.finding.example).toBe(false);
      }
    });
  }
});

describe('what the rules leave alone', () => {
  test.each([
    ['a UUID', `const id = "3f2b8c1e-9a4d-4e7b-8c2a-1d5e6f7a8b9c";`],
    ['a git commit SHA', 'commit: 4f96372a9c1e8b0d7f2e5a6b3c4d9e8f7a6b5c4d'],
    [
      'a lock-file integrity hash',
      '"integrity": "sha512-K+yxURPKRDRDgaPazG4PKFmFHM/igg3kGp6tkPJ6vba8FMEo3DtJ/X6WaY5KvcwrkiKj2K7gFRZB6DO5aPYxxg=="',
    ],
    ['a placeholder', 'password = "changeme"'],
    ['an environment reference', 'password: ${DB_PASSWORD}'],
    ['a template placeholder', 'api_key = "<YOUR_API_KEY>"'],
    ['a masked value', 'secret: "********"'],
    ['a call', 'password = getPassword()'],
    ['a property path', 'password = config.database.password'],
    ['an identifier constant', 'token = GITHUB_TOKEN_NAME'],
    ['a word', 'password = "password"'],
    ['a URL without a password', 'url = "https://user@example.com/path"'],
    ['a URL placeholder', 'url = "postgres://user:${PASSWORD}@db/app"'],
    [
      'a sentence about tokens',
      '// The token is read from the environment; never hard-code a password here.',
    ],
    ['an AWS key ID inside a longer word', 'XAKIAQYLPMN5HHHFPZAM2X'],
    ['a token prefix with too few characters', 'ghp_short'],
    ['a type annotation', 'password: string;'],
    ['the key of a form field', '<input type="password" name="password">'],
  ])('%s', (_, text) => {
    expect(ruleIds(text)).toEqual([]);
  });
});

test('published example credentials are reported as examples, so they never fail a build', () => {
  const found = scan(
    [
      'aws_access_key_id = AKIAIOSFODNN7EXAMPLE',
      'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    ].join('\n'),
  );
  expect(found.map((raw) => [raw.finding.ruleId, raw.finding.example])).toEqual([
    ['aws-access-key-id', true],
    ['aws-secret-access-key', true],
  ]);
});

test('an AWS secret key is found next to its access key ID, as in a credentials CSV', () => {
  const factory = new SecretFactory(3);
  const keyId = `AKIA${factory.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`;
  const secret = factory.sample('aws-secret-access-key');
  const found = scan(`User name,Access key ID,Secret access key\ndeploy,${keyId},${secret}`);
  expect(found.map((raw) => [raw.finding.ruleId, raw.finding.line, raw.finding.column])).toEqual([
    ['aws-access-key-id', 2, 8],
    ['aws-secret-access-key', 2, 29],
  ]);
});

test('a specific rule wins over the generic one for the same secret', () => {
  const token = new SecretFactory(5).sample('github-token');
  expect(ruleIds(`GITHUB_TOKEN=${token}`)).toEqual(['github-token']);
});

test('rampart:allow-secret on a line keeps it out of the findings', () => {
  const token = new SecretFactory(5).sample('github-token');
  expect(ruleIds(`token = "${token}" # rampart:allow-secret (revoked test token)`)).toEqual([]);
});

test('a finding names its place and never holds more than four characters of the secret', () => {
  const secret = new SecretFactory(9).sample('stripe-api-key');
  const [raw] = scan(`\n\nconst stripe = new Stripe('${secret}');`, 'src/pay.ts');
  expect(raw?.finding).toEqual({
    path: 'src/pay.ts',
    line: 3,
    column: 28,
    ruleId: 'stripe-api-key',
    description: 'Stripe secret or restricted API key (live or test)',
    severity: 'critical',
    preview: `${secret.slice(0, 4)}… (${secret.length} characters)`,
    fingerprint: expect.stringMatching(/^[0-9a-f]{24}$/),
    example: false,
  });
  expect(JSON.stringify(raw?.finding)).not.toContain(secret.slice(0, 5));
});

test('a fingerprint follows the secret, not its place', () => {
  const secret = new SecretFactory(11).sample('npm-token');
  const [first] = scan(`token=${secret}`, 'a.env');
  const [moved] = scan(`\n\n  NPM=${secret}`, 'b/c.env');
  expect(first?.finding.fingerprint).toBe(moved?.finding.fingerprint);
  const [other] = scan(`token=${new SecretFactory(12).sample('npm-token')}`, 'a.env');
  expect(other?.finding.fingerprint).not.toBe(first?.finding.fingerprint);
});

test('a private key is one finding whose fingerprint covers the whole block', () => {
  const factory = new SecretFactory(13);
  const key = factory.sample('private-key');
  const other = key.replace(/\n[^\n]+\n-----END/, `\n${factory.chars('ABCDEFGH', 64)}\n-----END`);
  const [first] = scan(key);
  const [second] = scan(other);
  expect(first?.finding.ruleId).toBe('private-key');
  expect(first?.finding.fingerprint).not.toBe(second?.finding.fingerprint);
});

describe('linear time: 100 KB adversarial lines take every rule under 50 ms', () => {
  const adversarial = (keywords: string[]): Record<string, string> => {
    const keyword = keywords[0] ?? 'x';
    const size = 100 * 1024;
    const fill = (unit: string) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
    return {
      "the source article's password=a=a=a…x": `password=${fill('a=')}x`,
      'keywords back to back': fill(keywords.join('')),
      'one keyword, repeated': fill(keyword),
      'keyword, operator, open quote': fill(`${keyword}="`),
      'keyword then a long run of token characters': `${keyword}${fill('A')}`,
      'keyword then separators': fill(`${keyword}:.@/-`),
      'one long token-looking word': fill('aZ09'),
    };
  };
  const cases: [string, SecretRule[]][] = [
    ...BUILT_IN_RULES.map((rule): [string, SecretRule[]] => [rule.id, [rule]]),
    ['every rule together', BUILT_IN_RULES],
  ];
  for (const [name, rules] of cases) {
    test(name, () => {
      const scanner = new SecretScanner(rules);
      // The best of three: other tests share the cores, and a pause of theirs is not this rule's time.
      // Super-linear matching of a 100 KB line takes seconds however often it runs. Each line is
      // scanned as a line of a diff and as a file's bytes (the keyword pass and its filters).
      const timeOf = (scan: () => void) =>
        Math.min(
          ...[1, 2, 3].map(() => {
            const start = performance.now();
            scan();
            return performance.now() - start;
          }),
        );
      const asLine = (line: string) => () =>
        scanner.scan(addedLinesDocument({ path: 'x', lines: [line], lineNumbers: [1] }));
      const asFile = (line: string) => () => scanner.scan(bytesDocument('x', Buffer.from(line)));
      timeOf(asLine('warm up the matcher'));
      timeOf(asFile('warm up the matcher'));
      for (const [lineName, line] of Object.entries(adversarial(rules.flatMap((rule) => rule.keywords)))) {
        expect([lineName, 'as a line', timeOf(asLine(line)) < 50]).toEqual([lineName, 'as a line', true]);
        expect([lineName, 'as a file', timeOf(asFile(line)) < 50]).toEqual([lineName, 'as a file', true]);
      }
    });
  }
});

test('docs/secrets.md describes every built-in rule', () => {
  const docs = readFileSync(join(__dirname, '..', 'docs', 'secrets.md'), 'utf8');
  const documented = [...docs.matchAll(/^\| `([a-z0-9-]+)` +\| (critical|high|medium|low) /gm)].map(
    (match) => [match[1], match[2]],
  );
  expect(documented).toEqual(BUILT_IN_RULES.map((rule) => [rule.id, rule.severity]));
});

test('shannonEntropy counts code points, in bits per character', () => {
  expect(shannonEntropy('')).toBe(0);
  expect(shannonEntropy('aaaa')).toBe(0);
  expect(shannonEntropy('abab')).toBe(1);
  expect(shannonEntropy('abcd')).toBe(2);
  // Outside ASCII and outside the BMP (two UTF-16 units, one character): the same as their ASCII stand-ins,
  // over the string's length in UTF-16 units.
  expect(shannonEntropy('éèéè')).toBe(shannonEntropy('abab'));
  expect(shannonEntropy('a😀a😀')).toBeCloseTo(-(2 / 6) * Math.log2(2 / 6) * 2, 10);
  // Counts do not leak from one value into the next.
  expect(shannonEntropy('xyz')).toBe(shannonEntropy('xyz'));
});

test('isPlaceholder takes one character repeated, in any alphabet, for a placeholder', () => {
  for (const value of ['xxxxxxxx', '00000000', '😀😀😀😀', 'ééééé'])
    expect([value, isPlaceholder(value)]).toEqual([value, true]);
  for (const value of ['aaaaaaab', '😀😁😀😀', 'Xk9#mQ2vL7pRw'])
    expect([value, isPlaceholder(value)]).toEqual([value, false]);
});

test('maskSecret shows the first four characters and the length only', () => {
  expect(maskSecret('AKIAIOSFODNN7EXAMPLE')).toBe('AKIA… (20 characters)');
  expect(maskSecret('😀😀😀😀😀')).toBe('😀😀😀😀… (10 characters)');
  expect(maskSecret('abc')).toBe('abc… (3 characters)');
});
