import type { AssignStmt, ClassDecl, Expr, FunctionDecl, Language, SourceModule, Stmt } from '../ir';

/** One function body the analysis summarises: a method, a top-level function, or a module's top-level code. */
export interface FunctionUnit {
  readonly id: number;
  readonly fn: FunctionDecl;
  readonly cls?: ClassInfo;
  readonly module: SourceModule;
  /** The module's top-level statements (Python, JavaScript, bare Java snippets). */
  readonly isModuleCode: boolean;
  /** Python methods take `self` first: it is `this`, and arguments start at the next parameter. */
  readonly selfOffset: number;
}

export interface ClassInfo {
  readonly decl: ClassDecl;
  readonly module: SourceModule;
  readonly fields: ReadonlyMap<string, AssignStmt>;
  /** Fields declared without an initialiser (not in the IR): names the methods assign as fields. */
  readonly implicitFields: ReadonlySet<string>;
  readonly methods: ReadonlyMap<string, FunctionUnit[]>;
}

const CONSTRUCTOR_NAMES = new Set(['<init>', '__init__', 'constructor']);

/** The whole program indexed for call resolution: classes, methods and functions by name. */
export class Program {
  readonly units: FunctionUnit[] = [];
  private readonly classes = new Map<string, ClassInfo[]>();
  private readonly functionsByName = new Map<string, FunctionUnit[]>();
  private readonly moduleFunctions = new Map<SourceModule, Map<string, FunctionUnit>>();
  private readonly moduleByStem = new Map<string, SourceModule[]>();
  private readonly superclassCache = new Map<string, readonly string[] | undefined>();
  /** How often each name is the target of an assignment (plain or as a member), program-wide. */
  private readonly assignedNames = new Map<string, number>();

  constructor(readonly modules: readonly SourceModule[]) {
    for (const module of modules) this.indexModule(module);
  }

  private indexModule(module: SourceModule): void {
    const firstUnit = this.units.length;
    const stem = moduleStem(module.path);
    this.moduleByStem.set(stem, [...(this.moduleByStem.get(stem) ?? []), module]);
    const functions = new Map<string, FunctionUnit>();
    this.moduleFunctions.set(module, functions);
    for (const decl of module.classes) this.indexClass(decl, module);
    for (const fn of module.functions) {
      const unit = this.addUnit(fn, module, undefined, false);
      functions.set(fn.name, unit);
    }
    if (module.statements.length > 0) {
      const fn: FunctionDecl = {
        name: '<module>',
        params: [],
        annotations: [],
        isStatic: true,
        body: module.statements,
        loc: { line: 1, column: 1, endLine: module.lineCount, endColumn: 1 },
      };
      this.addUnit(fn, module, undefined, true);
    }
    for (const decl of module.classes) for (const field of decl.fields) this.countAssignments([field], true);
    for (const unit of this.units.slice(firstUnit)) this.countAssignments(unit.fn.body, false);
  }

  private indexClass(decl: ClassDecl, module: SourceModule): void {
    const methods = new Map<string, FunctionUnit[]>();
    const fields = new Map<string, AssignStmt>();
    for (const field of decl.fields) {
      const name = targetName(field.target);
      if (name) fields.set(name, field);
    }
    const info: ClassInfo = {
      decl,
      module,
      fields,
      methods,
      implicitFields: implicitFieldsOf(decl, module.language),
    };
    this.classes.set(decl.name, [...(this.classes.get(decl.name) ?? []), info]);
    for (const fn of decl.methods) {
      const unit = this.addUnit(fn, module, info, false);
      methods.set(fn.name, [...(methods.get(fn.name) ?? []), unit]);
    }
  }

  private addUnit(fn: FunctionDecl, module: SourceModule, cls: ClassInfo | undefined, isModuleCode: boolean) {
    const first = fn.params[0]?.name;
    const selfOffset =
      module.language === 'python' && cls && !fn.isStatic && (first === 'self' || first === 'cls') ? 1 : 0;
    const unit: FunctionUnit = { id: this.units.length, fn, cls, module, isModuleCode, selfOffset };
    this.units.push(unit);
    if (!isModuleCode)
      this.functionsByName.set(fn.name, [...(this.functionsByName.get(fn.name) ?? []), unit]);
    return unit;
  }

  private countAssignments(stmts: readonly Stmt[], declarations: boolean): void {
    for (const stmt of stmts) {
      if (stmt.kind === 'assign') {
        const name = targetName(stmt.target);
        if (name && !(declarations && stmt.declaredType !== undefined)) {
          this.assignedNames.set(name, (this.assignedNames.get(name) ?? 0) + 1);
        }
      }
      for (const inner of childBlocks(stmt)) this.countAssignments(inner, false);
    }
  }

  /** How many assignments program-wide target this name (fields' own initialisers excluded). */
  assignmentsTo(name: string): number {
    return this.assignedNames.get(name) ?? 0;
  }

  classNamed(name: string): ClassInfo | undefined {
    return this.classes.get(simpleName(name))?.[0];
  }

  isUserClass(name: string | undefined): boolean {
    return name !== undefined && this.classes.has(simpleName(name));
  }

  /** The class and its superclasses found in the program, nearest first. */
  *lineage(cls: ClassInfo): Iterable<ClassInfo> {
    const seen = new Set<ClassInfo>();
    for (let at: ClassInfo | undefined = cls; at && !seen.has(at);) {
      seen.add(at);
      yield at;
      at = at.decl.superclass ? this.classNamed(at.decl.superclass) : undefined;
    }
  }

  /** The superclass names of a class of the program, nearest first (the last may be a library class); undefined for other names. */
  superclassesOf(className: string): readonly string[] | undefined {
    if (this.superclassCache.has(className)) return this.superclassCache.get(className);
    const cls = this.classNamed(className);
    const names = cls
      ? [...this.lineage(cls)].flatMap((at) => (at.decl.superclass ? [at.decl.superclass] : []))
      : undefined;
    this.superclassCache.set(className, names);
    return names;
  }

  /** The field declaration a class (or a superclass) has for `name`, with its class. */
  fieldOf(cls: ClassInfo, name: string): { cls: ClassInfo; decl?: AssignStmt } | undefined {
    for (const at of this.lineage(cls)) {
      const decl = at.fields.get(name);
      if (decl) return { cls: at, decl };
    }
    for (const at of this.lineage(cls)) if (at.implicitFields.has(name)) return { cls: at };
    return undefined;
  }

  /** Methods named `method` taking `arity` arguments, in the class or its nearest superclass. */
  methodsOf(cls: ClassInfo, method: string, arity: number): FunctionUnit[] {
    for (const at of this.lineage(cls)) {
      const candidates = at.methods.get(method);
      if (candidates) {
        const fitting = candidates.filter((unit) => takesArity(unit, arity));
        if (fitting.length > 0) return fitting;
        if (candidates.length === 1) return candidates;
      }
    }
    return [];
  }

  constructorsOf(cls: ClassInfo, arity: number): FunctionUnit[] {
    for (const name of CONSTRUCTOR_NAMES) {
      const found = this.methodsOf(cls, name, arity);
      if (found.length > 0) return found;
    }
    return [];
  }

  /** Implementations of an abstract or interface method: every non-empty method of that name and arity. */
  implementationsOf(method: string, arity: number): FunctionUnit[] {
    return (this.functionsByName.get(method) ?? []).filter(
      (unit) => unit.cls && unit.fn.body.length > 0 && takesArity(unit, arity),
    );
  }

  /** The one function or method in the whole program with this name and arity, if there is exactly one. */
  uniqueByName(method: string, arity: number, topLevelOnly: boolean): FunctionUnit | undefined {
    const candidates = (this.functionsByName.get(method) ?? []).filter(
      (unit) => takesArity(unit, arity) && (!topLevelOnly || !unit.cls) && unit.fn.body.length > 0,
    );
    return candidates.length === 1 ? candidates[0] : undefined;
  }

  moduleFunction(module: SourceModule, name: string): FunctionUnit | undefined {
    return this.moduleFunctions.get(module)?.get(name);
  }

  /** The program's module an import names (`helpers`, `./util`, `app.services.files`), if any. */
  moduleForImport(imported: string, language: Language): SourceModule | undefined {
    const stem = imported
      .split(/[./\\]/)
      .filter(Boolean)
      .pop();
    if (!stem) return undefined;
    return this.moduleByStem.get(stem)?.find((module) => sameFamily(module.language, language));
  }
}

function sameFamily(a: Language, b: Language): boolean {
  const family = (language: Language) => (language === 'typescript' ? 'javascript' : language);
  return family(a) === family(b);
}

function takesArity(unit: FunctionUnit, arity: number): boolean {
  const params = unit.fn.params.length - unit.selfOffset;
  if (unit.module.language === 'java') return params === arity;
  return arity <= params || unit.fn.params.some((param) => param.name.startsWith('*'));
}

export function simpleName(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot >= 0 ? name.slice(dot + 1) : name;
}

function moduleStem(path: string): string {
  const file = path.split(/[/\\]/).pop() ?? path;
  const stem = file.replace(/\.[^.]+$/, '');
  if (stem === '__init__' || stem === 'index') return path.split(/[/\\]/).slice(-2, -1)[0] ?? stem;
  return stem;
}

export function targetName(target: Expr): string | undefined {
  if (target.kind === 'name') return target.name;
  if (target.kind === 'member') return target.property;
  return undefined;
}

export function childBlocks(stmt: Stmt): Stmt[][] {
  switch (stmt.kind) {
    case 'if':
      return [stmt.then, stmt.otherwise];
    case 'loop':
    case 'block':
      return [stmt.body];
    case 'try':
      return [stmt.body, ...stmt.handlers.map((handler) => handler.body), stmt.finally];
    default:
      return [];
  }
}

/**
 * Java fields declared without a value are not in the IR; a class's methods reveal them: names
 * assigned as `this.name = ...`, or assigned plainly in a method that neither declares them nor
 * takes them as a parameter.
 */
function implicitFieldsOf(decl: ClassDecl, language: Language): Set<string> {
  const names = new Set<string>();
  for (const method of decl.methods) {
    const locals = new Set(method.params.map((param) => param.name));
    const plain: string[] = [];
    const visit = (stmts: readonly Stmt[]) => {
      for (const stmt of stmts) {
        if (stmt.kind === 'assign') {
          const target = stmt.target;
          if (
            target.kind === 'member' &&
            target.object.kind === 'name' &&
            (target.object.name === 'this' || target.object.name === 'self')
          ) {
            names.add(target.property);
          } else if (target.kind === 'name') {
            if (stmt.declaredType !== undefined) locals.add(target.name);
            else plain.push(target.name);
          }
        } else if (stmt.kind === 'loop' && stmt.variable?.kind === 'name') locals.add(stmt.variable.name);
        for (const inner of childBlocks(stmt)) visit(inner);
      }
    };
    visit(method.body);
    if (language === 'java') for (const name of plain) if (!locals.has(name)) names.add(name);
  }
  return names;
}
