import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeProgram } from '../src/review/analysis';
import { lowerFile } from '../src/review/languages';
import type { ReviewFinding } from '../src/review/types';

/**
 * The examples of the CodeGuru Reviewer security detectors article (../shared/seeds), each
 * wrapped in a class and otherwise as printed: every vulnerable example must be reported with
 * the right rule on the marked line, and every fixed version must not be.
 */
const SEED_FOLDER = join(__dirname, 'fixtures', 'review', 'seed-article');
const EXPECT_MARKER = /\bexpect:\s*([a-z0-9-]+)/;

interface Example {
  path: string;
  text: string;
}

function examples(prefix: 'vulnerable' | 'fixed'): Example[] {
  return readdirSync(SEED_FOLDER)
    .filter((name) => name.startsWith(`${prefix}-`))
    .sort()
    .map((name) => {
      const path = join(SEED_FOLDER, name);
      return { path, text: readFileSync(path, 'utf8') };
    });
}

async function review(example: Example): Promise<ReviewFinding[]> {
  return analyzeProgram([await lowerFile(example.path, example.text, 'java')]);
}

function markersOf(text: string): { ruleId: string; line: number }[] {
  return text.split('\n').flatMap((line, index) => {
    const match = EXPECT_MARKER.exec(line);
    return match ? [{ ruleId: match[1]!, line: index + 1 }] : [];
  });
}

const vulnerable = examples('vulnerable');
const fixed = examples('fixed');

test('the article provides a fixed version of every vulnerable example', () => {
  const names = (list: Example[], prefix: string) =>
    list.map((example) => example.path.split('/').pop()!.replace(prefix, ''));
  expect(names(fixed, 'fixed-')).toEqual(names(vulnerable, 'vulnerable-'));
  expect(vulnerable.length).toBe(5);
});

describe.each(vulnerable.map((example) => [example.path.split('/').pop()!, example] as const))(
  'vulnerable example %s',
  (_name, example) => {
    test('is reported with the right rule on the marked line', async () => {
      const markers = markersOf(example.text);
      expect(markers).toHaveLength(1);
      const findings = await review(example);
      for (const marker of markers) {
        expect(
          findings.filter((finding) => finding.ruleId === marker.ruleId).map((finding) => finding.loc.line),
        ).toContain(marker.line);
      }
    });
  },
);

describe.each(fixed.map((example) => [example.path.split('/').pop()!, example] as const))(
  'fixed example %s',
  (name, example) => {
    test('is not reported with the rule its vulnerable version has', async () => {
      const vulnerableText = readFileSync(join(SEED_FOLDER, name.replace('fixed-', 'vulnerable-')), 'utf8');
      const ruleIds = markersOf(vulnerableText).map((marker) => marker.ruleId);
      const findings = await review(example);
      expect(findings.filter((finding) => ruleIds.includes(finding.ruleId))).toEqual([]);
    });
  },
);

test('the path traversal is followed from the cookie through decode() and the Base64 round trip', async () => {
  const example = vulnerable.find((candidate) => candidate.path.endsWith('vulnerable-path-traversal.java'))!;
  const lines = example.text.split('\n');
  const lineOf = (fragment: string) => lines.findIndex((line) => line.includes(fragment)) + 1;
  const [finding] = (await review(example)).filter((candidate) => candidate.ruleId === 'path-traversal');
  const stepLines = finding!.flow!.map((step) => step.loc.line);

  expect(finding!.message).toMatch(/cookie/);
  expect(finding!.flow![0]!.loc.line).toBe(lineOf('request.getCookies()'));
  expect(stepLines).toContain(lineOf('path = decode(theCookie.getValue()'));
  expect(stepLines).toContain(lineOf('return java.net.URLDecoder.decode(val, enc);'));
  expect(stepLines).toContain(
    lineOf('String decStr = new String(org.apache.commons.codec.binary.Base64.decodeBase64('),
  );
  expect(stepLines).toContain(
    lineOf('org.apache.commons.codec.binary.Base64.encodeBase64(fileName.getBytes())'),
  );
  expect(finding!.flow!.at(-1)!.loc.line).toBe(lineOf('new java.io.FileOutputStream(decStr)'));
  expect(finding!.flow!.every((step) => step.path === example.path)).toBe(true);
});

test('the hard-coded key is followed from the static field through getCreds() to BasicAWSCredentials', async () => {
  const example = vulnerable.find((candidate) =>
    candidate.path.endsWith('vulnerable-hardcoded-credentials.java'),
  )!;
  const lines = example.text.split('\n');
  const lineOf = (fragment: string) => lines.findIndex((line) => line.includes(fragment)) + 1;
  const [finding] = (await review(example)).filter(
    (candidate) => candidate.ruleId === 'hardcoded-credentials',
  );

  expect(finding!.flow!.map((step) => step.loc.line)).toEqual([
    lineOf('static String mySecretKey'),
    lineOf('getCreds(myKeyId, mySecretKey)'),
    lineOf('static AWSCredentials getCreds(String id, String key)'),
    lineOf('new BasicAWSCredentials(id, key)'),
  ]);
  expect(finding!.message).not.toContain('MySecretKey');
});
