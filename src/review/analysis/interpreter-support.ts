import type { Expr, SourceModule } from '../ir';
import { CLEAN, INJECTION, sanitize, tainted, unionTaints, type Refinement, type Value } from './values';

/** Helpers of the interpreter that need none of its state. */

/**
 * Calls that carry KMS plaintext from an argument into their result (conversions and copies).
 * Any other call's result is not the plaintext: a request sent with a decrypted API key returns
 * the partner's data, not the key.
 */
export const KMS_TRANSPARENT =
  /^(wrap|copy|copyOf|duplicate|array|asByteBuffer|asByteArray|fromByteBuffer|fromByteArray|fromUtf8String|asUtf8String|from|str|bytes|bytearray|String|toString|decode|encode|getBytes|b64encode|b64decode|encodeToString|toByteArray|Buffer|valueOf|plaintext|withPlaintext|Plaintext|build|builder|append)$/;

const NO_RETURN = new Set([
  'flask.abort',
  'werkzeug.exceptions.abort',
  'sys.exit',
  'exit',
  'os._exit',
  'process.exit',
  'System.exit',
]);

/** Calls that never return normally (`abort(400)`, `sys.exit()`): the path ends there like a `throw`. */
export function isNoReturnCall(expr: Expr, module: SourceModule): boolean {
  if (expr.kind !== 'call') return false;
  if (!expr.receiver) {
    const imported = module.imports.find((entry) => entry.alias === expr.method)?.module;
    return NO_RETURN.has(imported ?? expr.method);
  }
  return expr.receiver.kind === 'name' && NO_RETURN.has(`${expr.receiver.name}.${expr.method}`);
}

/** Calls that throw unless their first argument holds: `assert(ok)`, `ctx.assert(ok, 400)`, `assert.ok(ok)`, `Preconditions.checkArgument(ok)`, `Assert.isTrue(ok, ...)`. */
const ASSERTIONS = new Set(['assert', 'checkArgument', 'checkState', 'isTrue']);

/** The condition an assertion statement proves for the code after it. */
export function assertedCondition(expr: Expr): Expr | undefined {
  if (expr.kind !== 'call') return undefined;
  const receiver = expr.receiver?.kind === 'name' ? expr.receiver.name : undefined;
  const asserts = ASSERTIONS.has(expr.method) || (expr.method === 'ok' && receiver === 'assert');
  return asserts && receiver !== 'console' ? expr.args[0]?.value : undefined;
}

/**
 * `os.path.commonpath([base, candidate]) == base`: the candidates other than the base are
 * inside it (the check is only meaningful on real paths, which the callers have made).
 */
export function commonPathCheck(call: Expr, other: Expr): Expr[] | undefined {
  if (call.kind !== 'call' || call.method !== 'commonpath' || other.kind !== 'name') return undefined;
  const list = call.args[0]?.value;
  if (list?.kind !== 'array') return undefined;
  const candidates = list.elements.filter(
    (element) => !(element.kind === 'name' && element.name === other.name),
  );
  return candidates.length > 0 ? candidates : undefined;
}

/** A regular expression literal's pattern (`^[a-z]+$` of `/^[a-z]+$/i`). */
export function regexLiteralText(part: Expr | undefined): string | undefined {
  if (part?.kind !== 'literal' || typeof part.value !== 'string') return undefined;
  const match = /^\/(.*)\/[a-z]*$/s.exec(part.value);
  return match ? match[1]! : part.value;
}

/** Arithmetic: a number, which no injection can come through, still derived from its operands (a random value stays random). */
export function numberFrom(left: Value, right: Value): Value {
  const taints = unionTaints(left.taints, right.taints);
  return taints.length === 0 ? CLEAN : sanitize(tainted(taints), INJECTION);
}

export function concretePart(value: Value): Value {
  const taints = value.taints.filter((taint) => taint.label !== 'param');
  const rest = value.rest ? concretePart(value.rest) : undefined;
  return { taints, type: value.type, rest };
}

export function withoutConst(value: Value): Value {
  if (!value.hasConst) return value;
  return { ...value, hasConst: undefined, konst: undefined, constAt: undefined };
}

export function shiftParams(value: Value, base: number): Value {
  if (!value.taints.some((taint) => taint.label === 'param' && (taint.param ?? 0) >= base)) return value;
  return {
    ...value,
    taints: value.taints.map((taint) =>
      taint.label === 'param' && (taint.param ?? 0) >= base
        ? { ...taint, param: (taint.param ?? 0) - base, key: `${taint.key}#${base}` }
        : taint,
    ),
  };
}

export function unionRefinements(a: readonly Refinement[], b: readonly Refinement[]): Refinement[] {
  const result = new Map<string, number>();
  for (const refinement of [...a, ...b])
    result.set(refinement.key, (result.get(refinement.key) ?? 0) | refinement.clean);
  return [...result].map(([key, clean]) => ({ key, clean }));
}

export function intersectRefinements(a: readonly Refinement[], b: readonly Refinement[]): Refinement[] {
  const result: Refinement[] = [];
  for (const left of a) {
    const right = b.find((refinement) => refinement.key === left.key);
    if (right && (left.clean & right.clean) !== 0)
      result.push({ key: left.key, clean: left.clean & right.clean });
  }
  return result;
}

/** First segments of fully qualified Java names (`java.net.URLDecoder.decode(...)`), never fields. */
export const JAVA_PACKAGE_ROOTS = new Set([
  'java',
  'javax',
  'jakarta',
  'org',
  'com',
  'net',
  'io',
  'android',
  'kotlin',
  'sun',
  'edu',
  'de',
]);

/** A pathlib path: `base / name` joins paths. */
export const KIND_PATH = 'lib:Path';

/** Markup ending where a URL attribute's value starts: HTML encoding does not stop `javascript:` there. */
export const URL_ATTRIBUTE_OPENING = /\b(href|src|action|formaction|xlink:href|data)\s*=\s*["']?$/i;

/** Calls that return their receiver, so `sb.append(a).append(b)` updates `sb`. */
const FLUENT_UPDATES = new Set([
  'append',
  'insert',
  'add',
  'put',
  'set',
  'push',
  'concat',
  'addArgument',
  'addArguments',
]);

/** The variable a fluent chain of in-place updates starts from, if any. */
export function chainBase(expr: Expr): Expr | undefined {
  let at = expr;
  while (at.kind === 'call' && at.receiver && FLUENT_UPDATES.has(at.method)) at = at.receiver;
  return isAssignable(at) ? at : undefined;
}

export function isAssignable(expr: Expr): boolean {
  return expr.kind === 'name' || expr.kind === 'member' || expr.kind === 'index';
}

export function keywordProps(keywords: ReadonlyMap<string, Value>): Map<string, Value> | undefined {
  return keywords.size > 0 ? new Map(keywords) : undefined;
}

export function lastIdentifier(expr: Expr): string | undefined {
  switch (expr.kind) {
    case 'name':
      return expr.name;
    case 'member':
      return expr.property;
    case 'call':
      return expr.method;
    case 'index':
      return lastIdentifier(expr.object);
    default:
      return undefined;
  }
}

const WEB_IMPORT = /^(javax|jakarta)\.servlet|^org\.springframework\.web|^javax\.ws\.rs|^jakarta\.ws\.rs/;

export function isWebModule(module: SourceModule): boolean {
  return module.imports.some((entry) => WEB_IMPORT.test(entry.module));
}
