import type { Literal } from '../ir';

/** Folds an operator over constant operands, or returns undefined when the result is not a constant. */
export function foldBinary(operator: string, left: Literal, right: Literal): { value: Literal } | undefined {
  switch (operator) {
    case '+':
      if (typeof left === 'string' || typeof right === 'string')
        return { value: `${text(left)}${text(right)}` };
      return numeric(left, right, (a, b) => a + b);
    case '-':
      return numeric(left, right, (a, b) => a - b);
    case '*':
      return numeric(left, right, (a, b) => a * b);
    case '/':
      return numeric(left, right, (a, b) => (b === 0 ? undefined : a / b));
    case '%':
      return numeric(left, right, (a, b) => (b === 0 ? undefined : a % b));
    case '==':
    case '===':
    case 'is':
      return { value: left === right };
    case '!=':
    case '!==':
    case 'is not':
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
    case 'and':
      return { value: truthy(left) ? right : left };
    case '||':
    case 'or':
      return { value: truthy(left) ? left : right };
    default:
      return undefined;
  }
}

export function foldUnary(operator: string, operand: Literal): { value: Literal } | undefined {
  switch (operator) {
    case '!':
    case 'not':
      return { value: !truthy(operand) };
    case '-':
      return typeof operand === 'number' ? { value: -operand } : undefined;
    case '+':
      return typeof operand === 'number' ? { value: operand } : undefined;
    default:
      return undefined;
  }
}

export function truthy(value: Literal): boolean {
  return value !== null && value !== false && value !== 0 && value !== '';
}

function text(value: Literal): string {
  return value === null ? 'null' : String(value);
}

function numeric(
  left: Literal,
  right: Literal,
  op: (a: number, b: number) => number | undefined,
): { value: Literal } | undefined {
  if (typeof left !== 'number' || typeof right !== 'number') return undefined;
  const value = op(left, right);
  return value === undefined || !Number.isFinite(value) ? undefined : { value };
}

function compare(
  left: Literal,
  right: Literal,
  op: (a: number | string, b: number | string) => boolean,
): { value: Literal } | undefined {
  if (typeof left === 'number' && typeof right === 'number') return { value: op(left, right) };
  if (typeof left === 'string' && typeof right === 'string') return { value: op(left, right) };
  return undefined;
}
