import type { Expr, SourceModule } from '../ir';
import { ruleById } from '../rules/catalog';
import { PATTERN_DETECTORS } from '../rules/patterns';
import { isCredentialLiteral, isCredentialName } from '../rules/secret-names';
import { taintMessage } from '../rules/taint-rules';
import type { FlowStep, ReviewFinding } from '../types';
import { Engine } from './engine';
import { enclosingName, fingerprintOf, shapeOf } from './fingerprint';
import type { RawFinding } from './summary';
import { trailSteps } from './values';

/**
 * Reviews a whole program: the dataflow rules over every module together (so flows across
 * methods and files are followed), then the pattern detectors module by module. Pure and
 * deterministic: findings are sorted by path, line, column and rule.
 */
export function analyzeProgram(modules: SourceModule[]): ReviewFinding[] {
  const raw = new Engine(modules).run();
  const findings = [...dataflowFindings(raw), ...credentialFieldFindings(modules, raw)];
  for (const module of modules)
    for (const detector of PATTERN_DETECTORS) findings.push(...detector(module, modules));
  return deduplicate(findings).sort(compareFindings);
}

function dataflowFindings(raw: readonly RawFinding[]): ReviewFinding[] {
  return raw.filter((finding) => !isShadowedCredential(finding, raw)).map(toReviewFinding);
}

/** A literal reported under its variable's name is reported once, where it builds credentials, if it does. */
function isShadowedCredential(finding: RawFinding, all: readonly RawFinding[]): boolean {
  if (!isNameOnlyCredential(finding)) return false;
  return all.some(
    (other) => other !== finding && buildsCredentials(other) && sameStep(other.origin, finding.origin),
  );
}

function isNameOnlyCredential(finding: RawFinding): boolean {
  return finding.hit.ruleId === 'hardcoded-credentials' && finding.hit.what.startsWith('the credential ');
}

/**
 * Signing keys are "other hard-coded secrets": reported where the literal is named, even when a
 * signing call uses it. Credentials that build a client are reported where they build it.
 */
function buildsCredentials(finding: RawFinding): boolean {
  return (
    finding.hit.ruleId === 'hardcoded-credentials' &&
    !isNameOnlyCredential(finding) &&
    !/^(jwt|jsonwebtoken|Algorithm)\./.test(finding.hit.what)
  );
}

function sameStep(a: FlowStep, b: FlowStep): boolean {
  return a.path === b.path && a.loc.line === b.loc.line && a.loc.column === b.loc.column;
}

function toReviewFinding(finding: RawFinding): ReviewFinding {
  const { hit } = finding;
  const reportAtSource = hit.ruleId === 'insecure-random';
  const at = reportAtSource ? finding.origin : hit;
  const sourceWhat = finding.origin.message.replace(/ read here$/, '');
  return {
    ruleId: hit.ruleId,
    severity: ruleById(hit.ruleId)?.severity ?? 'medium',
    path: at.path,
    loc: at.loc,
    message: taintMessage(hit.category, sourceWhat, hit.what),
    flow: trailSteps(finding.trail),
    fingerprint: fingerprintOf(
      hit.ruleId,
      at.path,
      hit.enclosing,
      reportAtSource ? `${sourceWhat} -> ${hit.code}` : hit.code,
    ),
  };
}

/** Java, Python and JavaScript class fields initialised with a literal credential (`private String apiToken = "sk_live..."`). */
function credentialFieldFindings(
  modules: readonly SourceModule[],
  raw: readonly RawFinding[],
): ReviewFinding[] {
  const findings: ReviewFinding[] = [];
  for (const module of modules) {
    for (const cls of module.classes) {
      for (const field of cls.fields) {
        const name =
          field.target.kind === 'name'
            ? field.target.name
            : field.target.kind === 'member'
              ? field.target.property
              : undefined;
        const literal = literalText(field.value);
        if (!name || literal === undefined || !isCredentialName(name) || !isCredentialLiteral(literal))
          continue;
        const usedByCredentialSink = raw.some(
          (finding) =>
            buildsCredentials(finding) &&
            finding.origin.path === module.path &&
            finding.origin.loc.line === field.value.loc.line,
        );
        if (usedByCredentialSink) continue;
        findings.push({
          ruleId: 'hardcoded-credentials',
          severity: ruleById('hardcoded-credentials')!.severity,
          path: module.path,
          loc: field.loc,
          message: `The field ${name} holds a hard-coded credential; load it from the environment or a secrets manager instead.`,
          fingerprint: fingerprintOf(
            'hardcoded-credentials',
            module.path,
            enclosingName({ name: '<fields>', className: cls.name }),
            `${name} = ${shapeOf(field.value).length} chars`,
          ),
        });
      }
    }
  }
  return findings;
}

function literalText(expr: Expr): string | undefined {
  if (expr.kind === 'literal' && typeof expr.value === 'string') return expr.value;
  if (expr.kind === 'binary' && expr.operator === '+') {
    const left = literalText(expr.left);
    const right = literalText(expr.right);
    return left !== undefined && right !== undefined ? left + right : undefined;
  }
  if (expr.kind === 'call' && expr.receiver && ['toCharArray', 'getBytes', 'encode'].includes(expr.method))
    return literalText(expr.receiver);
  return undefined;
}

/** One finding per rule and line: several sources reaching one sink are one problem. */
function deduplicate(findings: readonly ReviewFinding[]): ReviewFinding[] {
  const seen = new Set<string>();
  const result: ReviewFinding[] = [];
  for (const finding of [...findings].sort(compareFindings)) {
    const key = `${finding.ruleId}|${finding.path}|${finding.loc.line}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(finding);
  }
  return result;
}

function compareFindings(a: ReviewFinding, b: ReviewFinding): number {
  return (
    compareText(a.path, b.path) ||
    a.loc.line - b.loc.line ||
    a.loc.column - b.loc.column ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.fingerprint, b.fingerprint)
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
