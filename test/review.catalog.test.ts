import { RULES, ruleById } from '../src/review/rules/catalog';

const DESIGN_TABLE: Record<string, { cwe: string; kind: 'taint' | 'pattern' }> = {
  'hardcoded-credentials': { cwe: 'CWE-798', kind: 'pattern' },
  'static-aws-credentials': { cwe: 'CWE-798', kind: 'pattern' },
  'weak-cipher': { cwe: 'CWE-327', kind: 'pattern' },
  'weak-hash': { cwe: 'CWE-328', kind: 'pattern' },
  'insecure-random': { cwe: 'CWE-330', kind: 'pattern' },
  'cookie-without-secure': { cwe: 'CWE-614', kind: 'pattern' },
  'cookie-without-httponly': { cwe: 'CWE-1004', kind: 'pattern' },
  'kms-decrypt-then-encrypt': { cwe: 'CWE-311', kind: 'taint' },
  'path-traversal': { cwe: 'CWE-22', kind: 'taint' },
  'sql-injection': { cwe: 'CWE-89', kind: 'taint' },
  'ldap-injection': { cwe: 'CWE-90', kind: 'taint' },
  'xpath-injection': { cwe: 'CWE-643', kind: 'taint' },
  'os-command-injection': { cwe: 'CWE-78', kind: 'taint' },
  'cross-site-scripting': { cwe: 'CWE-79', kind: 'taint' },
  'trust-boundary-violation': { cwe: 'CWE-501', kind: 'taint' },
};

test('the catalog has exactly the rules of the design, each once, with their CWE and kind', () => {
  expect(RULES.map((rule) => rule.id).sort()).toEqual(Object.keys(DESIGN_TABLE).sort());
  for (const rule of RULES) {
    expect({ id: rule.id, cwe: rule.cwe, kind: rule.kind }).toEqual({
      id: rule.id,
      cwe: [DESIGN_TABLE[rule.id]!.cwe],
      kind: DESIGN_TABLE[rule.id]!.kind,
    });
    expect(ruleById(rule.id)).toBe(rule);
  }
  expect(ruleById('no-such-rule')).toBeUndefined();
});

test.each(RULES.map((rule) => [rule.id, rule] as const))(
  '%s explains itself and how to fix it',
  (_id, rule) => {
    expect(['critical', 'high', 'medium', 'low']).toContain(rule.severity);
    expect(rule.title.length).toBeGreaterThan(5);
    expect(rule.description.length).toBeGreaterThan(80);
    expect(rule.remediation.length).toBeGreaterThan(60);
    expect(rule.fixedExample.split('\n').length).toBeGreaterThanOrEqual(1);
    const cwePage = `https://cwe.mitre.org/data/definitions/${rule.cwe[0]!.replace('CWE-', '')}.html`;
    if (!rule.helpUri.startsWith('https://docs.aws.amazon.com/')) expect(rule.helpUri).toBe(cwePage);
    expect(rule.tags).toContain('security');
    expect(rule.languages.length).toBeGreaterThan(0);
  },
);
