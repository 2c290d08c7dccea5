import type { Expr, SourceModule } from '../../ir';
import type { ReviewFinding } from '../../types';
import { fingerprintOf, shapeOf } from '../../analysis/fingerprint';
import { RULES } from '../catalog';
import type { CallEvent, Value } from './constants';
import type { ModuleFacts } from './facts';

/** `a.b.c` for a chain of plain names, otherwise undefined. */
export function dottedName(expr: Expr | undefined): string | undefined {
  if (!expr) return undefined;
  if (expr.kind === 'name') return expr.name;
  if (expr.kind === 'member') {
    const object = dottedName(expr.object);
    return object === undefined ? undefined : `${object}.${expr.property}`;
  }
  return undefined;
}

/** The last name of a dotted chain (`javax.crypto.Cipher` → `Cipher`), or of a call's method. */
export function lastName(expr: Expr | undefined): string | undefined {
  if (!expr) return undefined;
  if (expr.kind === 'name') return expr.name;
  if (expr.kind === 'member') return expr.property;
  if (expr.kind === 'call') return expr.method;
  return undefined;
}

/** What the call invokes, as written: `Cipher.getInstance`, `hashlib.md5`, `new Cookie`. */
export function calleeText(event: CallEvent): string {
  const expr = event.expr;
  if (expr.kind === 'new') return `new ${expr.type}`;
  const receiver = dottedName(expr.receiver) ?? lastName(expr.receiver);
  return receiver ? `${receiver}.${expr.method}` : expr.method;
}

/** The simple name of a `new` type (`javax.servlet.http.Cookie` → `Cookie`, `AWS.S3` → `S3`). */
export function simpleType(type: string): string {
  return type.slice(type.lastIndexOf('.') + 1);
}

/** The module a local name was imported from (`DES` → `Crypto.Cipher.DES`), if it was. */
export function importOf(module: SourceModule, alias: string | undefined): string | undefined {
  if (alias === undefined) return undefined;
  return module.imports.find((imported) => imported.alias === alias)?.module;
}

/** The value of the keyword argument `keyword`, or else of the `position`-th positional argument. */
export function argument(
  event: CallEvent,
  position: number | undefined,
  keyword?: string,
): Value | undefined {
  const args = event.expr.args;
  if (keyword !== undefined) {
    const index = args.findIndex((arg) => arg.keyword === keyword);
    if (index >= 0) return event.args[index];
  }
  if (position === undefined) return undefined;
  let seen = 0;
  for (let i = 0; i < args.length; i++) {
    if (args[i].keyword !== undefined || args[i].spread) continue;
    if (seen === position) return event.args[i];
    seen++;
  }
  return undefined;
}

export function positionalCount(event: CallEvent): number {
  return event.expr.args.filter((arg) => arg.keyword === undefined && !arg.spread).length;
}

/** The constant strings a value may be; `complete` is false when some possibility is not a constant. */
export function possibleStrings(
  facts: ModuleFacts,
  value: Value | undefined,
): { strings: string[]; complete: boolean } {
  if (!value) return { strings: [], complete: false };
  const strings: string[] = [];
  let complete = true;
  for (const leaf of facts.possibleValues(value)) {
    if (leaf.kind === 'const' && typeof leaf.value === 'string') strings.push(leaf.value);
    else complete = false;
  }
  return { strings, complete };
}

/** Whether every possibility of the value is the constant `expected` (a flag set to `true`). */
export function certainlyIs(facts: ModuleFacts, value: Value | undefined, expected: boolean | null): boolean {
  if (!value) return false;
  const leaves = facts.possibleValues(value);
  return leaves.length > 0 && leaves.every((leaf) => leaf.kind === 'const' && leaf.value === expected);
}

/** The expression a derived or instance value came from, for looking at its syntax. */
export function sourceExpr(value: Value): Expr | undefined {
  if (value.kind === 'derived') return value.expr;
  if (value.kind === 'instance') return value.event.expr;
  if (value.kind === 'object' || value.kind === 'array') return value.expr;
  return undefined;
}

const SEVERITY = new Map(RULES.map((rule) => [rule.id, rule.severity]));

/** Collects one rule's findings in a module, once per reported expression, in source order. */
export class FindingSink {
  private readonly found = new Map<string, ReviewFinding>();

  constructor(
    private readonly ruleId: string,
    private readonly module: SourceModule,
  ) {}

  report(expr: Expr, scope: string, message: string): void {
    const key = `${expr.loc.line}:${expr.loc.column}:${expr.loc.endLine}:${expr.loc.endColumn}`;
    if (this.found.has(key)) return;
    const severity = SEVERITY.get(this.ruleId);
    if (!severity) throw new Error(`rule ${this.ruleId} is missing from the catalog`);
    this.found.set(key, {
      ruleId: this.ruleId,
      severity,
      path: this.module.path,
      loc: expr.loc,
      message,
      fingerprint: fingerprintOf(this.ruleId, this.module.path, scope, shapeOf(expr)),
    });
  }

  findings(): ReviewFinding[] {
    return [...this.found.values()].sort((a, b) => a.loc.line - b.loc.line || a.loc.column - b.loc.column);
  }
}
