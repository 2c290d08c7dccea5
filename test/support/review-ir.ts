import type { FunctionDecl, Language, Literal, SourceModule } from '../../src/review/ir';
import { lowerFile } from '../../src/review/languages';

/** Expected IR written as plain objects, without locations. */
export type Shape = Record<string, unknown>;

export function lower(path: string, text: string, language: Language): Promise<SourceModule> {
  return lowerFile(path, text, language);
}

/** The IR without locations, to compare shapes exactly. */
export function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shape);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'loc')
      .map(([key, item]) => [key, shape(item)]),
  );
}

/** IR nodes that appear twice, undefined values, locations that are not 1-based or end before they start. */
export function problemsIn(value: unknown, path = 'module', seen = new Set<unknown>()): string[] {
  if (value === undefined) return [`${path} is undefined`];
  if (value === null || typeof value !== 'object') return [];
  if (seen.has(value)) return [`${path} is shared`];
  seen.add(value);
  const problems: string[] = [];
  const loc = (value as { loc?: { line: number; column: number; endLine: number; endColumn: number } }).loc;
  if (loc) {
    const ordered = loc.endLine > loc.line || (loc.endLine === loc.line && loc.endColumn >= loc.column);
    if (!(loc.line >= 1 && loc.column >= 1 && ordered)) problems.push(`${path} at ${JSON.stringify(loc)}`);
  }
  for (const [key, item] of Object.entries(value)) {
    if (key !== 'loc') problems.push(...problemsIn(item, `${path}.${key}`, seen));
  }
  return problems;
}

/** A function or method of the module by name (top-level functions first). */
export function functionNamed(module: SourceModule, name: string): FunctionDecl {
  const all = [...module.functions, ...module.classes.flatMap((decl) => decl.methods)];
  const found = all.find((fn) => fn.name === name);
  if (!found) throw new Error(`no function ${name} in ${all.map((fn) => fn.name).join(', ')}`);
  return found;
}

export const name = (text: string): Shape => ({ kind: 'name', name: text });
export const lit = (value: Literal): Shape => ({ kind: 'literal', value });
export const member = (object: Shape, property: string): Shape => ({ kind: 'member', object, property });
export const index = (object: Shape, at: Shape): Shape => ({ kind: 'index', object, index: at });
/** `a.b.c` as nested members over a name. */
export const dotted = (path: string): Shape =>
  path
    .split('.')
    .slice(1)
    .reduce((object, property) => member(object, property), name(path.split('.')[0]));

interface ArgumentShape {
  argument: Shape;
}
export const kw = (keyword: string, value: Shape): ArgumentShape => ({ argument: { keyword, value } });
export const spread = (value: Shape): ArgumentShape => ({ argument: { spread: true, value } });
const argumentsOf = (values: (Shape | ArgumentShape)[]) =>
  values.map((value) => ('argument' in value ? (value as ArgumentShape).argument : { value }));

export const call = (
  receiver: Shape | undefined,
  method: string,
  ...values: (Shape | ArgumentShape)[]
): Shape =>
  receiver
    ? { kind: 'call', receiver, method, args: argumentsOf(values) }
    : { kind: 'call', method, args: argumentsOf(values) };
export const create = (type: string, ...values: (Shape | ArgumentShape)[]): Shape => ({
  kind: 'new',
  type,
  args: argumentsOf(values),
});
export const bin = (operator: string, left: Shape, right: Shape): Shape => ({
  kind: 'binary',
  operator,
  left,
  right,
});
export const un = (operator: string, operand: Shape): Shape => ({ kind: 'unary', operator, operand });
export const cond = (test: Shape, then: Shape, otherwise: Shape): Shape => ({
  kind: 'conditional',
  test,
  then,
  otherwise,
});
export const arr = (...elements: Shape[]): Shape => ({ kind: 'array', elements });
export const obj = (...properties: [string | undefined, Shape][]): Shape => ({
  kind: 'object',
  properties: properties.map(([key, value]) => (key === undefined ? { value } : { key, value })),
});
export const unknown = (syntax: string, ...parts: Shape[]): Shape => ({ kind: 'unknown', syntax, parts });
/** `"a" + x + "b"` as the left-nested chain the front ends build. */
export const concat = (...parts: Shape[]): Shape =>
  parts.slice(1).reduce((left, right) => bin('+', left, right), parts[0]);

export const assign = (target: Shape, value: Shape, extra: Shape = {}): Shape => ({
  kind: 'assign',
  target,
  value,
  ...extra,
});
export const expr = (value: Shape): Shape => ({ kind: 'expr', expr: value });
export const ret = (value?: Shape): Shape => (value ? { kind: 'return', value } : { kind: 'return' });
export const thrown = (value?: Shape): Shape => (value ? { kind: 'throw', value } : { kind: 'throw' });
export const ifThen = (test: Shape, then: Shape[], otherwise: Shape[] = []): Shape => ({
  kind: 'if',
  test,
  then,
  otherwise,
});
export const block = (...body: Shape[]): Shape => ({ kind: 'block', body });
export const jump = (kind: 'break' | 'continue'): Shape => ({ kind });
export const param = (paramName: string, extra: Shape = {}): Shape => ({
  name: paramName,
  annotations: [],
  ...extra,
});
export const fn = (fnName: string, params: Shape[], body: Shape[], extra: Shape = {}): Shape => ({
  name: fnName,
  params,
  annotations: [],
  isStatic: false,
  body,
  ...extra,
});
export const lambda = (params: Shape[], body: Shape[]): Shape => ({
  kind: 'function',
  fn: fn('<lambda>', params, body),
});
