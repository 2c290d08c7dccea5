import { createHash } from 'node:crypto';
import type { Expr } from '../ir';

/**
 * A finding's identity across commits: the rule, the file, the enclosing function and the
 * reported code with its whitespace collapsed. The line number is left out on purpose, so a
 * finding keeps its fingerprint when code above it moves.
 */
export function fingerprintOf(ruleId: string, path: string, enclosingFunction: string, code: string): string {
  const normalised = code.replace(/\s+/g, ' ').trim();
  return createHash('sha256')
    .update([ruleId, path, enclosingFunction, normalised].join('\u0000'))
    .digest('hex');
}

/** The name a finding's enclosing function is known by: `Class.method`, `function`, or `<module>`. */
export function enclosingName(fn: { name: string; className?: string } | undefined): string {
  if (!fn) return '<module>';
  return fn.className ? `${fn.className}.${fn.name}` : fn.name;
}

const MAX_SHAPE_DEPTH = 6;

/** A compact, location-free rendering of an expression's IR: the "code" a fingerprint hashes. */
export function shapeOf(expr: Expr | undefined, depth = 0): string {
  if (!expr) return '';
  if (depth > MAX_SHAPE_DEPTH) return '…';
  const inner = (e: Expr | undefined): string => shapeOf(e, depth + 1);
  const args = (list: { keyword?: string; value: Expr }[]): string =>
    list.map((a) => (a.keyword ? `${a.keyword}=${inner(a.value)}` : inner(a.value))).join(', ');
  switch (expr.kind) {
    case 'literal':
      return JSON.stringify(expr.value);
    case 'name':
      return expr.name;
    case 'member':
      return `${inner(expr.object)}.${expr.property}`;
    case 'index':
      return `${inner(expr.object)}[${inner(expr.index)}]`;
    case 'call':
      return `${expr.receiver ? `${inner(expr.receiver)}.` : ''}${expr.method}(${args(expr.args)})`;
    case 'new':
      return `new ${expr.type}(${args(expr.args)})`;
    case 'binary':
      return `${inner(expr.left)} ${expr.operator} ${inner(expr.right)}`;
    case 'unary':
      return `${expr.operator} ${inner(expr.operand)}`;
    case 'conditional':
      return `${inner(expr.test)} ? ${inner(expr.then)} : ${inner(expr.otherwise)}`;
    case 'array':
      return `[${expr.elements.map(inner).join(', ')}]`;
    case 'object':
      return `{${expr.properties.map((p) => `${p.key ?? '?'}: ${inner(p.value)}`).join(', ')}}`;
    case 'function':
      return `function ${expr.fn.name}`;
    case 'unknown':
      return `${expr.syntax}(${expr.parts.map(inner).join(', ')})`;
  }
}
