import type { Expr, FunctionDecl, SourceModule, Stmt } from '../ir';
import { Interpreter, type Host, type UnitResult } from './interpreter';
import { childBlocks, type ClassInfo, type FunctionUnit, Program } from './program';
import { EMPTY_SUMMARY, type RawFinding, type Summary } from './summary';
import { join, sameValue, type Value } from './values';

/** How often one function may be re-analysed before its summary is taken as final (recursion, field cycles). */
const MAX_ANALYSES_PER_UNIT = 6;
/** Candidate callees per name considered when ordering the analysis. */
const MAX_ORDER_CANDIDATES = 8;

/**
 * The whole-program analysis: every function is analysed with the current summaries of the
 * functions it calls, callees first; when a summary, a field or a module's variables change,
 * the functions that used them are analysed again, until nothing changes (or the cap is hit).
 */
export class Engine implements Host {
  readonly program: Program;
  private readonly summaries = new Map<number, Summary>();
  private readonly results = new Map<number, UnitResult>();
  private readonly dependents = new Map<number, Set<number>>();
  private readonly fieldReaders = new Map<string, Set<number>>();
  private readonly fieldStore = new Map<string, Value>();
  private readonly moduleScopes = new Map<SourceModule, ReadonlyMap<string, Value>>();
  private readonly moduleReaders = new Map<SourceModule, Set<number>>();
  private readonly analyses = new Map<number, number>();
  private readonly fieldInitials = new Map<string, Value | 'pending'>();
  private readonly calledNames = new Set<string>();
  private readonly queue: WorkQueue;
  private readonly initializerUnits = new Map<ClassInfo, FunctionUnit>();

  constructor(modules: readonly SourceModule[]) {
    this.program = new Program(modules);
    const ranks = analysisOrder(this.program, this.calledNames);
    this.queue = new WorkQueue(ranks);
  }

  run(): RawFinding[] {
    for (const unit of this.program.units) this.queue.push(unit.id);
    for (let id = this.queue.pop(); id !== undefined; id = this.queue.pop())
      this.analyse(this.program.units[id]!);
    const findings: RawFinding[] = [];
    for (const unit of this.program.units) findings.push(...(this.results.get(unit.id)?.findings ?? []));
    return findings;
  }

  private analyse(unit: FunctionUnit): void {
    const count = (this.analyses.get(unit.id) ?? 0) + 1;
    if (count > MAX_ANALYSES_PER_UNIT) return;
    this.analyses.set(unit.id, count);
    const result = new Interpreter(this, unit).run();
    this.results.set(unit.id, result);
    const previous = this.summaries.get(unit.id);
    this.summaries.set(unit.id, result.summary);
    if (!previous || !sameSummary(previous, result.summary)) this.requeue(this.dependents.get(unit.id));
    if (unit.isModuleCode && result.finalState) {
      const before = this.moduleScopes.get(unit.module);
      this.moduleScopes.set(unit.module, result.finalState);
      if (!before || !sameScope(before, result.finalState)) this.requeue(this.moduleReaders.get(unit.module));
    }
  }

  private requeue(ids: Set<number> | undefined): void {
    for (const id of ids ?? []) if (id >= 0) this.queue.push(id);
  }

  summaryOf(unit: FunctionUnit, reader: FunctionUnit): Summary {
    addTo(this.dependents, unit.id, reader.id);
    return this.summaries.get(unit.id) ?? EMPTY_SUMMARY;
  }

  readField(owner: string, field: string, reader: FunctionUnit): Value | undefined {
    const key = `${owner}.${field}`;
    addTo(this.fieldReaders, key, reader.id);
    return this.fieldStore.get(key);
  }

  writeField(owner: string, field: string, value: Value): void {
    if (value.taints.length === 0 && !value.rest && !value.type) return;
    const key = `${owner}.${field}`;
    const before = this.fieldStore.get(key);
    const after = before ? join(before, value) : value;
    if (before && sameValue(before, after)) return;
    this.fieldStore.set(key, after);
    this.requeue(this.fieldReaders.get(key));
  }

  moduleScope(module: SourceModule, reader: FunctionUnit): ReadonlyMap<string, Value> | undefined {
    addTo(this.moduleReaders, module, reader.id);
    return this.moduleScopes.get(module);
  }

  fieldInitial(cls: ClassInfo, field: string): Value | undefined {
    const key = `${cls.decl.name}.${field}@${cls.module.path}`;
    const known = this.fieldInitials.get(key);
    if (known === 'pending') return undefined;
    if (known) return known;
    const decl = cls.fields.get(field);
    if (!decl) return undefined;
    this.fieldInitials.set(key, 'pending');
    const value = new Interpreter(this, this.initializerOf(cls)).evaluateAlone(decl.value);
    this.fieldInitials.set(key, value);
    return value;
  }

  /** A stand-in function for evaluating a class's field initialisers (never queued: id -1). */
  private initializerOf(cls: ClassInfo): FunctionUnit {
    let unit = this.initializerUnits.get(cls);
    if (!unit) {
      const fn: FunctionDecl = {
        name: '<clinit>',
        className: cls.decl.name,
        params: [],
        annotations: [],
        isStatic: true,
        body: [],
        loc: cls.decl.loc,
      };
      unit = { id: -1, fn, cls, module: cls.module, isModuleCode: false, selfOffset: 0 };
      this.initializerUnits.set(cls, unit);
    }
    return unit;
  }

  isCalled(unit: FunctionUnit): boolean {
    return this.calledNames.has(unit.fn.name);
  }
}

function addTo<K>(map: Map<K, Set<number>>, key: K, id: number): void {
  let set = map.get(key);
  if (!set) {
    set = new Set();
    map.set(key, set);
  }
  set.add(id);
}

function sameSummary(a: Summary, b: Summary): boolean {
  if (!sameValue(a.returns, b.returns) || a.sinks.length !== b.sinks.length) return false;
  const entryKey = (entry: Summary['sinks'][number]) =>
    `${entry.hit.ruleId}|${entry.hit.path}:${entry.hit.loc.line}:${entry.hit.loc.column}|${entry.param}.${entry.field ?? ''}|${entry.clean}`;
  const keys = new Set(a.sinks.map(entryKey));
  if (!b.sinks.every((entry) => keys.has(entryKey(entry)))) return false;
  if (a.fieldWrites.size !== b.fieldWrites.size) return false;
  for (const [field, value] of a.fieldWrites) {
    const other = b.fieldWrites.get(field);
    if (!other || !sameValue(value, other)) return false;
  }
  return sameMap(a.ensures, b.ensures) && sameMap(a.validates, b.validates);
}

function sameMap(a: ReadonlyMap<number, number>, b: ReadonlyMap<number, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, value] of a) if (b.get(key) !== value) return false;
  return true;
}

function sameScope(a: ReadonlyMap<string, Value>, b: ReadonlyMap<string, Value>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, value] of a) {
    const other = b.get(key);
    if (!other || !sameValue(value, other)) return false;
  }
  return true;
}

/** A queue that always hands out the pending function with the lowest rank (callees before callers). */
class WorkQueue {
  private readonly heap: number[] = [];
  private readonly queued = new Set<number>();

  constructor(private readonly ranks: readonly number[]) {}

  push(id: number): void {
    if (this.queued.has(id)) return;
    this.queued.add(id);
    const heap = this.heap;
    heap.push(id);
    for (let at = heap.length - 1; at > 0;) {
      const parent = (at - 1) >> 1;
      if (this.rank(heap[parent]!) <= this.rank(heap[at]!)) break;
      [heap[parent], heap[at]] = [heap[at]!, heap[parent]!];
      at = parent;
    }
  }

  pop(): number | undefined {
    const heap = this.heap;
    if (heap.length === 0) return undefined;
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      for (let at = 0; ;) {
        const left = at * 2 + 1;
        const right = left + 1;
        let smallest = at;
        if (left < heap.length && this.rank(heap[left]!) < this.rank(heap[smallest]!)) smallest = left;
        if (right < heap.length && this.rank(heap[right]!) < this.rank(heap[smallest]!)) smallest = right;
        if (smallest === at) break;
        [heap[smallest], heap[at]] = [heap[at]!, heap[smallest]!];
        at = smallest;
      }
    }
    this.queued.delete(top);
    return top;
  }

  private rank(id: number): number {
    return this.ranks[id] ?? 0;
  }
}

/**
 * The order functions are first analysed in: module top-level code first (it defines what the
 * functions read), then functions bottom-up over a call graph approximated by method names
 * (strongly connected components in reverse topological order, Tarjan's algorithm). Also
 * collects every called name, which tells entry points from helpers.
 */
function analysisOrder(program: Program, calledNames: Set<string>): number[] {
  const byName = new Map<string, number[]>();
  for (const unit of program.units) {
    if (unit.isModuleCode) continue;
    const list = byName.get(unit.fn.name) ?? [];
    if (list.length < MAX_ORDER_CANDIDATES) list.push(unit.id);
    byName.set(unit.fn.name, list);
  }
  const edges = program.units.map((unit) => {
    const callees = new Set<number>();
    collectCalls(unit.fn.body, (name) => {
      calledNames.add(name);
      for (const id of byName.get(name) ?? []) if (id !== unit.id) callees.add(id);
    });
    return [...callees];
  });
  const order = tarjanPostOrder(edges);
  const ranks = new Array<number>(program.units.length).fill(0);
  let next = 0;
  for (const unit of program.units) if (unit.isModuleCode) ranks[unit.id] = next++;
  for (const id of order) if (!program.units[id]!.isModuleCode) ranks[id] = next++;
  return ranks;
}

function tarjanPostOrder(edges: readonly number[][]): number[] {
  const count = edges.length;
  const index = new Array<number>(count).fill(-1);
  const low = new Array<number>(count).fill(0);
  const onStack = new Array<boolean>(count).fill(false);
  const stack: number[] = [];
  const order: number[] = [];
  let counter = 0;
  for (let root = 0; root < count; root++) {
    if (index[root] !== -1) continue;
    const work: [number, number][] = [[root, 0]];
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const [node, edge] = frame;
      if (edge === 0 && index[node] === -1) {
        index[node] = low[node] = counter++;
        stack.push(node);
        onStack[node] = true;
      }
      const targets = edges[node]!;
      if (edge < targets.length) {
        frame[1]++;
        const target = targets[edge]!;
        if (index[target] === -1) work.push([target, 0]);
        else if (onStack[target]) low[node] = Math.min(low[node]!, index[target]!);
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low[parent[0]] = Math.min(low[parent[0]]!, low[node]!);
      if (low[node] === index[node]) {
        for (let member = stack.pop(); member !== undefined; member = stack.pop()) {
          onStack[member] = false;
          order.push(member);
          if (member === node) break;
        }
      }
    }
  }
  return order;
}

function collectCalls(stmts: readonly Stmt[], visit: (name: string) => void): void {
  for (const stmt of stmts) {
    switch (stmt.kind) {
      case 'assign':
        collectExprCalls(stmt.target, visit);
        collectExprCalls(stmt.value, visit);
        break;
      case 'expr':
        collectExprCalls(stmt.expr, visit);
        break;
      case 'if':
        collectExprCalls(stmt.test, visit);
        break;
      case 'loop':
        if (stmt.test) collectExprCalls(stmt.test, visit);
        if (stmt.iterable) collectExprCalls(stmt.iterable, visit);
        break;
      case 'return':
      case 'throw':
        if (stmt.value) collectExprCalls(stmt.value, visit);
        break;
      default:
        break;
    }
    for (const block of childBlocks(stmt)) collectCalls(block, visit);
  }
}

function collectExprCalls(expr: Expr, visit: (name: string) => void): void {
  switch (expr.kind) {
    case 'call':
      visit(expr.method);
      if (expr.receiver) collectExprCalls(expr.receiver, visit);
      for (const arg of expr.args) collectExprCalls(arg.value, visit);
      return;
    case 'new':
      visit('<init>');
      visit('__init__');
      visit('constructor');
      for (const arg of expr.args) collectExprCalls(arg.value, visit);
      return;
    case 'member':
      collectExprCalls(expr.object, visit);
      return;
    case 'index':
      collectExprCalls(expr.object, visit);
      collectExprCalls(expr.index, visit);
      return;
    case 'binary':
      collectExprCalls(expr.left, visit);
      collectExprCalls(expr.right, visit);
      return;
    case 'unary':
      collectExprCalls(expr.operand, visit);
      return;
    case 'conditional':
      collectExprCalls(expr.test, visit);
      collectExprCalls(expr.then, visit);
      collectExprCalls(expr.otherwise, visit);
      return;
    case 'array':
      for (const element of expr.elements) collectExprCalls(element, visit);
      return;
    case 'object':
      for (const property of expr.properties) collectExprCalls(property.value, visit);
      return;
    case 'function':
      collectCalls(expr.fn.body, visit);
      return;
    case 'unknown':
      for (const part of expr.parts) collectExprCalls(part, visit);
      return;
    default:
      return;
  }
}
