import type { Language, Literal } from '../ir';

/**
 * Constant folding over literals, for the engine and the pattern detectors alike. A result is
 * `{ value }` (which may be null) or undefined when the operation does not give a constant.
 * `language` matters where languages differ: Java's integer division, Python's string repetition.
 */
export function foldBinary(
  operator: string,
  left: Literal,
  right: Literal,
  language?: Language,
): { value: Literal } | undefined {
  switch (operator) {
    case '+':
      if (typeof left === 'string' || typeof right === 'string')
        return { value: `${text(left)}${text(right)}` };
      return arithmetic(left, right, (a, b) => a + b);
    case '-':
      return arithmetic(left, right, (a, b) => a - b);
    case '*':
      return repeat(left, right, language) ?? arithmetic(left, right, (a, b) => a * b);
    case '/':
      return arithmetic(left, right, (a, b) => divide(a, b, language));
    case '%':
      return arithmetic(left, right, (a, b) => (b === 0 ? undefined : a % b));
    case '==':
    case '===':
      return { value: left === right };
    case '!=':
    case '!==':
      return { value: left !== right };
    case '<':
      return compare(left, right, (a, b) => a < b);
    case '<=':
      return compare(left, right, (a, b) => a <= b);
    case '>':
      return compare(left, right, (a, b) => a > b);
    case '>=':
      return compare(left, right, (a, b) => a >= b);
    case '&&':
      return { value: truthy(left) ? right : left };
    case '||':
      return { value: truthy(left) ? left : right };
    default:
      return undefined;
  }
}

export function foldUnary(operator: string, operand: Literal): { value: Literal } | undefined {
  switch (operator) {
    case '!':
      return { value: !truthy(operand) };
    case '-':
      return typeof operand === 'number' ? { value: -operand } : undefined;
    case '+':
      return typeof operand === 'number' ? { value: operand } : undefined;
    default:
      return undefined;
  }
}

/** String methods that keep a constant constant: `"des".toUpperCase()`, `'md5'.lower()`. */
export function foldStringMethod(
  receiver: Literal,
  method: string,
  args: Literal[],
): { value: Literal } | undefined {
  if (typeof receiver !== 'string') return undefined;
  switch (method) {
    case 'toUpperCase':
    case 'upper':
      return { value: receiver.toUpperCase() };
    case 'toLowerCase':
    case 'lower':
      return { value: receiver.toLowerCase() };
    case 'trim':
    case 'strip':
      return { value: receiver.trim() };
    case 'concat':
      return args.every((arg) => typeof arg === 'string') ? { value: receiver + args.join('') } : undefined;
    default:
      return undefined;
  }
}

/** Truthiness the way JavaScript and Python judge it (Java has only booleans). */
export function truthy(value: Literal): boolean {
  return value !== null && value !== false && value !== 0 && value !== '';
}

function text(value: Literal): string {
  return value === null ? 'null' : String(value);
}

/** Numbers, and booleans as numbers (`True + 1` in Python). */
function numeric(value: Literal): number | undefined {
  return typeof value === 'number' ? value : typeof value === 'boolean' ? Number(value) : undefined;
}

function arithmetic(
  left: Literal,
  right: Literal,
  op: (a: number, b: number) => number | undefined,
): { value: Literal } | undefined {
  const a = numeric(left);
  const b = numeric(right);
  if (a === undefined || b === undefined) return undefined;
  const value = op(a, b);
  return value === undefined || !Number.isFinite(value) ? undefined : { value };
}

function divide(a: number, b: number, language: Language | undefined): number | undefined {
  if (b === 0) return undefined;
  const integral = language === 'java' && Number.isInteger(a) && Number.isInteger(b);
  return integral ? Math.trunc(a / b) : a / b;
}

/** `"ab" * 3`: Python strings repeat. */
function repeat(
  left: Literal,
  right: Literal,
  language: Language | undefined,
): { value: Literal } | undefined {
  if (language !== 'python') return undefined;
  const [textPart, count] = typeof left === 'string' ? [left, right] : [right, left];
  if (typeof textPart !== 'string' || typeof count !== 'number') return undefined;
  return Number.isInteger(count) && count >= 0 && count <= 4096
    ? { value: textPart.repeat(count) }
    : undefined;
}

function compare(
  left: Literal,
  right: Literal,
  op: (a: number | string, b: number | string) => boolean,
): { value: Literal } | undefined {
  if (typeof left === 'string' && typeof right === 'string') return { value: op(left, right) };
  const a = numeric(left);
  const b = numeric(right);
  return a === undefined || b === undefined ? undefined : { value: op(a, b) };
}
