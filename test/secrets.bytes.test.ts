import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ScanDocument, SecretScanner } from '../src/secrets/engine';
import { KeywordBytes } from '../src/secrets/keyword-bytes';
import { type AssignmentSpec, assignmentMatcher, tokenMatcher } from '../src/secrets/matchers';
import { BUILT_IN_RULES } from '../src/secrets/rules';
import { bytesDocument, FileReader, fileDocument } from '../src/secrets/sources/files';
import type { RawFinding, SecretRule } from '../src/secrets/types';
import { seededRandom } from '../src/runtime/seeded-random';
import { lineWith, SecretFactory } from './support/secret-samples';

/**
 * A file's keywords are found in its raw bytes, and only their lines are decoded: whatever the
 * bytes hold, that must report exactly what scanning the decoded text reports.
 */

const scanner = new SecretScanner(BUILT_IN_RULES);
const places = (found: RawFinding[]) =>
  found.map(({ finding, secret }) => `${finding.line}:${finding.column} ${finding.ruleId} ${secret}`);

function expectSameFromBytes(bytes: Buffer, path = 'config/app.env'): string[] {
  const fromText = places(scanner.scan(fileDocument(path, bytes.toString('utf8'))));
  expect(places(scanner.scan(bytesDocument(path, bytes)))).toEqual(fromText);
  return fromText;
}

describe('scanning the bytes of a file', () => {
  const factory = new SecretFactory(11);
  const github = factory.sample('github-token');
  const aws = factory.sample('aws-access-key-id');

  test('reports what the decoded text reports, for every rule and format', () => {
    for (const rule of BUILT_IN_RULES) {
      for (const language of ['env', 'js', 'py', 'yaml', 'json'] as const) {
        const secret = factory.sample(rule.id);
        const line =
          rule.id === 'private-key' ? `key = """\n${secret}\n"""` : lineWith(rule.id, secret, language);
        const text = `# header\n${line}\nnext = 1\n${line}\n`;
        expect(expectSameFromBytes(Buffer.from(text), `app/settings.${language}`).length).toBeGreaterThan(0);
      }
    }
  });

  test('counts columns in characters on lines outside ASCII, with CRLF line ends', () => {
    const text = `title = "Café ☕ 𝄞"\r\nnote = "é" token = "${github}"\r\n𝄞 GITHUB = ${github}\r\n`;
    expect(expectSameFromBytes(Buffer.from(text))).toEqual([
      `2:21 github-token ${github}`,
      `3:13 github-token ${github}`,
    ]);
  });

  test('reads keywords in any case, at the very start and end, and overlapping ones', () => {
    const text = `AWS_SECRET_ACCESS_KEY=${factory.sample('aws-secret-access-key')}\nkey ${aws}\nend ${github}`;
    const found = expectSameFromBytes(Buffer.from(text));
    expect(found.map((place) => place.split(' ')[1])).toEqual([
      'aws-secret-access-key',
      'aws-access-key-id',
      'github-token',
    ]);
  });

  test('keeps to the text around bytes that are not UTF-8', () => {
    const bytes = Buffer.concat([
      Buffer.from('a = "\xff\xfe"\n', 'latin1'),
      Buffer.from([0xe2, 0x82]),
      Buffer.from(` password = "Xk9#mQ2vL7pRw"\n`),
    ]);
    expect(expectSameFromBytes(bytes)).toEqual(['2:15 generic-secret Xk9#mQ2vL7pRw']);
  });

  test('passes over keyword hits no rule can match there, and misses no secret for it', () => {
    // 320 bytes: more than the rule's longest password (256), but 200 characters.
    const longPassword = 'Zé9ü#ñ2çßà'.repeat(20);
    const text = [
      'see https://example.com/docs and http://localhost:8080/health',
      'if not check_password(user, password):',
      'The password is read from the secret store.',
      `db = "postgres://app:${longPassword}@db.internal:5432/orders"`,
      'cache = "redis://:Zq8#vN2mWx7@cache.internal:6379"',
      '"password"  :   "Xk9#mQ2vL7pRw",',
      "define('DB_PASSWORD', 'Xk9#mQ2vL7pRw');",
      '<password>Xk9#mQ2vL7pRw</password>',
    ].join('\n');
    const found = expectSameFromBytes(Buffer.from(text), 'config/app.py');
    expect(found.map((place) => place.split(' ').slice(0, 2).join(' '))).toEqual([
      '4:22 url-credentials',
      '5:19 url-credentials',
      '6:18 generic-secret',
      '7:24 generic-secret',
      '8:11 generic-secret',
    ]);
  });

  test("the keyword pass drops a hit only where the rule's byte filters rule it out", () => {
    const hitsKept = (id: string, keyword: string, text: string) => {
      const rule = BUILT_IN_RULES.find((candidate) => candidate.id === id) as SecretRule;
      const matcher =
        rule.match.kind === 'token'
          ? tokenMatcher(rule.match)
          : assignmentMatcher(rule.match as AssignmentSpec);
      const finder = KeywordBytes.of([keyword], [matcher.byteFilters.map((steps) => ({ offset: 0, steps }))]);
      return (finder as KeywordBytes).find(Buffer.from(text)).count;
    };
    expect(hitsKept('url-credentials', '://', 'https://example.com/a and http://user@host/')).toBe(0);
    expect(hitsKept('url-credentials', '://', 'https://user:pw@host/')).toBe(0); // a password of 3 or more
    expect(hitsKept('url-credentials', '://', 'https://user:pwd1@host/ redis://:pwd1@cache')).toBe(2);
    expect(hitsKept('generic-secret', 'password', 'check_password(user, password) the password is')).toBe(0);
    expect(hitsKept('generic-secret', 'password', 'db_password := "x"')).toBe(1);
    expect(hitsKept('generic-secret', 'password', "define('password' , 'x')")).toBe(1);
    expect(hitsKept('generic-secret', 'secret', 'secret, err := sm.Get(); matches(secret, hash)')).toBe(0);
    expect(hitsKept('generic-secret', 'password', '<db.password>x</db.password>')).toBe(2);
    expect(hitsKept('generic-secret', 'password', 'password' + ' '.repeat(17) + '= x')).toBe(0);
  });

  test('honours the allow marker and finds near and nearby rules across lines', () => {
    const twilio = factory.sample('twilio-auth-token');
    const awsSecret = factory.sample('aws-secret-access-key');
    const text = [
      `token = "${github}" # rampart:allow-secret`,
      'twilio:',
      '  sid: AC0123',
      `  auth: ${twilio}`,
      `${aws},`,
      `${awsSecret}`,
    ].join('\n');
    expect(
      expectSameFromBytes(Buffer.from(text), 'config/app.yaml').map((place) => place.split(' ')[1]),
    ).toEqual(['twilio-auth-token', 'aws-access-key-id', 'aws-secret-access-key']);
  });

  test('reports a secret on each of two identical lines', () => {
    const line = 'db_password = "Xk9#mQ2vL7pRw"';
    expect(expectSameFromBytes(Buffer.from(`${line}\n${line}\n`))).toEqual([
      '1:16 generic-secret Xk9#mQ2vL7pRw',
      '2:16 generic-secret Xk9#mQ2vL7pRw',
    ]);
  });

  test('reads a file without keywords as having no finding', () => {
    expect(expectSameFromBytes(Buffer.from('const total = items.length;\n'.repeat(100)))).toEqual([]);
  });

  test('searches the decoded text when a custom keyword is short or not ASCII', () => {
    const rule = (keyword: string): SecretRule => ({
      id: `custom-${keyword}`,
      description: 'custom',
      severity: 'low',
      keywords: [keyword],
      match: { kind: 'regex', pattern: `${keyword}=([0-9]{6})`, maxMatchLength: 16 },
      remediation: 'rotate',
    });
    expect(KeywordBytes.of(['ké'])).toBeUndefined();
    expect(KeywordBytes.of(['pw'])).toBeUndefined();
    for (const keyword of ['ké', 'pw']) {
      const custom = new SecretScanner([rule(keyword)]);
      const bytes = Buffer.from(`x\n${keyword}=123456\n`);
      expect(places(custom.scan(bytesDocument('a.txt', bytes)))).toEqual([
        `2:${keyword.length + 2} custom-${keyword} 123456`,
      ]);
    }
  });
});

describe('KeywordBytes', () => {
  test('finds the longest keyword at each position, in any case, as the keyword regex does', () => {
    const finder = KeywordBytes.of(['aws_secret', 'secret', 'token', '://']) as KeywordBytes;
    const hits = finder.find(Buffer.from('AWS_SECRET tOkEn https://x secre'));
    const found = Array.from({ length: hits.count }, (_, index) => [
      hits.positions[index],
      finder.keywords[hits.keywords[index] as number],
    ]);
    expect(found).toEqual([
      [0, 'aws_secret'],
      [4, 'secret'],
      [11, 'token'],
      [22, '://'],
    ]);
  });

  test('finds across window edges and among many keywords what a plain search finds', () => {
    // More fingerprints than the filter has buckets, keywords of three bytes, shared prefixes, and
    // punctuation whose | 0x20 is another character ('_' and DEL, '@' and '`').
    const keywords = [
      ...BUILT_IN_RULES.flatMap((rule) => rule.keywords),
      'abc',
      'abcdef',
      'x_@',
      'zz_z',
      '-----begin',
    ].filter((keyword, index, all) => all.indexOf(keyword) === index);
    const finder = KeywordBytes.of(keywords) as KeywordBytes;
    const pieces = [
      'abc',
      'ABCDEF',
      'x_@',
      'X\x7f`',
      'zz\x7fz',
      'ZZ_Z',
      'https://',
      'Password',
      'xoxb-',
      'é',
      '\n',
      'q',
    ];
    const random = seededRandom(5);
    let text = '';
    // Past two windows (256 KiB each), so that keywords fall on their edges.
    while (text.length < 560_000) text += pieces[Math.floor(random() * pieces.length)];
    const bytes = Buffer.from(text, 'latin1');
    const hits = finder.find(bytes);
    const found = Array.from(
      { length: hits.count },
      (_, index) => `${hits.positions[index]} ${keywords[hits.keywords[index] as number]}`,
    );
    const lower = text.toLowerCase();
    const expected: string[] = [];
    for (let position = 0; position < lower.length; position++) {
      const longest = keywords
        .filter((keyword) => lower.startsWith(keyword, position))
        .sort((a, b) => b.length - a.length)[0];
      if (longest) expected.push(`${position} ${longest}`);
    }
    expect(found.length).toBeGreaterThan(10_000);
    expect(found).toEqual(expected);
  });

  test('grows its result beyond its first capacity', () => {
    const finder = KeywordBytes.of(['token']) as KeywordBytes;
    expect(finder.find(Buffer.from('token '.repeat(5000))).count).toBe(5000);
  });
});

describe('FileReader', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'rampart-reader-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('reads files larger than its buffer whole, then smaller ones', () => {
    const large = Buffer.alloc(3 * 1024 * 1024 + 17, 'ab');
    writeFileSync(join(dir, 'large'), large);
    writeFileSync(join(dir, 'small'), 'small');
    writeFileSync(join(dir, 'empty'), '');
    const reader = new FileReader();
    expect(reader.read(join(dir, 'large')).equals(large)).toBe(true);
    expect(reader.read(join(dir, 'small')).toString()).toBe('small');
    expect(reader.read(join(dir, 'empty')).length).toBe(0);
    expect(readFileSync(join(dir, 'large')).equals(large)).toBe(true);
  });

  test('fails on a missing file', () => {
    expect(() => new FileReader().read(join(dir, 'missing'))).toThrow(/ENOENT/);
  });
});

test('a file read as bytes gives each line as splitting its decoded text does', () => {
  const bytes = Buffer.concat([
    Buffer.from('a\r\nb\n\r\nc\rd\n'),
    Buffer.from([0xe2, 0x82, 0x0a]), // a character cut short before a line break
    Buffer.from('é ☕\r'),
  ]);
  const fromBytes = bytesDocument('x', bytes);
  const fromText = fileDocument('x', bytes.toString('utf8'));
  const linesOf = (document: ScanDocument) =>
    Array.from({ length: document.lineCount + 1 }, (_, index) => document.line(index));
  expect(fromBytes.lineCount).toBe(6);
  expect(linesOf(fromBytes)).toEqual(linesOf(fromText));
});

test('a file read as bytes counts its characters in UTF-16 code units, as a decoded string does', () => {
  for (const text of ['plain', 'Café ☕ 𝄞', ''])
    expect(bytesDocument('x', Buffer.from(text)).characterCount).toBe(text.length);
  expect(bytesDocument('x', Buffer.from([0x61, 0xff, 0xe2, 0x82])).characterCount).toBe(
    'a\ufffd\ufffd'.length,
  );
});
