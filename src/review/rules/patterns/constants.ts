/**
 * The small value model the pattern detectors evaluate code into. It is deliberately modest:
 * constants (literals, folded operators, string concatenation), object and array literals, the
 * identity of each call/new result, parameters, and `oneOf` for values that differ by branch.
 * Anything else is `derived` from the values it was computed from, keeping the expression so a
 * detector can still look at its syntax (`AES.MODE_ECB`).
 */
import { truthy } from '../../analysis/constants';
import type { CallExpr, Expr, FunctionDecl, Literal, NewExpr } from '../../ir';

/** One evaluated call or `new`, with the values of its receiver and arguments at that point. */
export interface CallEvent {
  expr: CallExpr | NewExpr;
  receiver?: Value;
  /** Aligned with `expr.args`. */
  args: Value[];
  /** The enclosing function as fingerprints name it (`Class.method`, `<module>`). */
  scope: string;
  /** The identity of the value the call returns or the object `new` creates. */
  result: InstanceValue;
}

export interface ConstValue {
  kind: 'const';
  value: Literal;
}
export interface ObjectValue {
  kind: 'object';
  props: Map<string, Value>;
  /** A spread or computed key of unknown content: absent properties may still be set. */
  open: boolean;
  expr: Expr;
}
export interface ArrayValue {
  kind: 'array';
  elements: Value[];
  expr: Expr;
}
export interface InstanceValue {
  kind: 'instance';
  event: CallEvent;
}
export interface ParamValue {
  kind: 'param';
  fn: FunctionDecl;
  index: number;
}
export interface FunctionValue {
  kind: 'function';
  fn: FunctionDecl;
  /** The call this function was passed to as an argument (callbacks). */
  passedTo?: CallEvent;
}
export interface DerivedValue {
  kind: 'derived';
  expr: Expr;
  from: Value[];
}
export interface OneOfValue {
  kind: 'oneOf';
  options: Value[];
}
export interface UnknownValue {
  kind: 'unknown';
}

export type Value =
  | ConstValue
  | ObjectValue
  | ArrayValue
  | InstanceValue
  | ParamValue
  | FunctionValue
  | DerivedValue
  | OneOfValue
  | UnknownValue;

export const UNKNOWN: UnknownValue = { kind: 'unknown' };

/** More options than this and the value is treated as unknown beyond them. */
const MAX_OPTIONS = 16;

export function constant(value: Literal): ConstValue {
  return { kind: 'const', value };
}

export function isConst(value: Value | undefined): value is ConstValue {
  return value?.kind === 'const';
}

/** The possibilities of a value one level deep: `oneOf` flattened, nothing else resolved. */
export function shallowOptions(value: Value): Value[] {
  return value.kind === 'oneOf' ? value.options : [value];
}

function sameValue(a: Value, b: Value): boolean {
  return a === b || (a.kind === 'const' && b.kind === 'const' && a.value === b.value);
}

/** A value that is any one of `values`. */
export function oneOf(values: Value[]): Value {
  const options: Value[] = [];
  for (const option of values.flatMap(shallowOptions)) {
    if (!options.some((known) => sameValue(known, option))) options.push(option);
  }
  if (options.length > MAX_OPTIONS)
    return { kind: 'oneOf', options: [...options.slice(0, MAX_OPTIONS), UNKNOWN] };
  return options.length === 1 ? options[0] : { kind: 'oneOf', options };
}

/** Whether a condition is certainly true or certainly false; undefined when it may be either. */
export function certainTruth(value: Value): boolean | undefined {
  const options = shallowOptions(value);
  if (!options.every(isConst)) return undefined;
  const truths = new Set(options.map((option) => truthy(option.value)));
  return truths.size === 1 ? [...truths][0] : undefined;
}
