import type { Expr, Literal, Location } from '../ir';
import type { FlowStep } from '../types';

/**
 * The abstract values the taint analysis computes. A value knows which tainted data it may hold
 * (with the path each piece took), whether it is a known constant, what kind of object it is
 * (for resolving calls and recognising library objects), and, for maps, lists, arrays and
 * objects, what each constant key or index holds.
 */

/** What a sink exposes; a sanitizer or guard makes a taint clean for some of these. */
export const CATEGORY = {
  path: 1,
  sql: 2,
  ldap: 4,
  xpath: 8,
  command: 16,
  xss: 32,
  trust: 64,
  /** KMS Encrypt plaintext (kms-decrypt-then-encrypt). */
  kmsEncrypt: 128,
  /** A secret, token, key, IV, cookie or session value (insecure-random). */
  secretUse: 256,
  /** A credential parameter (hardcoded-credentials): reached by constant strings, not by taint. */
  credential: 512,
  /** Not a sink: safe as a URL (no `javascript:` scheme); an HTML-encoded value in `href="..."` needs it too. */
  url: 1024,
} as const;

export type CategoryName = keyof typeof CATEGORY;

/** Every injection category: what validation (allow-lists, equality with constants) makes safe. */
export const INJECTION = 127 | CATEGORY.url;

/**
 * Where tainted data comes from: a remote user (HTTP request), local input (environment,
 * command line, files), a KMS Decrypt result, a predictable random generator, or, while a
 * function is summarised, one of its parameters (`this` is parameter -1).
 */
export type Label = 'remote' | 'local' | 'kms' | 'random' | 'param';

/** The flow a taint took, newest step first; shared between taints so extending is cheap. */
export interface Trail {
  readonly step: FlowStep;
  readonly prev?: Trail;
  readonly length: number;
}

export interface Taint {
  readonly label: Label;
  /** For `param` taints: the parameter index (-1 for `this`) and, for `this`, the field read. */
  readonly param?: number;
  readonly field?: string;
  /** The source: where the data entered and what kind of input it is (e.g. "request parameter"). */
  readonly origin: FlowStep;
  /** Categories a sanitizer or guard has made this taint safe for. */
  readonly clean: number;
  readonly trail: Trail;
  readonly key: string;
}

/** A boolean value that, when true or false, proves variables safe for some categories. */
export interface Guard {
  readonly whenTrue: readonly Refinement[];
  readonly whenFalse: readonly Refinement[];
}

export interface Refinement {
  /** A state key: a variable name, `this.field`, or a property path (`req.query.sort`). */
  readonly key: string;
  readonly clean: number;
  /** The expression the key names, to read its value when the state does not hold it yet. */
  readonly expr?: Expr;
}

export interface Value {
  readonly taints: readonly Taint[];
  /** Set when the value is a known constant (`konst` may then be null). */
  readonly hasConst?: boolean;
  readonly konst?: Literal;
  /** Where a constant string was written: reported by hardcoded-credentials. */
  readonly constAt?: { path: string; loc: Location };
  /** A user class name or a library object kind (see rules/library.ts), for resolving calls. */
  readonly type?: string;
  /** A module, package or class the name refers to (`os.path`, `URLDecoder`), for static calls. */
  readonly ref?: string;
  /** Contents by constant key or index: map entries, list/array elements, object fields. */
  readonly props?: ReadonlyMap<string, Value>;
  /** Contents under keys that are not known. */
  readonly rest?: Value;
  /** Number of elements when every element's index is known (lists built with `add`). */
  readonly length?: number;
  /** A path made canonical (`normalize()`, `getCanonicalPath()`, `os.path.realpath`...). */
  readonly normalized?: boolean;
  readonly guard?: Guard;
  /** A compiled regular expression with a constant source. */
  readonly regex?: string;
  /** The result of `path.relative(base, p)`: the state key of `p`, which a `startsWith('..')` check validates. */
  readonly relativeOf?: string;
  /** A function value (lambda, arrow function, function reference). */
  readonly closure?: unknown;
  /** The constant text a string built by concatenation starts with (`'<p>' + name` starts with `<p>`). */
  readonly leading?: string;
}

export const CLEAN: Value = { taints: [] };

export function constant(konst: Literal, constAt?: { path: string; loc: Location }): Value {
  return constAt ? { taints: [], hasConst: true, konst, constAt } : { taints: [], hasConst: true, konst };
}

const MAX_TAINTS = 8;
const MAX_TRAIL = 40;
const MAX_DEPTH = 4;

export function taintKey(
  label: Label,
  origin: FlowStep,
  clean: number,
  param?: number,
  field?: string,
): string {
  const where =
    label === 'param' ? `${param}.${field ?? ''}` : `${origin.path}:${origin.loc.line}:${origin.loc.column}`;
  return `${label}|${where}|${clean}`;
}

export function newTaint(label: Label, origin: FlowStep, param?: number, field?: string): Taint {
  const trail: Trail = { step: origin, length: 1 };
  return { label, origin, clean: 0, trail, key: taintKey(label, origin, 0, param, field), param, field };
}

export function withClean(taint: Taint, clean: number): Taint {
  const merged = taint.clean | clean;
  if (merged === taint.clean) return taint;
  return {
    ...taint,
    clean: merged,
    key: taintKey(taint.label, taint.origin, merged, taint.param, taint.field),
  };
}

/** Adds a step; past the length cap only `force`d steps (sinks) are still added. */
export function extendTrail(trail: Trail, step: FlowStep, force = false): Trail {
  if (trail.length >= MAX_TRAIL && !force) return trail;
  const last = trail.step;
  if (last.path === step.path && last.loc.line === step.loc.line && last.message === step.message)
    return trail;
  return { step, prev: trail, length: trail.length + 1 };
}

export function trailSteps(trail: Trail): FlowStep[] {
  const steps: FlowStep[] = [];
  for (let at: Trail | undefined = trail; at; at = at.prev) steps.push(at.step);
  return steps.reverse();
}

/** Appends `steps` (oldest first) to `trail`. */
export function appendSteps(trail: Trail, steps: readonly FlowStep[]): Trail {
  let result = trail;
  for (const step of steps) result = extendTrail(result, step);
  return result;
}

export function unionTaints(a: readonly Taint[], b: readonly Taint[]): readonly Taint[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  let result: Taint[] | undefined;
  for (const taint of b) {
    if (a.some((existing) => existing.key === taint.key)) continue;
    result ??= [...a];
    if (result.length >= MAX_TAINTS) break;
    result.push(taint);
  }
  return result ?? a;
}

export function isClean(value: Value): boolean {
  return value.taints.length === 0 && !value.props && !value.rest;
}

/** The least value both may be: taints and contents united, facts kept only where both agree. */
export function join(a: Value, b: Value, depth = 0): Value {
  if (a === b) return a;
  const taints = unionTaints(a.taints, b.taints);
  const bothConst = a.hasConst && b.hasConst && a.konst === b.konst;
  const props = depth < MAX_DEPTH ? joinProps(a, b, depth) : undefined;
  const rest = a.rest && b.rest ? join(a.rest, b.rest, depth + 1) : (a.rest ?? b.rest);
  const result: {
    -readonly [K in keyof Value]: Value[K];
  } = { taints };
  if (bothConst) {
    result.hasConst = true;
    result.konst = a.konst;
    result.constAt = a.constAt ?? b.constAt;
  }
  const type = a.type ?? b.type;
  if (type) result.type = type;
  const ref = a.ref === b.ref ? a.ref : undefined;
  if (ref) result.ref = ref;
  if (props && props.size > 0) result.props = props;
  if (rest) result.rest = rest;
  if (a.length !== undefined && a.length === b.length) result.length = a.length;
  if (a.normalized && b.normalized) result.normalized = true;
  if (a.regex !== undefined && a.regex === b.regex) result.regex = a.regex;
  if (a.guard && a.guard === b.guard) result.guard = a.guard;
  if (a.leading !== undefined && a.leading === b.leading) result.leading = a.leading;
  const closure = a.closure ?? b.closure;
  if (closure) result.closure = closure;
  return result;
}

function joinProps(a: Value, b: Value, depth: number): Map<string, Value> | undefined {
  if (!a.props && !b.props) return undefined;
  const props = new Map<string, Value>();
  for (const [key, value] of a.props ?? []) {
    const other = b.props?.get(key);
    props.set(key, other ? join(value, other, depth + 1) : value);
  }
  for (const [key, value] of b.props ?? []) if (!props.has(key)) props.set(key, value);
  return props;
}

export function joinAll(values: readonly Value[]): Value {
  return values.reduce((acc, value) => join(acc, value), CLEAN);
}

/** Whether two values carry the same facts (used to detect fixpoints). */
export function sameValue(a: Value, b: Value, depth = 0): boolean {
  if (a === b) return true;
  if (a.taints.length !== b.taints.length) return false;
  for (const taint of a.taints) if (!b.taints.some((other) => other.key === taint.key)) return false;
  if (Boolean(a.hasConst) !== Boolean(b.hasConst) || a.konst !== b.konst) return false;
  if (a.type !== b.type || a.ref !== b.ref || a.length !== b.length || a.normalized !== b.normalized)
    return false;
  if (a.regex !== b.regex || a.closure !== b.closure || a.guard !== b.guard || a.leading !== b.leading)
    return false;
  if (depth > MAX_DEPTH) return true;
  if (Boolean(a.rest) !== Boolean(b.rest) || (a.rest && b.rest && !sameValue(a.rest, b.rest, depth + 1)))
    return false;
  const aSize = a.props?.size ?? 0;
  if (aSize !== (b.props?.size ?? 0)) return false;
  for (const [key, value] of a.props ?? []) {
    const other = b.props?.get(key);
    if (!other || !sameValue(value, other, depth + 1)) return false;
  }
  return true;
}

/** Every taint the value or anything it contains holds. */
export function deepTaints(value: Value, depth = 0): readonly Taint[] {
  if (depth > MAX_DEPTH || (!value.props && !value.rest)) return value.taints;
  let taints = value.taints;
  for (const inner of value.props?.values() ?? []) taints = unionTaints(taints, deepTaints(inner, depth + 1));
  if (value.rest) taints = unionTaints(taints, deepTaints(value.rest, depth + 1));
  return taints;
}

/** A value holding only the given taints (constants, kinds and contents dropped). */
export function tainted(taints: readonly Taint[]): Value {
  return taints.length === 0 ? CLEAN : { taints };
}

/** The same data with every taint (and contained taint) made clean for `clean`. */
export function sanitize(value: Value, clean: number, depth = 0): Value {
  if (clean === 0) return value;
  const taints = value.taints.map((taint) => withClean(taint, clean));
  if (depth > MAX_DEPTH || (!value.props && !value.rest)) return { ...value, taints };
  const props = value.props
    ? new Map([...value.props].map(([key, inner]) => [key, sanitize(inner, clean, depth + 1)] as const))
    : undefined;
  const rest = value.rest ? sanitize(value.rest, clean, depth + 1) : undefined;
  return { ...value, taints, props, rest };
}

/** The same data with a flow step added to every taint's trail. */
export function withStep(value: Value, step: FlowStep): Value {
  if (value.taints.length === 0) return value;
  return {
    ...value,
    taints: value.taints.map((taint) => ({ ...taint, trail: extendTrail(taint.trail, step) })),
  };
}

export function taintsWithStep(taints: readonly Taint[], step: FlowStep): readonly Taint[] {
  return taints.map((taint) => ({ ...taint, trail: extendTrail(taint.trail, step) }));
}

export function setProp(value: Value, key: string, inner: Value): Value {
  const props = new Map(value.props ?? []);
  props.set(key, inner);
  return { ...value, props };
}

export function addRest(value: Value, inner: Value): Value {
  return { ...value, rest: value.rest ? join(value.rest, inner) : inner, length: undefined };
}

/** What a read by `key` (undefined: unknown key) may return. */
export function readProp(value: Value, key: string | undefined): Value {
  let result: Value = tainted(value.taints);
  if (key !== undefined && value.props?.has(key)) return join(result, value.props.get(key)!);
  if (key === undefined) for (const inner of value.props?.values() ?? []) result = join(result, inner);
  if (value.rest) result = join(result, value.rest);
  return result;
}

/** Every element a loop over the value may bind. */
export function elementsOf(value: Value): Value {
  return readProp(value, undefined);
}

/** The same data with some clean bits taken back (an HTML-encoded value placed where a URL is expected). */
export function unclean(value: Value, lost: number, unless: number): Value {
  const affected = (taint: Taint) => (taint.clean & lost) !== 0 && (taint.clean & unless) === 0;
  const taints = deepTaints(value);
  if (!taints.some(affected)) return value;
  return {
    taints: taints.map((taint) =>
      affected(taint)
        ? {
            ...taint,
            clean: taint.clean & ~lost,
            key: taintKey(taint.label, taint.origin, taint.clean & ~lost, taint.param, taint.field),
          }
        : taint,
    ),
    type: value.type,
  };
}
