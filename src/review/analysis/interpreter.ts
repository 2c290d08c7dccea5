import type {
  Argument,
  AssignStmt,
  CallExpr,
  Expr,
  FunctionDecl,
  FunctionExpr,
  Location,
  LoopStmt,
  NewExpr,
  Parameter,
  SourceModule,
  Stmt,
  TryStmt,
} from '../ir';
import type { FlowStep } from '../types';
import {
  acceptsLabel,
  assignedContentType,
  assignmentSinks,
  callbackParams,
  guardOfCall,
  isAllowList,
  isCredentialLiteral,
  isKnownLibraryMethod,
  libraryKindOfDeclared,
  memberRead,
  modelCall,
  paramSource,
  referenceCleans,
  returnSinks,
  ruleOfCategory,
  scriptParamSource,
  secretNameSinks,
  stripHarmlessWrappers,
  userCallSinks,
  typeCleans,
  type ParamContext,
} from '../rules/library';
import { CONTENT_TYPE_KEY, contentTypeSet, contentTypeWritten, isHtmlType } from './content-types';
import {
  JAVA_PACKAGE_ROOTS,
  KIND_PATH,
  KMS_TRANSPARENT,
  URL_ATTRIBUTE_OPENING,
  assertedCondition,
  chainBase,
  commonPathCheck,
  concretePart,
  intersectRefinements,
  isAssignable,
  isNoReturnCall,
  isWebModule,
  keywordProps,
  lastIdentifier,
  numberFrom,
  regexLiteralText,
  shiftParams,
  unionRefinements,
  withoutConst,
} from './interpreter-support';
import { foldBinary, foldUnary, truthy } from './constants';
import { enclosingName, shapeOf } from './fingerprint';
import type { CallSite, GuardFact, ModelResult, SinkUse } from './model';
import { simpleName, type ClassInfo, type FunctionUnit, type Program } from './program';
import {
  continueTaint,
  fieldOfReceiver,
  receiverAfterWrites,
  substituteValue,
  type ActualOf,
  type RawFinding,
  type SinkEntry,
  type SinkHit,
  type Summary,
} from './summary';
import {
  addRest,
  CATEGORY,
  CLEAN,
  constant,
  deepTaints,
  elementsOf,
  extendTrail,
  INJECTION,
  join,
  newTaint,
  readProp,
  sameValue,
  sanitize,
  setProp,
  tainted,
  trailSteps,
  unionTaints,
  withStep,
  type Guard,
  type Refinement,
  type Taint,
  type Value,
  unclean,
} from './values';

/** What the interpreter needs from the whole-program analysis around it. */
export interface Host {
  readonly program: Program;
  /** The callee's current summary; records that `reader` depends on it. */
  summaryOf(unit: FunctionUnit, reader: FunctionUnit): Summary;
  /** Data written to a field anywhere in the program (concrete taints only); records the dependency. */
  readField(owner: string, field: string, reader: FunctionUnit): Value | undefined;
  writeField(owner: string, field: string, value: Value): void;
  /** A Python/JavaScript module's top-level variables after its top-level code ran. */
  moduleScope(module: SourceModule, reader: FunctionUnit): ReadonlyMap<string, Value> | undefined;
  /** A field's initial value (constants folded); `undefined` while it is being computed. */
  fieldInitial(cls: ClassInfo, field: string): Value | undefined;
  /** Whether any call in the program may reach this function (entry points are never called). */
  isCalled(unit: FunctionUnit): boolean;
}

export interface UnitResult {
  readonly summary: Summary;
  readonly findings: readonly RawFinding[];
  /** The variables at the end (module top-level code: the module's scope). */
  readonly finalState?: ReadonlyMap<string, Value>;
}

/** A function value: what calling it does, and where it was written. */
export interface Closure {
  readonly summary: Summary;
  readonly fn: FunctionDecl;
}

type State = Map<string, Value>;

interface LoopFrame {
  readonly breaks: State[];
  readonly continues: State[];
}

const MAX_LOOP_ROUNDS = 4;
const MAX_SINK_ENTRIES = 96;
const MAX_FINDINGS = 256;
/** A nested function's own parameters are numbered from here, per nesting level. */
const NESTED_PARAM_BASE = 1000;
/** Calls whose result holds what their callback returns for each element (`Optional`, `Mono`, streams, arrays). */
const MAPPING_METHODS = new Set(['map', 'flatMap', 'mapNotNull', 'concatMap', 'flatMapMany']);
const COLLECTION_CALLBACK_METHODS = new Set([
  'forEach',
  'map',
  'filter',
  'flatMap',
  'anyMatch',
  'allMatch',
  'noneMatch',
  'ifPresent',
  'computeIfAbsent',
  'reduce',
  'some',
  'every',
  'find',
  'then',
  'mapNotNull',
  'concatMap',
  'flatMapMany',
  'doOnNext',
  'subscribe',
  'ifPresentOrElse',
]);

export interface InterpreterOptions {
  readonly fn?: FunctionDecl;
  readonly outer?: (key: string) => Value | undefined;
  readonly paramValues?: readonly (Value | undefined)[];
  readonly depth?: number;
}

/** Runs one function body over abstract values, collecting its summary and the findings inside it. */
export class Interpreter {
  private readonly fn: FunctionDecl;
  private readonly program: Program;
  private readonly module: SourceModule;
  private readonly cls?: ClassInfo;
  private readonly depth: number;
  private readonly paramBase: number;
  private readonly enclosing: string;
  private returns: Value = CLEAN;
  private returned = false;
  private readonly sinkEntries: SinkEntry[] = [];
  private readonly entryKeys = new Set<string>();
  private readonly findings: RawFinding[] = [];
  private readonly findingKeys = new Set<string>();
  private readonly fieldWrites = new Map<string, Value>();
  private readonly exitStates: State[] = [];
  private validates: Map<number, number> | undefined;
  private readonly loops: LoopFrame[] = [];
  private readonly locals = new Set<string>();
  private readonly paramIndex = new Map<string, number>();
  private readonly thisValue: Value;
  private readonly webModule: boolean;
  /** A content type declared later in the fluent chain being evaluated. */
  private chainContentType: string | undefined;

  constructor(
    private readonly host: Host,
    private readonly unit: FunctionUnit,
    private readonly options: InterpreterOptions = {},
  ) {
    this.fn = options.fn ?? unit.fn;
    this.program = host.program;
    this.module = unit.module;
    this.cls = unit.cls;
    this.depth = options.depth ?? 0;
    this.paramBase = this.depth * NESTED_PARAM_BASE;
    this.enclosing = enclosingName(unit.isModuleCode ? undefined : unit.fn);
    this.thisValue = { taints: [], type: this.cls?.decl.name };
    this.webModule = isWebModule(this.module);
  }

  run(): UnitResult {
    const state: State = new Map();
    this.bindParameters(state);
    const end = this.execBlock(this.fn.body, state);
    if (end) this.exitStates.push(end);
    return {
      summary: {
        returns: this.returns,
        sinks: this.sinkEntries,
        fieldWrites: this.fieldWrites,
        ensures: this.ensures(),
        validates: this.validates ?? new Map(),
      },
      findings: this.findings,
      finalState: end,
    };
  }

  /** Evaluates one expression with no local variables (field initialisers). */
  evaluateAlone(expr: Expr): Value {
    return this.eval(expr, new Map());
  }

  // ---- parameters -------------------------------------------------------------------------

  private bindParameters(state: State): void {
    const fnName = this.fn.name;
    const isCalled = this.host.isCalled(this.unit);
    this.fn.params.forEach((param, position) => {
      const context: ParamContext = {
        isCalled,
        declaredKind: param.type ? libraryKindOfDeclared(param.type, this.module, true) : undefined,
        superclassesOf: (className) => this.program.superclassesOf(className),
      };
      const index = position - this.unit.selfOffset;
      if (index < 0 && this.depth === 0) return;
      const name = param.name.replace(/^\*+/, '');
      this.locals.add(name);
      const ownIndex = this.paramBase + index;
      this.paramIndex.set(name, ownIndex);
      const given = this.options.paramValues?.[index];
      const source =
        this.depth === 0
          ? paramSource(this.unit, this.fn, param, index, context)
          : this.nestedParamKind(param);
      let value: Value;
      if (given) value = given;
      else if (source) value = source;
      else {
        const origin: FlowStep = {
          path: this.module.path,
          loc: param.loc,
          message: `parameter ${name} of ${fnName}`,
        };
        value = { taints: [newTaint('param', origin, ownIndex)] };
      }
      if (param.type) value = this.withDeclaredType(value, param.type, true);
      state.set(name, value);
    });
  }

  /**
   * A JavaScript callback's framework object, by its name or type (`handler: (request, h) => ...`
   * gets hapi's toolkit); never request data, which only entry points receive.
   */
  private nestedParamKind(param: Parameter): Value | undefined {
    if (this.module.language === 'java' || this.module.language === 'python') return undefined;
    const known = scriptParamSource(param, { path: this.module.path, loc: param.loc });
    return known && known.taints.length === 0 ? known : undefined;
  }

  /** A Java or Python enum of the program: its values are its constants, never text an attacker chose. */
  private isEnum(type: string): boolean {
    return (
      this.program
        .superclassesOf(type)
        ?.some((base) => /(^|\.)(Enum|IntEnum|StrEnum|IntFlag|Flag)$/.test(base)) ?? false
    );
  }

  private withDeclaredType(value: Value, declaredType: string, isParameter = false): Value {
    let result = value;
    const cleans = typeCleans(declaredType) ?? (this.isEnum(declaredType) ? INJECTION : undefined);
    if (cleans) result = sanitize(result, cleans);
    if (!result.type)
      result = {
        ...result,
        type: libraryKindOfDeclared(declaredType, this.module, isParameter) ?? declaredType,
      };
    return result;
  }

  // ---- statements -------------------------------------------------------------------------

  private execBlock(stmts: readonly Stmt[], state: State): State | undefined {
    let current: State | undefined = state;
    for (const stmt of stmts) {
      if (!current) return undefined;
      current = this.exec(stmt, current);
    }
    return current;
  }

  private exec(stmt: Stmt, state: State): State | undefined {
    switch (stmt.kind) {
      case 'assign':
        this.execAssign(stmt, state);
        return state;
      case 'expr': {
        this.eval(stmt.expr, state);
        if (isNoReturnCall(stmt.expr, this.module)) return undefined;
        const asserted = assertedCondition(stmt.expr);
        return asserted ? this.refined(state, this.evalQuietly(asserted, state).guard, true) : state;
      }
      case 'if':
        return this.execIf(stmt.test, stmt.then, stmt.otherwise, state);
      case 'loop':
        return this.execLoop(stmt, state);
      case 'return':
        this.execReturn(stmt.value, stmt.loc, state);
        return undefined;
      case 'throw':
        if (stmt.value) this.eval(stmt.value, state);
        return undefined;
      case 'try':
        return this.execTry(stmt, state);
      case 'break':
      case 'continue': {
        const frame = this.loops[this.loops.length - 1];
        if (frame) (stmt.kind === 'break' ? frame.breaks : frame.continues).push(state);
        return undefined;
      }
      case 'block':
        return this.execBlock(stmt.body, state);
    }
  }

  private execAssign(stmt: AssignStmt, state: State): void {
    let value = this.eval(stmt.value, state);
    if (stmt.declaredType) {
      if (stmt.target.kind === 'name') this.locals.add(stmt.target.name);
      value = this.withDeclaredType(value, stmt.declaredType);
    } else if (stmt.target.kind === 'name' && this.module.language !== 'java') {
      this.locals.add(stmt.target.name);
    }
    this.assignTo(stmt.target, value, stmt.loc, state, stmt.value);
  }

  private execIf(
    test: Expr,
    then: readonly Stmt[],
    otherwise: readonly Stmt[],
    state: State,
  ): State | undefined {
    const condition = this.eval(test, state);
    if (condition.hasConst) return this.execBlock(truthy(condition.konst ?? null) ? then : otherwise, state);
    const thenState = this.refined(state, condition.guard, true);
    const elseState = this.refined(state, condition.guard, false);
    const thenEnd = this.execBlock(then, thenState);
    const elseEnd = this.execBlock(otherwise, elseState);
    return this.joinStates([thenEnd, elseEnd]);
  }

  private execLoop(loop: LoopStmt, state: State): State | undefined {
    const exits: State[] = [];
    let entry = state;
    const iterable = loop.iterable ? this.eval(loop.iterable, state) : undefined;
    for (let round = 0; round < MAX_LOOP_ROUNDS; round++) {
      const frame: LoopFrame = { breaks: [], continues: [] };
      let bodyState = new Map(entry);
      if (loop.test) {
        const condition = this.eval(loop.test, bodyState);
        if (condition.hasConst && !truthy(condition.konst ?? null)) {
          exits.push(bodyState);
          break;
        }
        if (!condition.hasConst) exits.push(this.refined(bodyState, condition.guard, false));
        bodyState = this.refined(bodyState, condition.guard, true);
      } else if (loop.iterable) {
        exits.push(new Map(entry));
      }
      if (loop.variable && iterable) {
        this.assignTo(loop.variable, elementsOf(iterable), loop.loc, bodyState, loop.iterable);
      }
      this.loops.push(frame);
      const end = this.execBlock(loop.body, bodyState);
      this.loops.pop();
      exits.push(...frame.breaks);
      const back = this.joinStates([entry, end, ...frame.continues])!;
      if (this.sameState(back, entry)) break;
      entry = back;
    }
    return this.joinStates(exits);
  }

  private execTry(stmt: TryStmt, state: State): State | undefined {
    const bodyEnd = this.execBlock(stmt.body, new Map(state));
    const handlerEntry = this.joinStates([state, bodyEnd])!;
    const ends: (State | undefined)[] = [bodyEnd];
    for (const handler of stmt.handlers) {
      const entry = new Map(handlerEntry);
      if (handler.variable) entry.set(handler.variable, CLEAN);
      ends.push(this.execBlock(handler.body, entry));
    }
    const joined = this.joinStates(ends);
    if (stmt.finally.length === 0) return joined;
    const afterFinally = this.execBlock(stmt.finally, joined ?? new Map(handlerEntry));
    return joined ? afterFinally : undefined;
  }

  private execReturn(expr: Expr | undefined, loc: Location, state: State): void {
    this.exitStates.push(state);
    const value = expr ? this.eval(expr, state) : CLEAN;
    this.noteValidation(value);
    const step: FlowStep = { path: this.module.path, loc, message: `returned from ${this.fn.name}` };
    const returned = withStep(value, step);
    this.returns = this.returned ? join(this.returns, returned) : returned;
    this.returned = true;
    if (this.depth === 0 && expr) {
      for (const use of returnSinks(this.unit, this.fn, value, expr)) this.reportSink(use, loc, expr);
    }
  }

  private noteValidation(value: Value): void {
    let proven: Map<number, number> | undefined;
    if (value.hasConst && value.konst === false) return;
    if (!value.hasConst && value.guard) {
      proven = new Map();
      for (const refinement of value.guard.whenTrue) {
        const index = this.paramIndex.get(refinement.key);
        if (index !== undefined) proven.set(index - this.paramBase, refinement.clean);
      }
    }
    proven ??= new Map();
    if (!this.validates) {
      this.validates = proven;
      return;
    }
    for (const [index, clean] of this.validates) {
      const other = proven.get(index) ?? 0;
      if ((clean & other) === 0) this.validates.delete(index);
      else this.validates.set(index, clean & other);
    }
  }

  private ensures(): Map<number, number> {
    const result = new Map<number, number>();
    if (this.exitStates.length === 0) return result;
    for (const [name, index] of this.paramIndex) {
      let mask = -1;
      for (const state of this.exitStates) {
        const own = (state.get(name)?.taints ?? []).filter(
          (taint) => taint.label === 'param' && taint.param === index,
        );
        mask &= own.length === 0 ? 0 : own.reduce((acc, taint) => acc & taint.clean, -1);
      }
      if (mask > 0) result.set(index - this.paramBase, mask);
    }
    return result;
  }

  // ---- state ------------------------------------------------------------------------------

  private refined(state: State, guard: Guard | undefined, when: boolean): State {
    const copy = new Map(state);
    const refinements = guard ? (when ? guard.whenTrue : guard.whenFalse) : [];
    for (const refinement of refinements) {
      const current =
        this.readKey(refinement.key, copy) ??
        (refinement.expr ? this.eval(refinement.expr, copy) : undefined);
      if (current) copy.set(refinement.key, sanitize(current, refinement.clean));
    }
    return copy;
  }

  private joinStates(states: readonly (State | undefined)[]): State | undefined {
    const live = states.filter((state): state is State => state !== undefined);
    if (live.length === 0) return undefined;
    if (live.length === 1) return new Map(live[0]);
    const keys = new Set<string>();
    for (const state of live) for (const key of state.keys()) keys.add(key);
    const result: State = new Map();
    for (const key of keys) {
      let value: Value | undefined;
      for (const state of live) {
        const here =
          state.get(key) ?? (key.startsWith('this.') ? this.readThisField(key.slice(5)) : undefined);
        if (here) value = value ? join(value, here) : here;
      }
      if (value) result.set(key, value);
    }
    return result;
  }

  private sameState(a: State, b: State): boolean {
    if (a.size !== b.size) return false;
    for (const [key, value] of a) {
      const other = b.get(key);
      if (!other || !sameValue(value, other)) return false;
    }
    return true;
  }

  private readKey(key: string, state: State): Value | undefined {
    if (state.has(key)) return state.get(key);
    if (key.startsWith('this.')) return this.readThisField(key.slice(5));
    return this.options.outer?.(key);
  }

  // ---- assignment -------------------------------------------------------------------------

  private assignTo(target: Expr, value: Value, loc: Location, state: State, valueExpr?: Expr): void {
    const step = (name: string): FlowStep => ({
      path: this.module.path,
      loc,
      message: `assigned to ${name}`,
    });
    switch (target.kind) {
      case 'name': {
        this.checkSecretAssignment(target.name, value, loc, valueExpr, target);
        if (this.isFieldName(target.name, state)) {
          this.writeThisField(target.name, withStep(value, step(target.name)), state);
        } else {
          state.set(target.name, withStep(value, step(target.name)));
        }
        return;
      }
      case 'member': {
        const pathKey = this.pathKeyOf(target.object, target.property);
        if (pathKey && !pathKey.startsWith('this.')) state.delete(pathKey);
        const object = this.eval(target.object, state);
        for (const use of assignmentSinks(object, target.object, target.property, value, this.module))
          this.reportResponseSink(use, loc, target, state);
        const declared = assignedContentType(object, target.property, value);
        if (declared !== undefined) state.set(CONTENT_TYPE_KEY, constant(declared));
        this.checkSecretAssignment(target.property, value, loc, valueExpr, target);
        if (this.isThis(target.object)) {
          this.writeThisField(target.property, withStep(value, step(`this.${target.property}`)), state);
          return;
        }
        if (object.ref && this.program.isUserClass(object.ref)) {
          this.host.writeField(simpleName(object.ref), target.property, concretePart(value));
          return;
        }
        if (object.type && this.program.isUserClass(object.type)) {
          this.host.writeField(simpleName(object.type), target.property, concretePart(value));
        }
        const updated = setProp(object, target.property, withStep(value, step(target.property)));
        this.assignTo(target.object, updated, loc, state);
        return;
      }
      case 'index': {
        const object = this.eval(target.object, state);
        const key = this.eval(target.index, state);
        const constKey = key.hasConst && key.konst !== null ? String(key.konst) : undefined;
        for (const use of assignmentSinks(object, target.object, constKey, value, this.module))
          this.reportSink(use, loc, target);
        if (constKey !== undefined) this.checkSecretAssignment(constKey, value, loc, valueExpr, target);
        const updated = constKey !== undefined ? setProp(object, constKey, value) : addRest(object, value);
        this.assignTo(target.object, updated, loc, state);
        return;
      }
      case 'array':
        target.elements.forEach((element, index) =>
          this.assignTo(element, readProp(value, String(index)), loc, state, valueExpr),
        );
        return;
      default:
        return;
    }
  }

  /** A predictable random value or a literal credential stored under a secret's name. */
  private checkSecretAssignment(
    name: string,
    value: Value,
    loc: Location,
    valueExpr: Expr | undefined,
    target: Expr,
  ) {
    for (const use of secretNameSinks(name, value, valueExpr, loc)) this.reportSink(use, loc, target);
  }

  private isFieldName(name: string, state: State): boolean {
    if (this.module.language !== 'java' || !this.cls || state.has(name) || this.locals.has(name))
      return false;
    return this.program.fieldOf(this.cls, name) !== undefined;
  }

  private isThis(expr: Expr): boolean {
    return (
      expr.kind === 'name' && (expr.name === 'this' || (expr.name === 'self' && this.unit.selfOffset > 0))
    );
  }

  private writeThisField(field: string, value: Value, state: State): void {
    state.set(`this.${field}`, value);
    const owner = this.fieldOwner(field);
    if (owner) this.host.writeField(owner, field, concretePart(value));
    if (value.taints.some((taint) => taint.label === 'param') || value.type) {
      const previous = this.fieldWrites.get(field);
      this.fieldWrites.set(field, previous ? join(previous, value) : value);
    }
  }

  private fieldOwner(field: string): string | undefined {
    if (!this.cls) return undefined;
    return this.program.fieldOf(this.cls, field)?.cls.decl.name ?? this.cls.decl.name;
  }

  // ---- reading names and fields -----------------------------------------------------------

  private readName(name: string, state: State): Value {
    if (name === 'this' || (name === 'self' && this.unit.selfOffset > 0)) return this.thisValue;
    const local = state.get(name);
    if (local) return local;
    const outer = this.options.outer?.(name);
    if (outer) return outer;
    if (this.cls && !this.locals.has(name) && this.module.language === 'java') {
      const thisField = state.get(`this.${name}`);
      if (thisField) return thisField;
      if (this.program.fieldOf(this.cls, name)) return this.readThisField(name);
    }
    if (this.module.language !== 'java' && !this.unit.isModuleCode) {
      const moduleValue = this.host.moduleScope(this.module, this.unit)?.get(name);
      if (moduleValue) return moduleValue;
    }
    const imported = this.module.imports.find((entry) => entry.alias === name);
    if (imported) return { taints: [], ref: imported.module };
    // Java has no globals: an unknown lower-case name in a class is a field declared without a value.
    if (
      this.module.language === 'java' &&
      this.cls &&
      /^[a-z_$]/.test(name) &&
      !JAVA_PACKAGE_ROOTS.has(name)
    ) {
      return this.readThisField(name);
    }
    return { taints: [], ref: name };
  }

  /** `this.field` (or an implicit field): what the program wrote there, plus whatever the receiver holds. */
  private readThisField(field: string): Value {
    if (!this.cls) return CLEAN;
    const found = this.program.fieldOf(this.cls, field);
    const base = found ? this.fieldValue(found.cls, field) : this.storedField(this.cls.decl.name, field);
    if (this.fn.isStatic || this.unit.isModuleCode || (found?.decl && this.isConstantField(found.decl, base)))
      return base;
    const origin: FlowStep = { path: this.module.path, loc: this.fn.loc, message: `field ${field} of this` };
    const receiverData: Value = { taints: [newTaint('param', origin, -1, field)] };
    const declared = found?.decl?.declaredType;
    const cleaned =
      declared && typeCleans(declared) ? sanitize(receiverData, typeCleans(declared)!) : receiverData;
    return join(base, cleaned);
  }

  private storedField(owner: string, field: string): Value {
    return this.host.readField(owner, field, this.unit) ?? CLEAN;
  }

  /** A class's field read from outside `this`: its constant value, or what was written to it anywhere. */
  private fieldValue(cls: ClassInfo, field: string): Value {
    const decl = cls.fields.get(field);
    const initial = this.host.fieldInitial(cls, field) ?? CLEAN;
    if (decl && this.isConstantField(decl, initial)) return initial;
    let value = join(withoutConst(initial), this.storedField(cls.decl.name, field));
    if (decl?.declaredType) value = this.withDeclaredType(value, decl.declaredType);
    return value;
  }

  private isConstantField(decl: AssignStmt, initial: Value): boolean {
    if (!initial.hasConst && !initial.regex && !initial.props) return false;
    if (decl.constant) return true;
    // A non-final field holding null or "" is a placeholder that frameworks fill in (DTOs, @Value).
    if (initial.hasConst && (initial.konst === null || initial.konst === '')) return false;
    const name = decl.target.kind === 'name' ? decl.target.name : undefined;
    if (!name) return false;
    const ownAssignments = decl.declaredType ? 0 : 1;
    return this.program.assignmentsTo(name) <= ownAssignments;
  }

  // ---- expressions ------------------------------------------------------------------------

  private eval(expr: Expr, state: State): Value {
    switch (expr.kind) {
      case 'literal':
        return typeof expr.value === 'string'
          ? { ...constant(expr.value, { path: this.module.path, loc: expr.loc }), type: 'String' }
          : constant(expr.value);
      case 'name':
        return this.readName(expr.name, state);
      case 'member':
        return this.evalMember(expr.object, expr.property, expr.loc, state);
      case 'index':
        return this.evalIndex(expr.object, expr.index, expr.loc, state);
      case 'call':
        return this.evalCall(expr, state);
      case 'new':
        return this.evalNew(expr, state);
      case 'binary':
        return this.evalBinary(expr.operator, expr.left, expr.right, state);
      case 'unary':
        return this.evalUnary(expr.operator, expr.operand, state);
      case 'conditional':
        return this.evalConditional(expr.test, expr.then, expr.otherwise, state);
      case 'array': {
        const props = new Map<string, Value>();
        expr.elements.forEach((element, index) => props.set(String(index), this.eval(element, state)));
        return { taints: [], props, length: expr.elements.length, type: 'array' };
      }
      case 'object': {
        let value: Value = { taints: [], type: 'object' };
        for (const property of expr.properties) {
          const inner = this.eval(property.value, state);
          if (property.key !== undefined)
            this.checkSecretAssignment(
              property.key,
              inner,
              property.value.loc,
              property.value,
              property.value,
            );
          value = property.key === undefined ? addRest(value, inner) : setProp(value, property.key, inner);
        }
        return value;
      }
      case 'function':
        return this.evalFunction(expr, state);
      case 'unknown': {
        if (expr.syntax === 'regex') return { taints: [], regex: regexLiteralText(expr.parts[0]) };
        let taints: readonly Taint[] = [];
        for (const part of expr.parts) taints = unionTaints(taints, deepTaints(this.eval(part, state)));
        return tainted(taints);
      }
    }
  }

  private evalMember(objectExpr: Expr, property: string, loc: Location, state: State): Value {
    if (this.isThis(objectExpr)) {
      return state.get(`this.${property}`) ?? this.readThisField(property);
    }
    const pathKey =
      objectExpr.kind === 'name' || objectExpr.kind === 'member'
        ? this.pathKeyOf(objectExpr, property)
        : undefined;
    if (pathKey && state.has(pathKey)) return state.get(pathKey)!;
    const object = this.eval(objectExpr, state);
    if (object.ref) {
      const cls = this.program.isUserClass(object.ref) ? this.program.classNamed(object.ref) : undefined;
      if (cls && this.program.fieldOf(cls, property)) {
        const found = this.program.fieldOf(cls, property)!;
        return this.fieldValue(found.cls, property);
      }
    }
    const modelled = memberRead(object, objectExpr, property, { path: this.module.path, loc }, this.module);
    if (modelled) return modelled;
    if (object.ref) {
      const exported = this.exportedFrom(object.ref, property);
      if (exported) return exported;
      return { taints: [], ref: `${object.ref}.${property}` };
    }
    if (object.props?.has(property)) return object.props.get(property)!;
    if (object.type && this.program.isUserClass(object.type)) {
      const cls = this.program.classNamed(object.type)!;
      const found = this.program.fieldOf(cls, property);
      const stored = found ? this.fieldValue(found.cls, property) : CLEAN;
      const own = found?.decl?.declaredType && typeCleans(found.decl.declaredType);
      return join(stored, own ? sanitize(tainted(object.taints), own) : tainted(object.taints));
    }
    return readProp(object, property);
  }

  /** A function or value another module of the program defines, read through an import. */
  private exportedFrom(ref: string, name: string): Value | undefined {
    if (this.module.language === 'java') return undefined;
    const module = this.program.moduleForImport(ref, this.module.language);
    if (!module) return undefined;
    const fn = this.program.moduleFunction(module, name);
    if (fn) return { taints: [], closure: fn };
    const scope = this.host.moduleScope(module, this.unit);
    return (
      scope?.get(name) ??
      scope?.get('exports')?.props?.get(name) ??
      scope?.get('module')?.props?.get('exports')?.props?.get(name)
    );
  }

  private evalIndex(objectExpr: Expr, indexExpr: Expr, loc: Location, state: State): Value {
    const object = this.eval(objectExpr, state);
    const index = this.eval(indexExpr, state);
    const key = index.hasConst && index.konst !== null ? String(index.konst) : undefined;
    if (key !== undefined) {
      const modelled = memberRead(
        object,
        objectExpr,
        key,
        { path: this.module.path, loc },
        this.module,
        true,
      );
      if (modelled) return modelled;
      if (object.ref) {
        const exported = this.exportedFrom(object.ref, key);
        if (exported) return exported;
        // `const { exec } = require('child_process')` reads a member of the module.
        if (this.module.language !== 'python') return { taints: [], ref: `${object.ref}.${key}` };
      }
    }
    let element = readProp(object, key);
    // `ALPHABET[randomIndex]`: which element is chosen depends on the index (never an injection: it is one of the elements).
    if (index.taints.length > 0) element = join(element, sanitize(tainted(index.taints), INJECTION));
    return object.type === 'String' ? { ...element, type: 'String' } : element;
  }

  private evalBinary(operator: string, leftExpr: Expr, rightExpr: Expr, state: State): Value {
    if (operator === '&&' || operator === '||') return this.evalLogical(operator, leftExpr, rightExpr, state);
    const left = this.eval(leftExpr, state);
    const right = this.eval(rightExpr, state);
    if (left.hasConst && right.hasConst) {
      const folded = foldBinary(operator, left.konst ?? null, right.konst ?? null, this.module.language);
      if (folded) {
        const constAt = left.constAt ?? right.constAt;
        return typeof folded.value === 'string'
          ? { ...constant(folded.value, constAt), type: 'String' }
          : constant(folded.value);
      }
    }
    switch (operator) {
      case '+':
      case '%': {
        const stringy = left.type === 'String' || right.type === 'String';
        if (operator === '%' && !(this.module.language === 'python' && stringy)) return CLEAN;
        const inUrl = typeof left.konst === 'string' && URL_ATTRIBUTE_OPENING.test(left.konst);
        const rightData = inUrl ? unclean(right, CATEGORY.xss, CATEGORY.url) : right;
        const taints = unionTaints(deepTaints(left), deepTaints(rightData));
        const leading = typeof left.konst === 'string' ? left.konst + leadingText(right) : left.leading;
        return { taints, type: stringy ? 'String' : undefined, ...(leading ? { leading } : {}) };
      }
      case '==':
      case '===':
      case '!=':
      case '!==':
      case 'is':
      case 'is not':
        return this.equalityGuard(operator, leftExpr, left, rightExpr, right);
      case 'in':
      case 'not in':
        return this.membershipGuard(operator === 'not in', leftExpr, right);
      case '/':
        if (left.type === KIND_PATH)
          return { taints: unionTaints(deepTaints(left), deepTaints(right)), type: KIND_PATH };
        return numberFrom(left, right);
      case '-':
      case '*':
      case '&':
      case '|':
      case '^':
      case '<<':
      case '>>':
      case '>>>':
      case '**':
      case '//':
        return numberFrom(left, right);
      case '<':
      case '<=':
      case '>':
      case '>=':
      case 'instanceof':
        return CLEAN;
      default:
        return tainted(unionTaints(deepTaints(left), deepTaints(right)));
    }
  }

  private evalLogical(operator: string, leftExpr: Expr, rightExpr: Expr, state: State): Value {
    const left = this.eval(leftExpr, state);
    const isAnd = operator === '&&';
    if (left.hasConst && truthy(left.konst ?? null) !== isAnd) return left;
    const rightState = this.refined(state, left.guard, isAnd);
    const right = this.eval(rightExpr, rightState);
    if (left.hasConst) return right;
    if (right.hasConst && truthy(right.konst ?? null) === isAnd)
      return { ...left, hasConst: false, konst: undefined };
    const leftGuard = left.guard ?? { whenTrue: [], whenFalse: [] };
    const rightGuard = right.guard ?? { whenTrue: [], whenFalse: [] };
    const guard: Guard = isAnd
      ? {
          whenTrue: unionRefinements(leftGuard.whenTrue, rightGuard.whenTrue),
          whenFalse: intersectRefinements(leftGuard.whenFalse, rightGuard.whenFalse),
        }
      : {
          whenTrue: intersectRefinements(leftGuard.whenTrue, rightGuard.whenTrue),
          whenFalse: unionRefinements(leftGuard.whenFalse, rightGuard.whenFalse),
        };
    const taints = this.module.language === 'java' ? [] : unionTaints(left.taints, right.taints);
    return { taints, guard };
  }

  private equalityGuard(operator: string, leftExpr: Expr, left: Value, rightExpr: Expr, right: Value): Value {
    const negated = operator.startsWith('!') || operator === 'is not';
    const common = commonPathCheck(leftExpr, rightExpr) ?? commonPathCheck(rightExpr, leftExpr);
    if (common)
      return this.guardValue(common.map((subject) => ({ subject, clean: CATEGORY.path, when: !negated })));
    const subject =
      right.hasConst && right.konst !== null
        ? leftExpr
        : left.hasConst && left.konst !== null
          ? rightExpr
          : undefined;
    if (!subject) return CLEAN;
    return this.guardValue([{ subject, clean: INJECTION, when: !negated }]);
  }

  private membershipGuard(negated: boolean, subject: Expr, collection: Value): Value {
    if (deepTaints(collection).length > 0 || collection.type === 'String') return CLEAN;
    return this.guardValue([{ subject, clean: INJECTION, when: !negated }]);
  }

  private guardValue(facts: readonly GuardFact[]): Value {
    const whenTrue: Refinement[] = [];
    const whenFalse: Refinement[] = [];
    for (const fact of facts) {
      const subject = stripHarmlessWrappers(fact.subject);
      const key = fact.key ?? this.keyOf(subject);
      if (key)
        (fact.when ? whenTrue : whenFalse).push({
          key,
          clean: fact.clean,
          expr: fact.key ? undefined : subject,
        });
    }
    if (whenTrue.length === 0 && whenFalse.length === 0) return CLEAN;
    return { taints: [], guard: { whenTrue, whenFalse } };
  }

  /** The state key a guard refines: a variable or a field of `this`. */
  private keyOf(expr: Expr): string | undefined {
    if (expr.kind === 'name') {
      if (
        this.module.language === 'java' &&
        this.cls &&
        !this.locals.has(expr.name) &&
        this.program.fieldOf(this.cls, expr.name)
      ) {
        return `this.${expr.name}`;
      }
      return expr.name;
    }
    if (expr.kind === 'member') return this.pathKeyOf(expr.object, expr.property);
    return undefined;
  }

  /** `this.f`, or a property path rooted at a variable (`req.query.sort`), for guards on properties. */
  private pathKeyOf(object: Expr, property: string): string | undefined {
    if (this.isThis(object)) return `this.${property}`;
    if (object.kind !== 'name' && object.kind !== 'member') return undefined;
    const base = this.keyOf(object);
    return base && base.split('.').length < 4 ? `${base}.${property}` : undefined;
  }

  private evalUnary(operator: string, operandExpr: Expr, state: State): Value {
    const operand = this.eval(operandExpr, state);
    if (operand.hasConst) {
      const folded = foldUnary(operator, operand.konst ?? null);
      if (folded) return constant(folded.value);
    }
    switch (operator) {
      case '!':
      case 'not':
        return operand.guard
          ? { taints: [], guard: { whenTrue: operand.guard.whenFalse, whenFalse: operand.guard.whenTrue } }
          : CLEAN;
      case '-':
      case '+':
      case '~':
        return sanitize(tainted(operand.taints), INJECTION);
      case 'typeof':
      case 'delete':
      case 'void':
        return CLEAN;
      default:
        return operand;
    }
  }

  private evalConditional(testExpr: Expr, thenExpr: Expr, otherwiseExpr: Expr, state: State): Value {
    const test = this.eval(testExpr, state);
    if (test.hasConst) return this.eval(truthy(test.konst ?? null) ? thenExpr : otherwiseExpr, state);
    const then = this.eval(thenExpr, this.refined(state, test.guard, true));
    const otherwise = this.eval(otherwiseExpr, this.refined(state, test.guard, false));
    return join(then, otherwise);
  }

  // ---- functions as values ----------------------------------------------------------------

  private evalFunction(expr: FunctionExpr, state: State, params?: readonly Value[]): Value {
    const snapshot = new Map(state);
    const outer = (key: string): Value | undefined =>
      snapshot.get(key) ?? (key.startsWith('this.') ? undefined : this.options.outer?.(key));
    const nested = new Interpreter(this.host, this.unit, {
      fn: expr.fn,
      outer: (key) => outer(key) ?? (this.locals.has(key) ? undefined : this.outerLookup(key, snapshot)),
      paramValues: params,
      depth: this.depth + 1,
    });
    const result = nested.run();
    for (const finding of result.findings) this.addFinding(finding);
    const own = this.paramBase + NESTED_PARAM_BASE;
    const ownEntries: SinkEntry[] = [];
    for (const entry of result.summary.sinks) {
      if (entry.param >= own) ownEntries.push({ ...entry, param: entry.param - own });
      else this.addEntry(entry);
    }
    const closure: Closure = {
      fn: expr.fn,
      summary: { ...result.summary, sinks: ownEntries, returns: shiftParams(result.summary.returns, own) },
    };
    return { taints: [], closure };
  }

  private outerLookup(key: string, snapshot: State): Value | undefined {
    if (key.startsWith('this.')) return snapshot.get(key) ?? this.readThisField(key.slice(5));
    return undefined;
  }

  // ---- calls ------------------------------------------------------------------------------

  private evalCall(call: CallExpr, state: State): Value {
    if (!call.receiver && (call.method === 'super' || call.method === 'this'))
      return this.evalConstructorChain(call, state);
    const receiverExpr = call.receiver;
    const receiver = receiverExpr ? this.evalChainLink(receiverExpr, call, state) : undefined;
    const { args, keywords, argExprs, functionArgs } = this.evalArgs(call.args, state);
    const site = this.siteOf(
      call,
      call.method,
      false,
      receiverExpr,
      receiver,
      args,
      keywords,
      argExprs,
      state,
    );
    this.evalCallbacks(functionArgs, site, receiver, args, state);
    const callee = this.calleeValue(call, receiver, state);
    if (callee) return this.applyCallable(callee, site, state);
    const units = this.resolve(call, receiver, args.length + keywords.size);
    if (units.length > 0) {
      const callee = units[0]!;
      const params = callee.fn.params.slice(callee.selfOffset).map((param) => param.name);
      for (const use of userCallSinks(site, callee.cls?.decl.name, params))
        this.reportSink(use, site.loc, call);
      return this.applyUnits(units, site, state, false);
    }
    const guard = this.callGuard(site, state);
    const contentType = contentTypeSet(site);
    if (contentType !== undefined) state.set(CONTENT_TYPE_KEY, constant(contentType));
    const model = modelCall(site);
    const result = model ? this.applyModel(model, site, state, guard) : this.defaultCall(site, guard);
    return this.withRelativeOf(this.filtered(call, site, this.mapped(call, site, result), state), site);
  }

  /** The receiver of `call`; a content type `call` declares (`h.response(x).type('text/plain')`) applies to it too. */
  private evalChainLink(receiverExpr: Expr, call: CallExpr, state: State): Value {
    const declared = contentTypeWritten(call);
    if (declared === undefined) return this.eval(receiverExpr, state);
    const outer = this.chainContentType;
    this.chainContentType = declared;
    try {
      return this.eval(receiverExpr, state);
    } finally {
      this.chainContentType = outer;
    }
  }

  /**
   * Reports a sink unless it writes a response body that is not HTML: the response was declared
   * another type, or the body's kind of response is HTML only when declared so (`html: 'declared'`)
   * or when its text may start with markup (`html: 'sniffed'`, Koa).
   */
  private reportResponseSink(use: SinkUse, loc: Location, expr: Expr, state: State): void {
    if (use.category === 'xss') {
      const declared = this.chainContentType ?? state.get(CONTENT_TYPE_KEY)?.konst;
      const html = typeof declared === 'string' ? isHtmlType(declared) : undefined;
      if (html === false) return;
      if (use.html === 'declared' && !html) return;
      if (use.html === 'sniffed' && !html && !mayStartWithMarkup(use.value)) return;
    }
    this.reportSink(use, loc, expr);
  }

  /**
   * `optional.map(v -> v.trim())`, `mono.map(HtmlUtils::htmlEscape)`, `names.map((n) => escape(n))`:
   * the elements are what the callback returns for the receiver's elements (an array stays an array).
   */
  private mapped(call: CallExpr, site: CallSite, result: Value): Value {
    if (!MAPPING_METHODS.has(call.method) || !site.receiver) return result;
    const closure = site.args[0]?.closure as Closure | FunctionUnit | undefined;
    if (closure && !('id' in closure)) {
      const elements = closure.summary.returns;
      return site.receiver.type === 'array' ? { taints: [], type: 'array', rest: elements } : elements;
    }
    const reference = call.args[0]?.value;
    if (reference?.kind !== 'unknown' || reference.syntax !== 'method_reference') return result;
    const [owner, method] = reference.parts;
    const clean =
      method?.kind === 'literal' && typeof method.value === 'string'
        ? referenceCleans(owner?.kind === 'name' ? owner.name : undefined, method.value)
        : undefined;
    return clean ? sanitize(result, clean) : result;
  }

  /** `stream.filter(ALLOWED::contains)`, `optional.filter(v -> v.matches(...))`: what passes the filter is validated. */
  private filtered(call: CallExpr, site: CallSite, result: Value, state: State): Value {
    if (call.method !== 'filter' && call.method !== 'takeWhile') return result;
    const predicate = call.args[0]?.value;
    const closure = site.args[0]?.closure as Closure | FunctionUnit | undefined;
    let clean = closure && !('id' in closure) ? (closure.summary.validates.get(0) ?? 0) : 0;
    if (predicate?.kind === 'unknown' && predicate.syntax === 'method_reference' && predicate.parts[0]) {
      if (isAllowList(this.evalQuietly(predicate.parts[0], state))) clean = INJECTION;
    }
    return clean ? sanitize(result, clean) : result;
  }

  /** `path.relative(base, p)` / `os.path.relpath(p, base)`: remember which path the result describes. */
  private withRelativeOf(result: Value, site: CallSite): Value {
    const isRelative = site.method === 'relative' && /(^|\.)path$/.test(site.qualifier ?? '');
    const isRelpath = site.method === 'relpath' && /(^|\.)path$/.test(site.qualifier ?? '');
    const subject = isRelative ? site.argExprs[1] : isRelpath ? site.argExprs[0] : undefined;
    const key = subject ? this.keyOf(subject) : undefined;
    return key ? { ...result, relativeOf: key } : result;
  }

  private evalConstructorChain(call: CallExpr, state: State): Value {
    const { args, keywords, argExprs } = this.evalArgs(call.args, state);
    const target = call.method === 'super' ? this.cls?.decl.superclass : this.cls?.decl.name;
    const cls = target ? this.program.classNamed(target) : undefined;
    if (!cls) return CLEAN;
    const units = this.program.constructorsOf(cls, args.length);
    const site = this.siteOf(
      call,
      call.method,
      false,
      { kind: 'name', name: 'this', loc: call.loc },
      this.thisValue,
      args,
      keywords,
      argExprs,
      state,
    );
    if (units.length > 0) this.applyUnits(units, site, state, false);
    return CLEAN;
  }

  private evalArgs(list: readonly Argument[], state: State) {
    const args: Value[] = [];
    const argExprs: Expr[] = [];
    const keywords = new Map<string, Value>();
    const functionArgs: { index: number; expr: FunctionExpr }[] = [];
    for (const arg of list) {
      if (arg.value.kind === 'function' && !arg.keyword) {
        functionArgs.push({ index: args.length, expr: arg.value });
        args.push(CLEAN);
        argExprs.push(arg.value);
        continue;
      }
      const value = this.eval(arg.value, state);
      if (arg.keyword) keywords.set(arg.keyword, value);
      else {
        args.push(arg.spread ? { ...elementsOf(value), taints: deepTaints(value) } : value);
        argExprs.push(arg.value);
      }
    }
    return { args, keywords, argExprs, functionArgs };
  }

  /** Lambdas and callbacks passed to a call: analysed now, with what the callee passes them. */
  private evalCallbacks(
    functionArgs: readonly { index: number; expr: FunctionExpr }[],
    site: CallSite,
    receiver: Value | undefined,
    args: Value[],
    state: State,
  ): void {
    if (functionArgs.length === 0) return;
    let params = callbackParams(site);
    if (!params && receiver && COLLECTION_CALLBACK_METHODS.has(site.method)) {
      // An Optional or Mono of a library object (`request.session().flatMap(session -> ...)`) passes the object itself.
      const isLibraryObject = receiver.type?.startsWith('lib:') && !receiver.props && !receiver.rest;
      const element = isLibraryObject ? receiver : elementsOf(receiver);
      params = [element, element, element];
    }
    for (const { index, expr } of functionArgs) args[index] = this.evalFunction(expr, state, params);
  }

  private siteOf(
    expr: CallExpr | NewExpr,
    method: string,
    isNew: boolean,
    receiverExpr: Expr | undefined,
    receiver: Value | undefined,
    args: readonly Value[],
    keywords: ReadonlyMap<string, Value>,
    argExprs: readonly Expr[],
    state: State,
  ): CallSite {
    let qualifier = receiver?.ref;
    let calledMethod = method;
    if (!receiverExpr && !isNew) {
      const local = state.get(method) ?? this.options.outer?.(method) ?? this.moduleValue(method);
      qualifier = local?.ref ?? this.module.imports.find((entry) => entry.alias === method)?.module;
      // A variable holding a library function (`const run = promisify(exec)`) calls that function.
      if (local?.ref && !local.ref.startsWith('lib:')) calledMethod = local.ref.split('.').pop() ?? method;
    }
    return {
      language: this.module.language,
      path: this.module.path,
      loc: expr.loc,
      expr,
      method: calledMethod,
      isNew,
      receiverExpr,
      receiver,
      receiverType: receiver?.type,
      qualifier,
      receiverName: receiverExpr ? lastIdentifier(receiverExpr) : undefined,
      args,
      argExprs,
      keywords,
      imports: this.module.imports,
      webModule: this.webModule,
    };
  }

  private moduleValue(name: string): Value | undefined {
    if (this.module.language === 'java' || this.unit.isModuleCode) return undefined;
    return this.host.moduleScope(this.module, this.unit)?.get(name);
  }

  /** A plain call of a variable holding a function (`const f = x => ...; f(t)`), or of an imported function. */
  private calleeValue(call: CallExpr, receiver: Value | undefined, state: State): Value | undefined {
    if (call.receiver) {
      if (receiver?.ref && this.module.language !== 'java') {
        const exported = this.exportedFrom(receiver.ref, call.method);
        if (exported?.closure) return exported;
      }
      const member = receiver?.props?.get(call.method);
      return member?.closure ? member : undefined;
    }
    const value = state.get(call.method) ?? this.options.outer?.(call.method);
    if (value?.closure) return value;
    if (this.module.language === 'java') return undefined;
    if (!state.has(call.method) && !this.unit.isModuleCode) {
      const moduleValue = this.host.moduleScope(this.module, this.unit)?.get(call.method);
      if (moduleValue?.closure) return moduleValue;
    }
    const imported = this.module.imports.find((entry) => entry.alias === call.method);
    if (imported) {
      const segments = imported.module.split('.');
      const name = segments.pop()!;
      return (
        this.exportedFrom(segments.join('.') || imported.module, name) ??
        this.exportedFrom(imported.module, call.method)
      );
    }
    return undefined;
  }

  private applyCallable(callee: Value, site: CallSite, state: State): Value {
    const target = callee.closure as Closure | FunctionUnit;
    if ('id' in target) return this.applyUnits([target], site, state, false);
    return this.applySummary(target.summary, target.fn, 0, site, state);
  }

  /** The program's functions a call may run: by receiver class, by module, or by a unique name. */
  private resolve(call: CallExpr, receiver: Value | undefined, arity: number): FunctionUnit[] {
    const method = call.method;
    const program = this.program;
    if (!call.receiver) {
      if (this.module.language === 'java') {
        const own = this.cls ? program.methodsOf(this.cls, method, arity) : [];
        if (own.length > 0) return own;
        const unique = program.uniqueByName(method, arity, false);
        return unique && unique.fn.isStatic ? [unique] : [];
      }
      const local = program.moduleFunction(this.module, method);
      if (local) return [local];
      const cls = program.classNamed(method);
      if (cls && this.module.language === 'python') return [];
      const unique = program.uniqueByName(method, arity, true);
      return unique ? [unique] : [];
    }
    const receiverExpr = call.receiver;
    if (receiverExpr.kind === 'name' && receiverExpr.name === 'super' && this.cls?.decl.superclass) {
      const parent = program.classNamed(this.cls.decl.superclass);
      return parent ? program.methodsOf(parent, method, arity) : [];
    }
    if (this.isThis(receiverExpr) && this.cls) return program.methodsOf(this.cls, method, arity);
    if (receiver?.ref && program.isUserClass(receiver.ref)) {
      return program.methodsOf(program.classNamed(receiver.ref)!, method, arity);
    }
    if (receiver?.type && program.isUserClass(receiver.type)) {
      const found = program.methodsOf(program.classNamed(receiver.type)!, method, arity);
      if (found.length > 0 && found.every((unit) => unit.fn.body.length > 0)) return found;
      const implementations = program.implementationsOf(method, arity);
      return implementations.length > 0 && implementations.length <= 4 ? implementations : found;
    }
    if (receiver?.type || receiver?.ref || isKnownLibraryMethod(method)) return [];
    const unique = program.uniqueByName(method, arity, false);
    return unique && unique.cls ? [unique] : [];
  }

  private applyUnits(units: readonly FunctionUnit[], site: CallSite, state: State, isNew: boolean): Value {
    let result: Value | undefined;
    for (const unit of units) {
      const summary = this.host.summaryOf(unit, this.unit);
      const value = this.applySummary(
        summary,
        unit.fn,
        unit.selfOffset,
        site,
        state,
        isNew ? unit : undefined,
      );
      result = result ? join(result, value) : value;
    }
    return result ?? CLEAN;
  }

  /** A call of a summarised function: its return value, the sinks it reaches, the fields it writes. */
  private applySummary(
    summary: Summary,
    fn: FunctionDecl,
    selfOffset: number,
    site: CallSite,
    state: State,
    constructed?: FunctionUnit,
  ): Value {
    const params = fn.params.slice(selfOffset).map((param) => param.name.replace(/^\*+/, ''));
    const receiverIsThis = !site.receiverExpr || this.isThis(site.receiverExpr);
    const actualOf: ActualOf = (param, field) => {
      if (param < 0) {
        if (constructed) return CLEAN;
        if (receiverIsThis && site.method !== 'super')
          return field === undefined
            ? this.thisValue
            : (state.get(`this.${field}`) ?? this.readThisField(field));
        return site.receiver ? fieldOfReceiver(site.receiver, field) : CLEAN;
      }
      const keyword = params[param] !== undefined ? site.keywords.get(params[param]!) : undefined;
      return keyword ?? site.args[param] ?? CLEAN;
    };
    const callStep: FlowStep = {
      path: this.module.path,
      loc: site.loc,
      message: `passed to ${fn.name === '<init>' || fn.name === '__init__' || fn.name === 'constructor' ? `new ${fn.className ?? fn.name}` : fn.name}(${params.join(', ')})`,
    };
    for (const entry of summary.sinks) this.reportEntry(entry, actualOf, callStep);
    const writes = new Map<string, Value>();
    for (const [field, value] of summary.fieldWrites)
      writes.set(field, substituteValue(value, actualOf, callStep));
    this.applyFieldWrites(writes, site, state, constructed);
    this.applyEnsures(summary.ensures, site, state);
    let result = substituteValue(summary.returns, actualOf, callStep);
    if (constructed) {
      result = receiverAfterWrites({ taints: [], type: constructed.cls?.decl.name }, writes);
    }
    if (summary.validates.size > 0) {
      const facts: GuardFact[] = [];
      for (const [param, clean] of summary.validates) {
        const subject = site.argExprs[param];
        if (subject) facts.push({ subject, clean, when: true });
      }
      const guard = this.guardValue(facts).guard;
      if (guard) result = { ...result, guard };
    }
    return result;
  }

  private applyFieldWrites(
    writes: ReadonlyMap<string, Value>,
    site: CallSite,
    state: State,
    constructed?: FunctionUnit,
  ): void {
    if (writes.size === 0 || constructed) return;
    const receiverIsThis = !site.receiverExpr || this.isThis(site.receiverExpr);
    if (receiverIsThis) {
      for (const [field, value] of writes) this.writeThisField(field, value, state);
      return;
    }
    const owner = site.receiver?.type;
    if (owner && this.program.isUserClass(owner)) {
      for (const [field, value] of writes)
        this.host.writeField(simpleName(owner), field, concretePart(value));
    }
    if (site.receiverExpr && site.receiver && isAssignable(site.receiverExpr)) {
      this.assignQuietly(site.receiverExpr, receiverAfterWrites(site.receiver, writes), site.loc, state);
    }
  }

  private applyEnsures(ensures: ReadonlyMap<number, number>, site: CallSite, state: State): void {
    for (const [param, clean] of ensures) {
      const subject = site.argExprs[param];
      const key = subject ? this.keyOf(stripHarmlessWrappers(subject)) : undefined;
      const current = key ? this.readKey(key, state) : undefined;
      if (key && current) state.set(key, sanitize(current, clean));
    }
  }

  private evalNew(expr: NewExpr, state: State): Value {
    const { args, keywords, argExprs, functionArgs } = this.evalArgs(expr.args, state);
    const type = simpleName(expr.type);
    const site = this.siteOf(expr, type, true, undefined, undefined, args, keywords, argExprs, state);
    for (const { index, expr: fnExpr } of functionArgs) args[index] = this.evalFunction(fnExpr, state);
    const cls = this.program.classNamed(type);
    if (cls) {
      const constructors = this.program.constructorsOf(cls, args.length + keywords.size);
      if (constructors.length > 0) return this.applyUnits(constructors, site, state, true);
      return { taints: [], type, props: keywordProps(keywords) };
    }
    const model = modelCall(site);
    if (model) return this.applyModel(model, site, state, undefined);
    return { ...this.defaultCall(site, undefined), type };
  }

  private callGuard(site: CallSite, state: State): Guard | undefined {
    const facts = guardOfCall(site, (expr) => this.evalQuietly(expr, state));
    if (facts.length === 0) return undefined;
    return this.guardValue(facts).guard;
  }

  private evalQuietly(expr: Expr, state: State): Value {
    return this.eval(expr, new Map(state));
  }

  private applyModel(model: ModelResult, site: CallSite, state: State, guard: Guard | undefined): Value {
    for (const use of model.sinks ?? []) this.reportResponseSink(use, site.loc, site.expr, state);
    const updated = model.receiver && site.receiverExpr ? chainBase(site.receiverExpr) : undefined;
    if (model.receiver && updated) this.assignQuietly(updated, model.receiver, site.loc, state);
    for (const [index, value] of model.outArgs ?? []) {
      const argExpr = site.argExprs[index];
      if (argExpr && isAssignable(argExpr)) this.assignQuietly(argExpr, value, site.loc, state);
    }
    let result = model.result;
    if (model.step) result = withStep(result, { path: this.module.path, loc: site.loc, message: model.step });
    return guard ? { ...result, guard } : result;
  }

  /** An unknown library call: its result may hold anything its receiver and arguments hold. */
  private defaultCall(site: CallSite, guard: Guard | undefined): Value {
    let taints = site.receiver ? deepTaints(site.receiver) : [];
    const fromArgument = (value: Value) => {
      const inner = deepTaints(value);
      return KMS_TRANSPARENT.test(site.method) ? inner : inner.filter((taint) => taint.label !== 'kms');
    };
    for (const arg of site.args) taints = unionTaints(taints, fromArgument(arg));
    for (const arg of site.keywords.values()) taints = unionTaints(taints, fromArgument(arg));
    // A callback's results usually make up the call's result (`Array.from(n, () => ...)`, `list.map(f)`).
    for (const arg of site.args) {
      const closure = arg.closure as Closure | FunctionUnit | undefined;
      if (closure && !('id' in closure))
        taints = unionTaints(taints, concretePart(closure.summary.returns).taints);
    }
    const value = tainted(taints);
    return guard ? { ...value, guard } : value;
  }

  /** Updates a variable (or field) in place without a flow step: builders, collections, setters. */
  private assignQuietly(target: Expr, value: Value, loc: Location, state: State): void {
    const name =
      target.kind === 'name' ? target.name : target.kind === 'member' ? target.property : undefined;
    if (name)
      for (const use of secretNameSinks(name, value, undefined, loc)) this.reportSink(use, loc, target);
    if (target.kind === 'name' && !this.isFieldName(target.name, state) && !this.isThis(target)) {
      state.set(target.name, value);
      return;
    }
    if (this.isThis(target)) return;
    this.assignTo(target, value, loc, state);
  }

  // ---- sinks and findings -----------------------------------------------------------------

  private reportSink(use: SinkUse, loc: Location, expr: Expr): void {
    const ruleId = ruleOfCategory(use.category);
    const hit: SinkHit = {
      ruleId,
      category: use.category,
      path: this.module.path,
      loc: use.at ?? loc,
      what: use.what,
      code: shapeOf(expr),
      enclosing: this.enclosing,
    };
    const sinkStep: FlowStep = { path: this.module.path, loc: hit.loc, message: `reaches ${use.what}` };
    const mask = CATEGORY[use.category];
    if (use.category === 'credential') {
      this.reportLiteral(hit, use.value, []);
    }
    for (const taint of deepTaints(use.value)) {
      if (taint.clean & mask) continue;
      const trail = extendTrail(taint.trail, sinkStep, true);
      if (taint.label === 'param') {
        this.addEntry({ param: taint.param ?? 0, field: taint.field, clean: taint.clean, trail, hit });
      } else if (acceptsLabel(use.category, taint.label)) {
        this.addFinding({ hit, label: taint.label, origin: taint.origin, trail });
      }
    }
  }

  private reportLiteral(hit: SinkHit, value: Value, steps: readonly FlowStep[]): void {
    if (
      !value.hasConst ||
      typeof value.konst !== 'string' ||
      !value.constAt ||
      !isCredentialLiteral(value.konst)
    )
      return;
    const origin: FlowStep = {
      path: value.constAt.path,
      loc: value.constAt.loc,
      message: 'hard-coded string',
    };
    let trail = { step: origin, length: 1 } as RawFinding['trail'];
    for (const step of steps) trail = extendTrail(trail, step);
    trail = extendTrail(trail, { path: hit.path, loc: hit.loc, message: `reaches ${hit.what}` }, true);
    this.addFinding({ hit, label: 'local', origin, trail });
  }

  private reportEntry(entry: SinkEntry, actualOf: ActualOf, callStep: FlowStep): void {
    const actual = actualOf(entry.param, entry.field);
    const steps = trailSteps(entry.trail);
    if (entry.hit.category === 'credential')
      this.reportLiteral(entry.hit, actual, [callStep, ...steps.slice(0, -1)]);
    const mask = CATEGORY[entry.hit.category];
    for (const taint of deepTaints(actual)) {
      if ((taint.clean | entry.clean) & mask) continue;
      const continued = continueTaint(taint, entry.clean, callStep, steps);
      if (taint.label === 'param') {
        this.addEntry({
          param: taint.param ?? 0,
          field: taint.field,
          clean: continued.clean,
          trail: continued.trail,
          hit: entry.hit,
        });
      } else if (acceptsLabel(entry.hit.category, taint.label)) {
        this.addFinding({ hit: entry.hit, label: taint.label, origin: taint.origin, trail: continued.trail });
      }
    }
  }

  private addEntry(entry: SinkEntry): void {
    const key = `${entry.hit.ruleId}|${entry.hit.path}:${entry.hit.loc.line}:${entry.hit.loc.column}|${entry.param}.${entry.field ?? ''}|${entry.clean}`;
    if (this.entryKeys.has(key) || this.sinkEntries.length >= MAX_SINK_ENTRIES) return;
    this.entryKeys.add(key);
    this.sinkEntries.push(entry);
  }

  private addFinding(finding: RawFinding): void {
    const at = finding.hit.ruleId === 'insecure-random' ? finding.origin : finding.hit;
    const key = `${finding.hit.ruleId}|${at.path}:${at.loc.line}:${at.loc.column}|${finding.hit.loc.line}`;
    if (this.findingKeys.has(key) || this.findings.length >= MAX_FINDINGS) return;
    this.findingKeys.add(key);
    this.findings.push(finding);
  }
}

/** Whether a string body may start with markup: its known beginning does, or its beginning is not known. */
function mayStartWithMarkup(value: Value): boolean {
  const start = value.hasConst && typeof value.konst === 'string' ? value.konst : value.leading;
  return start === undefined || /^\s*(<|$)/.test(start);
}

/** The constant text a value starts with, as far as known. */
function leadingText(value: Value): string {
  return value.hasConst && value.konst !== null ? String(value.konst) : (value.leading ?? '');
}
