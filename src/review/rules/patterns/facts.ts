/**
 * One walk over a module that evaluates every function into the values of constants.ts and
 * records each call and `new` with the values of its receiver and arguments. The walk is
 * flow-sensitive within a function (an assignment replaces the previous value; branches are
 * joined; a branch whose condition is constant is the only one walked, so dead code records
 * nothing) and each statement is visited once, so it is linear in the size of the module.
 * Detectors then query the recorded facts: the possible values of an argument, the calls made
 * on an object, where it was passed or returned.
 */
import type {
  AssignStmt,
  ClassDecl,
  Expr,
  FunctionDecl,
  Literal,
  LoopStmt,
  SourceModule,
  Stmt,
} from '../../ir';
import { foldBinary, foldStringMethod, foldUnary } from '../../analysis/constants';
import { enclosingName } from '../../analysis/fingerprint';
import {
  UNKNOWN,
  certainTruth,
  constant,
  isConst,
  oneOf,
  shallowOptions,
  type CallEvent,
  type FunctionValue,
  type InstanceValue,
  type ObjectValue,
  type ParamValue,
  type Value,
} from './constants';

export interface AssignEvent {
  stmt: AssignStmt;
  value: Value;
  /** The key of an `object[key] = value` target. */
  key?: Value;
  scope: string;
}

const SELF_NAMES = new Set(['this', 'self', 'cls']);
/** Calls building a collection from their arguments, and calls adding one element to it. */
const COLLECTION_FACTORIES = new Set([
  'of',
  'asList',
  'listOf',
  'setOf',
  'copyOf',
  'singletonList',
  'singleton',
]);
const COLLECTION_ADDERS = new Set(['add', 'push', 'append', 'addLast', 'addFirst', 'offer', 'put']);
const CONSTRUCTOR_NAMES = new Set(['<init>', '__init__', 'constructor']);
/** Cross products of constants larger than this are not folded. */
const MAX_FOLDED = 16;
/** How far `possibleValues`, `aliases` and `derivesFrom` follow parameters, returns and calls. */
const MAX_DEPTH = 6;
const MAX_VISITED = 256;

/** Variables of one function: a layer per branch, joined back when the branches meet. */
class Env {
  readonly vars = new Map<string, Value>();
  constructor(readonly parent?: Env) {}

  lookup(name: string): Value | undefined {
    return this.vars.get(name) ?? this.parent?.lookup(name);
  }
}

interface ClassState {
  decl: ClassDecl;
  /** Values of fields whose value is known: never reassigned, or assigned once in the constructor. */
  values: Map<string, Value>;
  /** Assignments to each field outside its initialiser. */
  assignments: Map<string, number>;
  initialised: Set<string>;
  /** Field initialisers are walked once, when first needed or in declaration order. */
  fields: 'pending' | 'walking' | 'done';
}

interface Frame {
  scope: string;
  fn?: FunctionDecl;
  cls?: ClassState;
  /** Set while walking a constructor: its single assignments to fields define them. */
  constructing?: ClassState;
}

function forEachStatement(stmts: Stmt[], visit: (stmt: Stmt) => void): void {
  for (const stmt of stmts) {
    visit(stmt);
    switch (stmt.kind) {
      case 'if':
        forEachStatement(stmt.then, visit);
        forEachStatement(stmt.otherwise, visit);
        break;
      case 'loop':
      case 'block':
        forEachStatement(stmt.body, visit);
        break;
      case 'try':
        forEachStatement(stmt.body, visit);
        for (const handler of stmt.handlers) forEachStatement(handler.body, visit);
        forEachStatement(stmt.finally, visit);
        break;
    }
  }
}

function isSelfName(expr: Expr): boolean {
  return expr.kind === 'name' && SELF_NAMES.has(expr.name);
}

function increment(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** Assignments to each field in the methods of a class (`this.x =`, `self.x =`, Java's bare `x =`). */
function fieldAssignments(cls: ClassDecl, java: boolean): Map<string, number> {
  const counts = new Map<string, number>();
  for (const method of cls.methods) {
    const locals = new Set(method.params.map((param) => param.name));
    forEachStatement(method.body, (stmt) => {
      if (stmt.kind === 'assign' && stmt.declaredType && stmt.target.kind === 'name')
        locals.add(stmt.target.name);
      if (stmt.kind === 'loop' && stmt.variable?.kind === 'name') locals.add(stmt.variable.name);
    });
    forEachStatement(method.body, (stmt) => {
      if (stmt.kind !== 'assign') return;
      const target = stmt.target;
      if (target.kind === 'member' && (isSelfName(target.object) || isNamed(target.object, cls.name))) {
        increment(counts, target.property);
      } else if (java && target.kind === 'name' && !stmt.declaredType && !locals.has(target.name)) {
        increment(counts, target.name);
      }
    });
  }
  return counts;
}

function append<K, V>(map: Map<K, V[]>, key: K, item: V): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

function isNamed(expr: Expr, name: string): boolean {
  return expr.kind === 'name' && expr.name === name;
}

function assignedNames(stmts: Stmt[]): Set<string> {
  const names = new Set<string>();
  forEachStatement(stmts, (stmt) => {
    if (stmt.kind === 'assign' && stmt.target.kind === 'name') names.add(stmt.target.name);
    if (stmt.kind === 'loop' && stmt.variable?.kind === 'name') names.add(stmt.variable.name);
  });
  return names;
}

/** The facts of one module, and the queries detectors run on them. */
export class ModuleFacts {
  readonly calls: CallEvent[] = [];
  readonly assigns: AssignEvent[] = [];
  private readonly callsOnValue = new Map<Value, CallEvent[]>();
  private readonly passedAs = new Map<Value, { event: CallEvent; index: number }[]>();
  private readonly returnedBy = new Map<Value, FunctionDecl[]>();
  private readonly returns = new Map<FunctionDecl, Value[]>();
  private readonly callersByName = new Map<string, CallEvent[]>();
  private readonly functionsByName = new Map<string, FunctionDecl[]>();
  private readonly namesOf = new Map<FunctionDecl, string[]>();
  private readonly paramValues = new Map<FunctionDecl, ParamValue[]>();
  private readonly closures = new Map<FunctionDecl, FunctionValue>();
  private readonly classes = new Map<string, ClassState>();
  private readonly moduleEnv = new Env();
  /** Arrays, objects and buffers written through an index (`iv[i] = ...`). */
  private readonly written = new Set<Value>();
  private readonly containers = new Map<Value, { object: ObjectValue; key: string }[]>();
  /** `possibleValues` answers, and the arguments each parameter receives: computed once. */
  private readonly possibilities = new Map<Value, Value[]>();
  private readonly arguments = new Map<ParamValue, Value[]>();

  /**
   * @param program every module of the program, for constants defined in another file
   * @param fieldsOnly evaluate only module statements and field initialisers (a constant lookup from another module)
   */
  constructor(
    readonly module: SourceModule,
    private readonly program: ProgramIndex | undefined,
    fieldsOnly = false,
  ) {
    this.walkModule(fieldsOnly);
  }

  // ---- queries ------------------------------------------------------------------------------

  /** Calls whose receiver is this very value (an object, a parameter, a call result). */
  callsOn(value: Value): CallEvent[] {
    return this.callsOnValue.get(value) ?? [];
  }

  /**
   * Everything a value may be, following branches, parameters of functions in this module (to
   * the arguments of their calls) and calls of those functions (to their returns).
   */
  possibleValues(value: Value): Value[] {
    let leaves = this.possibilities.get(value);
    if (!leaves) {
      this.possibilities.set(value, [value]); // a cycle back to this value ends at the value itself
      leaves = this.expand(value);
      this.possibilities.set(value, leaves);
    }
    return leaves;
  }

  private expand(value: Value): Value[] {
    const leaves: Value[] = [];
    const constants = new Set<Literal>();
    const addLeaf = (leaf: Value): void => {
      if (leaf.kind === 'const') {
        if (constants.has(leaf.value)) return;
        constants.add(leaf.value);
      }
      leaves.push(leaf);
    };
    const seen = new Set<Value>();
    const visit = (current: Value, depth: number): void => {
      if (seen.has(current) || seen.size > MAX_VISITED) return;
      seen.add(current);
      if (current !== value && current.kind === 'param') {
        // A parameter's possibilities are shared by every use of it: expanded once.
        this.possibleValues(current).forEach(addLeaf);
        return;
      }
      const next = depth < MAX_DEPTH ? this.expansion(current) : undefined;
      if (next === undefined) addLeaf(current);
      else for (const option of next) visit(option, depth + 1);
    };
    visit(value, 0);
    return leaves;
  }

  /**
   * The same object under other names: parameters it is passed to, results of the calls of
   * functions that return it, and (for fluent builders) the results of calls made on it.
   */
  aliases(value: Value, fluent: boolean): Value[] {
    const found: Value[] = [value];
    const seen = new Set<Value>(found);
    const add = (alias: Value): void => {
      if (seen.has(alias) || seen.size > MAX_VISITED) return;
      seen.add(alias);
      found.push(alias);
    };
    for (let i = 0; i < found.length; i++) {
      const current = found[i];
      if (fluent) for (const call of this.callsOn(current)) add(call.result);
      for (const { event, index } of this.passedAs.get(current) ?? []) {
        for (const fn of this.calleesOf(event)) {
          const param = this.paramIndexOf(event, index, fn);
          if (param !== undefined) add(this.paramValue(fn, param));
        }
      }
      for (const fn of this.returnedBy.get(current) ?? []) {
        for (const caller of this.callersOf(fn)) add(caller.result);
      }
    }
    return found;
  }

  /** What the functions of this module (or a closure) return. */
  returnsOf(fn: FunctionDecl): Value[] {
    return this.returns.get(fn) ?? [];
  }

  /** Whether something was stored into the value through an index. */
  isWritten(value: Value): boolean {
    return this.written.has(value);
  }

  /** The known value of a field of a class defined in this module, for other modules. */
  constantField(className: string, field: string): Value | undefined {
    const state = this.classes.get(className);
    const value = state && this.fieldValue(state, field);
    return value && shallowOptions(value).every(isConst) ? value : undefined;
  }

  /** Object literals holding the value under a key (`{ ContentMD5: digest }`). */
  containersOf(value: Value): { object: ObjectValue; key: string }[] {
    return this.containers.get(value) ?? [];
  }

  /** Calls receiving the value as an argument, with its position. */
  usesAsArgument(value: Value): { event: CallEvent; index: number }[] {
    return this.passedAs.get(value) ?? [];
  }

  /** Whether the value was computed from a call that `test` accepts (through members, indexes, arguments). */
  derivesFrom(value: Value, test: (event: CallEvent) => boolean): boolean {
    const seen = new Set<Value>();
    const visit = (current: Value): boolean => {
      if (seen.has(current) || seen.size > MAX_VISITED) return false;
      seen.add(current);
      switch (current.kind) {
        case 'oneOf':
          return current.options.some(visit);
        case 'derived':
          return current.from.some(visit);
        case 'object':
          return [...current.props.values()].some(visit);
        case 'array':
          return current.elements.some(visit);
        case 'instance': {
          const event = current.event;
          if (test(event)) return true;
          if ((event.receiver && visit(event.receiver)) || event.args.some(visit)) return true;
          return this.expansion(current)?.some(visit) ?? false;
        }
        case 'param': {
          const passedTo = this.closures.get(current.fn)?.passedTo;
          if (passedTo && test(passedTo)) return true;
          return this.expansion(current)?.some(visit) ?? false;
        }
        default:
          return false;
      }
    };
    return visit(value);
  }

  /** Functions of this module a call may run (by name, called plainly or on this/self/its class). */
  calleesOf(event: CallEvent): FunctionDecl[] {
    const expr = event.expr;
    if (expr.kind !== 'call' || !this.isLocalCall(expr.receiver)) return [];
    return this.functionsByName.get(expr.method) ?? [];
  }

  // ---- expansion helpers ------------------------------------------------------------------

  private expansion(value: Value): Value[] | undefined {
    switch (value.kind) {
      case 'oneOf':
        return value.options;
      case 'param': {
        let args = this.arguments.get(value);
        if (!args) {
          args = this.callersOf(value.fn).map((caller) => this.argumentFor(caller, value.fn, value.index));
          this.arguments.set(value, args);
        }
        return args.length > 0 ? args : undefined;
      }
      case 'instance': {
        const returned = this.calleesOf(value.event).flatMap((fn) => this.returns.get(fn) ?? []);
        return returned.length > 0 ? returned : undefined;
      }
      default:
        return undefined;
    }
  }

  private callersOf(fn: FunctionDecl): CallEvent[] {
    return (this.namesOf.get(fn) ?? []).flatMap((name) => this.callersByName.get(name) ?? []);
  }

  /** Python methods list `self`/`cls` as their first parameter; calls do not pass it. */
  private implicitParams(fn: FunctionDecl): number {
    const first = fn.params[0]?.name;
    return this.module.language === 'python' &&
      fn.className &&
      !fn.isStatic &&
      (first === 'self' || first === 'cls')
      ? 1
      : 0;
  }

  private argumentFor(event: CallEvent, fn: FunctionDecl, paramIndex: number): Value {
    const args = event.expr.args;
    const name = fn.params[paramIndex]?.name;
    const keyword = args.findIndex((arg) => arg.keyword !== undefined && arg.keyword === name);
    if (keyword >= 0) return event.args[keyword];
    const positional = args.flatMap((arg, i) => (arg.keyword === undefined && !arg.spread ? [i] : []));
    const at = positional[paramIndex - this.implicitParams(fn)];
    return at === undefined ? UNKNOWN : event.args[at];
  }

  private paramIndexOf(event: CallEvent, argIndex: number, fn: FunctionDecl): number | undefined {
    const arg = event.expr.args[argIndex];
    if (arg.spread) return undefined;
    if (arg.keyword !== undefined) {
      const index = fn.params.findIndex((param) => param.name === arg.keyword);
      return index >= 0 ? index : undefined;
    }
    const position = event.expr.args.slice(0, argIndex).filter((a) => a.keyword === undefined).length;
    const index = position + this.implicitParams(fn);
    return index < fn.params.length ? index : undefined;
  }

  private paramValue(fn: FunctionDecl, index: number): ParamValue {
    let params = this.paramValues.get(fn);
    if (!params) {
      params = fn.params.map((_, i) => ({ kind: 'param', fn, index: i }));
      this.paramValues.set(fn, params);
    }
    return params[index];
  }

  private isLocalCall(receiver: Expr | undefined): boolean {
    if (!receiver) return true;
    return receiver.kind === 'name' && (SELF_NAMES.has(receiver.name) || this.classes.has(receiver.name));
  }

  // ---- the walk -----------------------------------------------------------------------------

  private registerFunction(name: string, fn: FunctionDecl): void {
    if (this.functionsByName.get(name)?.includes(fn)) return;
    append(this.functionsByName, name, fn);
    append(this.namesOf, fn, name);
  }

  private walkModule(fieldsOnly: boolean): void {
    const module = this.module;
    for (const fn of module.functions) this.registerFunction(fn.name, fn);
    for (const cls of module.classes) {
      this.classes.set(cls.name, {
        decl: cls,
        values: new Map(),
        assignments: fieldAssignments(cls, module.language === 'java'),
        initialised: new Set(),
        fields: 'pending',
      });
      for (const method of cls.methods) this.registerFunction(method.name, method);
    }
    this.walkBlock(module.statements, this.moduleEnv, { scope: '<module>' });
    for (const state of this.classes.values()) this.walkFields(state);
    if (fieldsOnly) return;
    for (const state of this.classes.values()) {
      const methods = [...state.decl.methods].sort(
        (a, b) => Number(CONSTRUCTOR_NAMES.has(b.name)) - Number(CONSTRUCTOR_NAMES.has(a.name)),
      );
      for (const method of methods) {
        const constructing = CONSTRUCTOR_NAMES.has(method.name) ? state : undefined;
        this.walkFunction(method, new Env(this.moduleEnv), {
          scope: enclosingName(method),
          fn: method,
          cls: state,
          constructing,
        });
      }
    }
    for (const fn of module.functions) {
      this.walkFunction(fn, new Env(this.moduleEnv), { scope: enclosingName(fn), fn });
    }
  }

  private walkFields(state: ClassState): void {
    if (state.fields !== 'pending') return;
    state.fields = 'walking';
    const frame: Frame = {
      scope: enclosingName({ name: '<fields>', className: state.decl.name }),
      cls: state,
    };
    const env = new Env(this.moduleEnv);
    for (const field of state.decl.fields) {
      const value = this.evaluate(field.value, env, frame);
      this.assigns.push({ stmt: field, value, scope: frame.scope });
      const name = field.target.kind === 'name' ? field.target.name : undefined;
      if (!name) continue;
      state.initialised.add(name);
      if (field.constant || !state.assignments.get(name)) state.values.set(name, value);
    }
    state.fields = 'done';
  }

  private walkFunction(fn: FunctionDecl, env: Env, frame: Frame): void {
    fn.params.forEach((param, index) => env.vars.set(param.name, this.paramValue(fn, index)));
    this.walkBlock(fn.body, env, frame);
  }

  private walkBlock(stmts: Stmt[], env: Env, frame: Frame): void {
    for (const stmt of stmts) this.walkStatement(stmt, env, frame);
  }

  private walkStatement(stmt: Stmt, env: Env, frame: Frame): void {
    switch (stmt.kind) {
      case 'assign': {
        const value = this.evaluate(stmt.value, env, frame);
        const key = this.bind(stmt.target, value, env, frame);
        this.assigns.push({ stmt, value, key, scope: frame.scope });
        return;
      }
      case 'expr':
        this.evaluate(stmt.expr, env, frame);
        return;
      case 'if': {
        const truth = certainTruth(this.evaluate(stmt.test, env, frame));
        if (truth === true) this.walkBlock(stmt.then, env, frame);
        else if (truth === false) this.walkBlock(stmt.otherwise, env, frame);
        else this.walkBranches([stmt.then, stmt.otherwise], env, frame);
        return;
      }
      case 'loop':
        this.walkLoop(stmt, env, frame);
        return;
      case 'return': {
        const value = stmt.value ? this.evaluate(stmt.value, env, frame) : UNKNOWN;
        if (frame.fn) this.recordReturn(frame.fn, value);
        return;
      }
      case 'throw':
        if (stmt.value) this.evaluate(stmt.value, env, frame);
        return;
      case 'try':
        this.walkBlock(stmt.body, env, frame);
        if (stmt.handlers.length > 0) {
          this.walkBranches([[], ...stmt.handlers.map((handler) => handler.body)], env, frame);
        }
        this.walkBlock(stmt.finally, env, frame);
        return;
      case 'block':
        this.walkBlock(stmt.body, env, frame);
        return;
      case 'break':
      case 'continue':
        return;
    }
  }

  /** Walks each block from the same state, then joins what they assigned. */
  private walkBranches(blocks: Stmt[][], env: Env, frame: Frame): void {
    const layers = blocks.map((block) => {
      const layer = new Env(env);
      this.walkBlock(block, layer, frame);
      return layer;
    });
    const names = new Set(layers.flatMap((layer) => [...layer.vars.keys()]));
    for (const name of names) {
      env.vars.set(name, oneOf(layers.map((layer) => this.lookup(name, layer, frame) ?? UNKNOWN)));
    }
  }

  /** A loop body is walked once; what it assigns may also keep its value from before or from a previous run. */
  private walkLoop(loop: LoopStmt, env: Env, frame: Frame): void {
    for (const name of assignedNames(loop.body)) {
      env.vars.set(name, oneOf([this.lookup(name, env, frame) ?? UNKNOWN, UNKNOWN]));
    }
    if (loop.test && certainTruth(this.evaluate(loop.test, env, frame)) === false) return;
    const iterable = loop.iterable ? this.evaluate(loop.iterable, env, frame) : undefined;
    const layer = new Env(env);
    if (loop.variable && iterable)
      this.bind(loop.variable, this.elementOf(iterable, loop.iterable!), layer, frame);
    this.walkBlock(loop.body, layer, frame);
    for (const [name, value] of layer.vars) {
      env.vars.set(name, oneOf([this.lookup(name, env, frame) ?? UNKNOWN, value]));
    }
  }

  /** What a for-each variable may hold: array elements, `List.of(a, b)` arguments, what was `add`ed. */
  private elementOf(iterable: Value, expr: Expr): Value {
    const elements: Value[] = [];
    for (const option of shallowOptions(iterable)) {
      if (option.kind === 'array') {
        elements.push(...option.elements);
      } else if (option.kind === 'instance') {
        const creation = option.event.expr;
        const method = creation.kind === 'call' ? creation.method : '';
        if (COLLECTION_FACTORIES.has(method)) elements.push(...option.event.args);
        for (const call of this.callsOn(option)) {
          if (COLLECTION_ADDERS.has(call.expr.kind === 'call' ? call.expr.method : ''))
            elements.push(...call.args);
        }
      }
    }
    return elements.length > 0
      ? oneOf([...elements, { kind: 'derived', expr, from: [iterable] }])
      : { kind: 'derived', expr, from: [iterable] };
  }

  private recordReturn(fn: FunctionDecl, value: Value): void {
    append(this.returns, fn, value);
    for (const option of shallowOptions(value)) append(this.returnedBy, option, fn);
  }

  /** Stores a value into a name, member or index; returns the key of an index target. */
  private bind(target: Expr, value: Value, env: Env, frame: Frame): Value | undefined {
    switch (target.kind) {
      case 'name':
        env.vars.set(target.name, value);
        if (value.kind === 'function') this.registerFunction(target.name, value.fn);
        return undefined;
      case 'member': {
        const state = frame.constructing;
        if (state && isSelfName(target.object)) {
          const name = target.property;
          if (!state.initialised.has(name) && state.assignments.get(name) === 1)
            state.values.set(name, value);
          return undefined;
        }
        if (isSelfName(target.object)) return undefined;
        for (const option of shallowOptions(this.evaluate(target.object, env, frame))) {
          if (option.kind === 'object') option.props.set(target.property, value);
        }
        return undefined;
      }
      case 'index': {
        const key = this.evaluate(target.index, env, frame);
        for (const option of shallowOptions(this.evaluate(target.object, env, frame))) {
          if (option.kind === 'object' && isConst(key) && typeof key.value === 'string') {
            option.props.set(key.value, value);
          } else if (option.kind === 'array' && isConst(key) && typeof key.value === 'number') {
            option.elements[key.value] = value;
          }
          this.written.add(option);
        }
        return key;
      }
      default:
        return undefined;
    }
  }

  private lookup(name: string, env: Env, frame: Frame): Value | undefined {
    const local = env.lookup(name);
    if (local) return local;
    if (this.module.language !== 'java') return undefined;
    const field = frame.cls && this.fieldValue(frame.cls, name);
    if (field) return field;
    // `import static com.acme.Settings.ALGORITHM;`
    const imported = this.module.imports.find((entry) => entry.alias === name)?.module.split('.');
    return imported && imported.length >= 2
      ? this.program?.field(imported[imported.length - 2], name, this.module)
      : undefined;
  }

  private fieldValue(state: ClassState, name: string): Value | undefined {
    this.walkFields(state);
    return state.values.get(name);
  }

  /** `this.x`, `self.x`, `Config.X` for a class of this module. */
  private classOf(object: Expr, frame: Frame): ClassState | undefined {
    if (object.kind !== 'name') return undefined;
    if (SELF_NAMES.has(object.name)) return frame.cls;
    return this.classes.get(object.name);
  }

  // ---- expressions ------------------------------------------------------------------------

  private evaluate(expr: Expr, env: Env, frame: Frame): Value {
    switch (expr.kind) {
      case 'literal':
        return constant(expr.value);
      case 'name':
        return this.lookup(expr.name, env, frame) ?? { kind: 'derived', expr, from: [] };
      case 'member':
        return this.evaluateMember(expr, env, frame);
      case 'index': {
        const object = this.evaluate(expr.object, env, frame);
        const key = this.evaluate(expr.index, env, frame);
        const element = isConst(key) ? this.elementAt(object, key.value) : undefined;
        return element ?? { kind: 'derived', expr, from: [object, key] };
      }
      case 'call':
      case 'new':
        return this.evaluateCall(expr, env, frame);
      case 'binary':
        return this.evaluateBinary(expr, env, frame);
      case 'unary': {
        const operand = this.evaluate(expr.operand, env, frame);
        if (expr.operator === 'await') return operand;
        const folded = isConst(operand) ? foldUnary(expr.operator, operand.value) : undefined;
        return folded === undefined ? { kind: 'derived', expr, from: [operand] } : constant(folded.value);
      }
      case 'conditional': {
        const truth = certainTruth(this.evaluate(expr.test, env, frame));
        if (truth !== undefined) return this.evaluate(truth ? expr.then : expr.otherwise, env, frame);
        return oneOf([this.evaluate(expr.then, env, frame), this.evaluate(expr.otherwise, env, frame)]);
      }
      case 'array':
        return {
          kind: 'array',
          elements: expr.elements.map((element) => this.evaluate(element, env, frame)),
          expr,
        };
      case 'object':
        return this.evaluateObject(expr, env, frame);
      case 'function':
        return this.evaluateClosure(expr.fn, env, frame);
      case 'unknown':
        return { kind: 'derived', expr, from: expr.parts.map((part) => this.evaluate(part, env, frame)) };
    }
  }

  private elementAt(object: Value, key: unknown): Value | undefined {
    const options = shallowOptions(object);
    const elements: Value[] = [];
    for (const option of options) {
      if (option.kind === 'object' && typeof key === 'string' && option.props.has(key)) {
        elements.push(option.props.get(key)!);
      } else if (option.kind === 'array' && typeof key === 'number' && option.elements[key]) {
        elements.push(option.elements[key]);
      } else {
        return undefined;
      }
    }
    return oneOf(elements);
  }

  private evaluateMember(expr: Extract<Expr, { kind: 'member' }>, env: Env, frame: Frame): Value {
    const shadowed = this.isShadowed(expr.object, env);
    const state = shadowed ? undefined : this.classOf(expr.object, frame);
    if (state) return this.fieldValue(state, expr.property) ?? { kind: 'derived', expr, from: [] };
    const remote =
      !shadowed && expr.object.kind === 'name' && !SELF_NAMES.has(expr.object.name)
        ? this.program?.field(expr.object.name, expr.property, this.module)
        : undefined;
    if (remote) return remote;
    const object = this.evaluate(expr.object, env, frame);
    return this.elementAt(object, expr.property) ?? { kind: 'derived', expr, from: [object] };
  }

  /** A local variable named like a class hides it. */
  private isShadowed(object: Expr, env: Env): boolean {
    return object.kind === 'name' && !SELF_NAMES.has(object.name) && env.lookup(object.name) !== undefined;
  }

  private evaluateBinary(expr: Extract<Expr, { kind: 'binary' }>, env: Env, frame: Frame): Value {
    const left = this.evaluate(expr.left, env, frame);
    if (expr.operator === '&&' || expr.operator === '||') {
      const truth = certainTruth(left);
      if (truth === (expr.operator === '||')) return left;
      if (truth !== undefined) return this.evaluate(expr.right, env, frame);
      // Either operand may be the result: `process.env.ALGORITHM || 'des-ede3-cbc'`.
      return oneOf([left, this.evaluate(expr.right, env, frame)]);
    }
    if (expr.operator === '??') {
      const options = shallowOptions(left);
      if (options.every(isConst) && options.every((option) => option.value !== null)) return left;
      return oneOf([left, this.evaluate(expr.right, env, frame)]);
    }
    const right = this.evaluate(expr.right, env, frame);
    const lefts = shallowOptions(left);
    const rights = shallowOptions(right);
    if (lefts.every(isConst) && rights.every(isConst) && lefts.length * rights.length <= MAX_FOLDED) {
      const folded: Value[] = [];
      for (const a of lefts) {
        for (const b of rights) {
          const result = foldBinary(expr.operator, a.value, b.value, this.module.language);
          if (result === undefined) return { kind: 'derived', expr, from: [left, right] };
          folded.push(constant(result.value));
        }
      }
      return oneOf(folded);
    }
    return { kind: 'derived', expr, from: [left, right] };
  }

  private evaluateObject(expr: Extract<Expr, { kind: 'object' }>, env: Env, frame: Frame): ObjectValue {
    const value: ObjectValue = { kind: 'object', props: new Map(), open: false, expr };
    for (const property of expr.properties) {
      const propertyValue = this.evaluate(property.value, env, frame);
      if (property.key !== undefined) {
        value.props.set(property.key, propertyValue);
        for (const option of shallowOptions(propertyValue))
          append(this.containers, option, { object: value, key: property.key });
        continue;
      }
      const spread = shallowOptions(this.spreadContent(propertyValue));
      if (spread.length === 1 && spread[0].kind === 'object') {
        for (const [key, inner] of spread[0].props) value.props.set(key, inner);
        value.open ||= spread[0].open;
      } else {
        value.open = true;
      }
    }
    return value;
  }

  /** A spread property may come wrapped in an `unknown` spread node. */
  private spreadContent(value: Value): Value {
    if (value.kind === 'derived' && value.expr.kind === 'unknown' && /spread/.test(value.expr.syntax)) {
      return value.from.length === 1 ? value.from[0] : value;
    }
    return value;
  }

  private evaluateClosure(fn: FunctionDecl, env: Env, frame: Frame): FunctionValue {
    const value: FunctionValue = { kind: 'function', fn };
    this.closures.set(fn, value);
    const anonymous = !fn.name || fn.name.startsWith('<');
    const scope = anonymous ? frame.scope : enclosingName(fn);
    this.walkFunction(fn, new Env(env), { scope, fn, cls: frame.cls });
    return value;
  }

  private evaluateCall(expr: Extract<Expr, { kind: 'call' | 'new' }>, env: Env, frame: Frame): Value {
    const receiver =
      expr.kind === 'call' && expr.receiver ? this.evaluate(expr.receiver, env, frame) : undefined;
    const args = expr.args.map((arg) => this.evaluate(arg.value, env, frame));
    if (expr.kind === 'call' && receiver && isConst(receiver) && args.every(isConst)) {
      const folded = foldStringMethod(
        receiver.value,
        expr.method,
        args.map((arg) => arg.value),
      );
      if (folded !== undefined) return constant(folded.value);
    }
    return this.record(expr, receiver, args, frame).result;
  }

  private record(
    expr: Extract<Expr, { kind: 'call' | 'new' }>,
    receiver: Value | undefined,
    args: Value[],
    frame: Frame,
  ): CallEvent {
    const event = { expr, receiver, args, scope: frame.scope } as CallEvent;
    event.result = { kind: 'instance', event } satisfies InstanceValue;
    this.calls.push(event);
    for (const option of receiver ? shallowOptions(receiver) : []) append(this.callsOnValue, option, event);
    args.forEach((arg, index) => {
      for (const option of shallowOptions(arg)) {
        if (option.kind === 'function') option.passedTo = event;
        if (option.kind === 'const') continue;
        append(this.passedAs, option, { event, index });
      }
    });
    if (expr.kind === 'call' && this.isLocalCall(expr.receiver)) {
      append(this.callersByName, expr.method, event);
    }
    return event;
  }
}

/** Classes of every module of a program, so a constant of another file can be looked up. */
export class ProgramIndex {
  private readonly modulesByClass = new Map<string, SourceModule[]>();
  private readonly fieldFacts = new Map<SourceModule, ModuleFacts | 'pending'>();

  constructor(modules: readonly SourceModule[]) {
    for (const module of modules) {
      for (const cls of module.classes) append(this.modulesByClass, cls.name, module);
    }
  }

  /** The constant value of `className.field` defined in another module, if exactly one module defines the class. */
  field(className: string, field: string, from: SourceModule): Value | undefined {
    const modules = (this.modulesByClass.get(className) ?? []).filter((module) => module !== from);
    if (modules.length !== 1) return undefined;
    return this.fieldsOf(modules[0])?.constantField(className, field);
  }

  private fieldsOf(module: SourceModule): ModuleFacts | undefined {
    const known = this.fieldFacts.get(module);
    if (known === 'pending') return undefined;
    if (known) return known;
    this.fieldFacts.set(module, 'pending');
    const facts = new ModuleFacts(module, this, true);
    this.fieldFacts.set(module, facts);
    return facts;
  }
}

const programCache = new WeakMap<readonly SourceModule[], ProgramIndex>();
const factsCache = new WeakMap<SourceModule, ModuleFacts>();

/**
 * The facts of a module, computed once however many detectors ask. With `program` (every module
 * of the review), constants defined in another file are evaluated too.
 */
export function factsOf(module: SourceModule, program?: readonly SourceModule[]): ModuleFacts {
  let facts = factsCache.get(module);
  if (!facts) {
    let index = program && programCache.get(program);
    if (program && !index) {
      index = new ProgramIndex(program);
      programCache.set(program, index);
    }
    facts = new ModuleFacts(module, index);
    factsCache.set(module, facts);
  }
  return facts;
}
