/**
 * The small value model the pattern detectors evaluate code into. It is deliberately modest:
 * constants (literals, folded operators, string concatenation), object and array literals, the
 * identity of each call/new result, parameters, and `oneOf` for values that differ by branch.
 * Anything else is `derived` from the values it was computed from, keeping the expression so a
 * detector can still look at its syntax (`AES.MODE_ECB`).
 */
import type { CallExpr, Expr, FunctionDecl, Language, Literal, NewExpr } from '../../ir';

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

/** Truthiness of a constant the way JavaScript and Python judge it (Java has only booleans). */
export function truthy(value: Literal): boolean {
  return !(value === false || value === null || value === 0 || value === '');
}

/** Whether a condition is certainly true or certainly false; undefined when it may be either. */
export function certainTruth(value: Value): boolean | undefined {
  const options = shallowOptions(value);
  if (!options.every(isConst)) return undefined;
  const truths = new Set(options.map((option) => truthy(option.value)));
  return truths.size === 1 ? [...truths][0] : undefined;
}

function numeric(value: Literal): number | undefined {
  return typeof value === 'number' ? value : typeof value === 'boolean' ? Number(value) : undefined;
}

function arithmetic(operator: string, a: number, b: number, language: Language): number | undefined {
  const integral = language === 'java' && Number.isInteger(a) && Number.isInteger(b);
  switch (operator) {
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      if (b === 0) return undefined;
      return integral ? Math.trunc(a / b) : a / b;
    case '%':
      return b === 0 ? undefined : a % b;
    default:
      return undefined;
  }
}

function compare(operator: string, a: Literal, b: Literal): boolean | undefined {
  switch (operator) {
    case '==':
    case '===':
      return a === b;
    case '!=':
    case '!==':
      return a !== b;
  }
  const x = numeric(a);
  const y = numeric(b);
  if (x === undefined || y === undefined) return undefined;
  switch (operator) {
    case '<':
      return x < y;
    case '<=':
      return x <= y;
    case '>':
      return x > y;
    case '>=':
      return x >= y;
    default:
      return undefined;
  }
}

function concatenate(a: Literal, b: Literal): Literal | undefined {
  if (typeof a === 'string' || typeof b === 'string') return `${String(a)}${String(b)}`;
  const x = numeric(a);
  const y = numeric(b);
  return x !== undefined && y !== undefined ? x + y : undefined;
}

/** `"ab" * 3` (Python strings and bytes repeat). */
function repeat(a: Literal, b: Literal, language: Language): Literal | undefined {
  if (language !== 'python') return undefined;
  if (typeof a === 'string' && typeof b === 'number' && Number.isInteger(b) && b >= 0 && b <= 4096)
    return a.repeat(b);
  if (typeof b === 'string' && typeof a === 'number') return repeat(b, a, language);
  return undefined;
}

/** A binary operator on two constants, or undefined when it cannot be folded. */
export function foldBinary(
  operator: string,
  a: Literal,
  b: Literal,
  language: Language,
): Literal | undefined {
  switch (operator) {
    case '+':
      return concatenate(a, b);
    case '&&':
      return truthy(a) ? b : a;
    case '||':
      return truthy(a) ? a : b;
    case '*': {
      const repeated = repeat(a, b, language);
      if (repeated !== undefined) return repeated;
      break;
    }
  }
  const comparison = compare(operator, a, b);
  if (comparison !== undefined) return comparison;
  const x = numeric(a);
  const y = numeric(b);
  return x === undefined || y === undefined ? undefined : arithmetic(operator, x, y, language);
}

export function foldUnary(operator: string, value: Literal): Literal | undefined {
  switch (operator) {
    case '!':
      return !truthy(value);
    case '-':
      return typeof value === 'number' ? -value : undefined;
    case '+':
      return typeof value === 'number' ? value : undefined;
    default:
      return undefined;
  }
}

/** String methods that keep a constant constant: `"des".toUpperCase()`, `'md5'.lower()`. */
export function foldStringMethod(receiver: Literal, method: string, args: Literal[]): Literal | undefined {
  if (typeof receiver !== 'string') return undefined;
  switch (method) {
    case 'toUpperCase':
    case 'upper':
      return receiver.toUpperCase();
    case 'toLowerCase':
    case 'lower':
      return receiver.toLowerCase();
    case 'trim':
    case 'strip':
      return receiver.trim();
    case 'concat':
      return args.every((arg) => typeof arg === 'string') ? receiver + args.join('') : undefined;
    default:
      return undefined;
  }
}
