import type { Argument, ClassDecl, Expr, FunctionDecl, Location, Parameter, SourceModule, Stmt } from '../ir';
import type { Tree } from '../parser';
import {
  assign,
  binary,
  call,
  decoratorHasArguments,
  exprStmt,
  indexExpr,
  interpolation,
  literal,
  Lowering,
  mirrorTree,
  nameExpr,
  numberValue,
  SourceText,
  typeWithoutGenerics,
  unknown,
  type Branch,
  type MirrorOptions,
  type PlainNode,
} from './common';

const MIRROR: MirrorOptions = {
  comments: new Set(['comment']),
  skipped: new Set(['line_continuation']),
  opaque: new Set([
    // leaves
    'identifier',
    'integer',
    'float',
    'true',
    'false',
    'none',
    'ellipsis',
    'string_start',
    'string_end',
    'keyword_separator',
    'positional_separator',
    // read from their text, or ignored
    'string_content',
    'type',
    'dotted_name',
    'relative_import',
    'wildcard_import',
    'type_conversion',
    'format_specifier',
    'pass_statement',
    'break_statement',
    'continue_statement',
    'global_statement',
    'nonlocal_statement',
    'assert_statement',
    'delete_statement',
    'future_import_statement',
    'type_alias_statement',
  ]),
  tokenParents: new Set([
    'binary_operator',
    'boolean_operator',
    'unary_operator',
    'comparison_operator',
    'augmented_assignment',
  ]),
  // Only f-strings need their parts; other strings are decoded from their text.
  // Decorators with arguments are lowered (FastAPI's `response_class=`); the others are read from their text.
  opaqueUnless: new Map([
    ['string', isFormattedString],
    ['decorator', decoratorHasArguments],
  ]),
  fieldParents: new Set(),
  errorContainers: new Set(['module', 'block', 'ERROR']),
};

/** Statements that hold other statements; inside an ERROR node their contents are still lowered. */
const CLAUSES = new Set([
  'block',
  'else_clause',
  'elif_clause',
  'except_clause',
  'finally_clause',
  'case_clause',
  'ERROR',
]);

/** Definitions lower the ERROR nodes inside them into their own bodies. */
const DEFINITIONS = new Set(['function_definition', 'class_definition']);

const LITERAL_PATTERNS = new Set([
  'string',
  'concatenated_string',
  'integer',
  'float',
  'true',
  'false',
  'none',
]);

/** Lowers a Python syntax tree to the IR (see ir.ts for the rules every front end follows). */
export function lowerPython(tree: Tree, path: string, text: string): SourceModule {
  const source = new SourceText(text);
  const lowering = new PythonLowering(source);
  const statements: Stmt[] = [];
  const comments = mirrorTree(tree, source, MIRROR, (node) => lowering.topLevelNode(node, statements));
  return lowering.finish(path, tree, statements, comments);
}

class PythonLowering extends Lowering {
  finish(path: string, tree: Tree, statements: Stmt[], comments: SourceModule['comments']): SourceModule {
    return this.finishModule(path, 'python', tree, statements, comments);
  }

  /** A module-level node: functions are the module's functions, anything else module code. */
  topLevelNode(node: PlainNode, out: Stmt[]): void {
    this.topLevel(() => {
      const definition = node.type === 'decorated_definition' ? lastNamed(node) : node;
      if (definition?.type === 'function_definition')
        this.functions.push(this.functionDecl(definition, node));
      else this.statement(node, out);
    });
  }

  // ---- statements -------------------------------------------------------------------------

  private block(node: PlainNode | undefined): Stmt[] {
    const out: Stmt[] = [];
    if (node) for (const child of node.named) this.statement(child, out);
    return out;
  }

  /** One statement; ERROR nodes inside it that hold no place of their own follow it. */
  private statement(node: PlainNode, out: Stmt[]): void {
    this.statementItself(node, out);
    if (node.strayErrors && !DEFINITIONS.has(node.type))
      for (const error of node.strayErrors) this.statement(error, out);
  }

  private statementItself(node: PlainNode, out: Stmt[]): void {
    switch (node.type) {
      case 'expression_statement':
        for (const child of node.named) this.expressionStatement(child, out);
        return;
      case 'if_statement':
        return this.ifStatement(node, out);
      case 'for_statement':
        return this.forStatement(node, out);
      case 'while_statement':
        return this.whileStatement(node, out);
      case 'try_statement':
        return this.tryStatement(node, out);
      case 'with_statement':
        return this.withStatement(node, out);
      case 'match_statement':
        return this.matchStatement(node, out);
      case 'function_definition':
      case 'decorated_definition':
      case 'class_definition':
        return this.nestedDefinition(node, out);
      case 'return_statement':
        return this.emit(out, {
          kind: 'return',
          value: this.optionalExpr(node.named[0]),
          loc: this.loc(node),
        });
      case 'raise_statement':
        return this.emit(out, {
          kind: 'throw',
          value: this.optionalExpr(node.named[0]),
          loc: this.loc(node),
        });
      case 'break_statement':
        return this.emit(out, { kind: 'break', loc: this.loc(node) });
      case 'continue_statement':
        return this.emit(out, { kind: 'continue', loc: this.loc(node) });
      case 'import_statement':
        return this.importStatement(node);
      case 'import_from_statement':
        return this.importFromStatement(node);
      case 'print_statement':
      case 'exec_statement': {
        const args = node.named.map((child) => ({ value: this.expr(child) }));
        return this.emit(
          out,
          exprStmt(
            call(undefined, node.type.replace('_statement', ''), args, this.loc(node)),
            this.loc(node),
          ),
        );
      }
      case 'pass_statement':
      case 'global_statement':
      case 'nonlocal_statement':
      case 'assert_statement':
      case 'delete_statement':
      case 'future_import_statement':
      case 'type_alias_statement':
        return;
      default:
        if (CLAUSES.has(node.type)) {
          for (const child of node.named) this.statement(child, out);
          return;
        }
        this.expressionStatement(node, out);
    }
  }

  private expressionStatement(node: PlainNode, out: Stmt[]): void {
    if (node.type === 'assignment') return this.assignment(node, out);
    if (node.type === 'augmented_assignment') return this.augmentedAssignment(node, out);
    this.emit(out, exprStmt(this.expr(node), this.loc(node)));
  }

  /** `a = b = value`, `x: int = 1`, `a, b = pair`. */
  private assignment(node: PlainNode, out: Stmt[]): void {
    const targets: PlainNode[] = [];
    let declaredType: string | undefined;
    let current: PlainNode | undefined = node;
    let value: PlainNode | undefined;
    while (current?.type === 'assignment') {
      const [left, ...rest] = current.named;
      targets.push(left);
      if (rest[0]?.type === 'type') declaredType ??= pythonType(this.textOf(rest.shift()!));
      current = rest[0];
      value = current;
    }
    if (!value) return;
    const loc = this.loc(node);
    const lowered = this.expr(value);
    const [first, ...others] = targets;
    this.assignTo(first, lowered, out, loc, declaredType);
    const firstIsSimple = ['identifier', 'attribute', 'subscript'].includes(first.type);
    for (const target of others) {
      this.assignTo(target, firstIsSimple ? this.expr(first) : this.expr(value), out, loc);
    }
  }

  private augmentedAssignment(node: PlainNode, out: Stmt[]): void {
    const [left, right] = node.named;
    const operator = node.children.find((child) => !child.isNamed)?.type.slice(0, -1) ?? '+';
    const loc = this.loc(node);
    const value = binary(operator, this.expr(left), this.expr(right), loc);
    this.emit(out, assign(this.expr(left), value, loc));
  }

  /** Binds a target (a name, attribute, subscript or an unpacking pattern) to a lowered value. */
  private assignTo(target: PlainNode, value: Expr, out: Stmt[], loc: Location, declaredType?: string): void {
    switch (target.type) {
      case 'pattern_list':
      case 'tuple_pattern':
      case 'list_pattern':
      case 'tuple':
      case 'list':
      case 'expression_list':
        return this.unpack(target.named, value, out, loc);
      case 'parenthesized_expression':
        return this.assignTo(target.named[0], value, out, loc, declaredType);
      case 'as_pattern_target':
        return this.assignTo(target.named[0], value, out, loc, declaredType);
      case 'list_splat_pattern':
      case 'list_splat':
        return this.assignTo(target.named[0], unknown(target.type, [value], loc), out, loc);
      default:
        this.emit(out, assign(this.expr(target), value, loc, declaredType ? { declaredType } : undefined));
    }
  }

  /** `a, b = value`: one assignment per element, `a = value[0]`; after `*rest`, negative indexes. */
  private unpack(elements: readonly PlainNode[], value: Expr, out: Stmt[], loc: Location): void {
    const starred = elements.findIndex(
      (element) => element.type === 'list_splat_pattern' || element.type === 'list_splat',
    );
    if (value.kind === 'array' && starred === -1 && value.elements.length === elements.length) {
      elements.forEach((element, index) => this.assignTo(element, value.elements[index], out, loc));
      return;
    }
    const source = elements.length > 1 ? this.reusable(value, out, loc) : () => value;
    elements.forEach((element, index) => {
      const elementLoc = this.loc(element);
      if (index === starred) return this.assignTo(element, source(), out, elementLoc);
      const position = starred !== -1 && index > starred ? index - elements.length : index;
      this.assignTo(element, indexExpr(source(), literal(position, elementLoc), elementLoc), out, elementLoc);
    });
  }

  private ifStatement(node: PlainNode, out: Stmt[]): void {
    const [condition, consequence, ...alternatives] = node.named;
    out.push(...this.ifChain(node, condition, consequence, alternatives));
  }

  /** An if/elif/else chain: each `elif` is an `if` in the previous one's `otherwise`. */
  private ifChain(
    node: PlainNode,
    condition: PlainNode,
    consequence: PlainNode,
    alternatives: readonly PlainNode[],
  ): Stmt[] {
    const test = this.expr(condition);
    const before = this.takeHoisted();
    const then = this.block(consequence);
    const [next, ...rest] = alternatives;
    let otherwise: Stmt[] = [];
    if (next?.type === 'elif_clause') otherwise = this.ifChain(next, next.named[0], next.named[1], rest);
    else if (next?.type === 'else_clause') otherwise = this.block(next.named[0]);
    return [...before, { kind: 'if', test, then, otherwise, loc: this.loc(node) }];
  }

  private forStatement(node: PlainNode, out: Stmt[]): void {
    const [left, right, body, elseClause] = node.named;
    const iterable = this.expr(right);
    const before = this.takeHoisted();
    const loc = this.loc(node);
    const { variable, prologue } = this.loopVariable(left, loc);
    out.push(...before, { kind: 'loop', variable, iterable, body: [...prologue, ...this.block(body)], loc });
    if (elseClause) out.push(...this.block(elseClause.named[0]));
  }

  /** A loop target: a plain target as is, a tuple as a synthetic variable unpacked at the start of the body. */
  private loopVariable(target: PlainNode, loc: Location): { variable: Expr; prologue: Stmt[] } {
    if (['identifier', 'attribute', 'subscript'].includes(target.type)) {
      return { variable: this.expr(target), prologue: [] };
    }
    const name = this.newTemporary();
    const prologue: Stmt[] = [];
    this.assignTo(target, nameExpr(name, loc), prologue, this.loc(target));
    return { variable: nameExpr(name, loc), prologue };
  }

  private whileStatement(node: PlainNode, out: Stmt[]): void {
    const [condition, body, elseClause] = node.named;
    const test = this.expr(condition);
    const before = this.takeHoisted();
    const loopBody = [...this.block(body), ...structuredClone(before)];
    out.push(...before, { kind: 'loop', test, body: loopBody, loc: this.loc(node) });
    if (elseClause) out.push(...this.block(elseClause.named[0]));
  }

  private tryStatement(node: PlainNode, out: Stmt[]): void {
    const body = this.block(node.named[0]);
    const handlers: { variable?: string; body: Stmt[] }[] = [];
    let finallyBody: Stmt[] = [];
    for (const clause of node.named.slice(1)) {
      if (clause.type === 'except_clause' || clause.type === 'except_group_clause') {
        handlers.push(this.exceptClause(clause));
      } else if (clause.type === 'else_clause') {
        body.push(...this.block(clause.named[0]));
      } else if (clause.type === 'finally_clause') {
        finallyBody = this.block(clause.named[0]);
      }
    }
    out.push({ kind: 'try', body, handlers, finally: finallyBody, loc: this.loc(node) });
  }

  /** `except E as e:` (and Python 2's `except E, e:`): the handler variable is `e`. */
  private exceptClause(clause: PlainNode): { variable?: string; body: Stmt[] } {
    const body = this.block(lastNamed(clause));
    const [value, alias] = clause.named.slice(0, -1);
    const aliasNode =
      value?.type === 'as_pattern' ? value.named.find((child) => child.type === 'as_pattern_target') : alias;
    return aliasNode ? { variable: this.textOf(aliasNode).trim(), body } : { body };
  }

  /** `with open(p) as f:` is a try whose body starts with `f = open(p)`. */
  private withStatement(node: PlainNode, out: Stmt[]): void {
    const body: Stmt[] = [];
    const clause = node.named.find((child) => child.type === 'with_clause');
    for (const item of clause?.named ?? []) {
      const value = item.named[0];
      if (!value) continue;
      if (value.type === 'as_pattern') {
        const target = value.named.find((child) => child.type === 'as_pattern_target');
        const resource = this.expr(value.named[0]);
        if (target) this.assignTo(target, resource, body, this.loc(item));
        else this.emit(body, exprStmt(resource, this.loc(item)));
      } else {
        this.emit(body, exprStmt(this.expr(value), this.loc(item)));
      }
    }
    body.push(...this.block(lastNamed(node)));
    out.push({ kind: 'try', body, handlers: [], finally: [], loc: this.loc(node) });
  }

  /** `match` as nested ifs: literal cases compare with `==`, other patterns are unknown tests. */
  private matchStatement(node: PlainNode, out: Stmt[]): void {
    const subjects = node.named.filter((child) => child.type !== 'block');
    const loc = this.loc(node);
    const subjectExpr =
      subjects.length === 1
        ? this.expr(subjects[0])
        : { kind: 'array' as const, elements: subjects.map((s) => this.expr(s)), loc };
    const subject = this.reusable(subjectExpr, out, loc);
    const before = this.takeHoisted();
    const cases = lastNamed(node)?.named.filter((child) => child.type === 'case_clause') ?? [];
    const branches = cases.map((clause) => this.caseBranch(clause, subject));
    out.push(...before, ...this.nestedIfs(branches));
  }

  private caseBranch(clause: PlainNode, subject: () => Expr): Branch {
    const loc = this.loc(clause);
    const patterns = clause.named.filter((child) => child.type === 'case_pattern');
    const guard = clause.named.find((child) => child.type === 'if_clause');
    const prologue: Stmt[] = [];
    for (const { name, whole, node } of patterns.flatMap((pattern) => this.captures(pattern, true))) {
      const value =
        whole && patterns.length === 1 ? subject() : unknown('case_pattern', [subject()], this.loc(node));
      prologue.push(assign(nameExpr(name, this.loc(node)), value, this.loc(node)));
    }
    let test =
      patterns.length === 1
        ? this.caseTest(patterns[0], subject, loc)
        : unknown('case_pattern', [subject()], loc);
    if (guard) {
      const guardTest = this.expr(guard.named[0]);
      test = test ? binary('&&', test, guardTest, loc) : guardTest;
    }
    const body = [...prologue, ...this.block(lastNamed(clause))];
    return test ? { test, body, loc } : { body, loc };
  }

  /** The test for one case pattern; undefined when it always matches (`_`, a capture). */
  private caseTest(pattern: PlainNode, subject: () => Expr, loc: Location): Expr | undefined {
    const inner = pattern.named[0];
    if (!inner) return undefined; // `case _:`
    if (inner.type === 'dotted_name' && !this.textOf(inner).includes('.')) return undefined;
    if (LITERAL_PATTERNS.has(inner.type)) return binary('==', subject(), this.expr(inner), loc);
    if (inner.type === 'union_pattern' && inner.named.every((option) => LITERAL_PATTERNS.has(option.type))) {
      return inner.named
        .map((option) => binary('==', subject(), this.expr(option), loc))
        .reduce((left, right) => binary('||', left, right, loc));
    }
    if (inner.type === 'as_pattern') return this.caseTest(inner.named[0], subject, loc);
    return unknown('case_pattern', [subject()], loc);
  }

  /** Names a case pattern binds; `whole` when the name is bound to the subject itself. */
  private captures(node: PlainNode, whole: boolean): { name: string; whole: boolean; node: PlainNode }[] {
    const capture = (
      child: PlainNode | undefined,
      isWhole: boolean,
    ): { name: string; whole: boolean; node: PlainNode }[] => {
      if (!child || child.type !== 'dotted_name') return child ? this.captures(child, isWhole) : [];
      const name = this.textOf(child);
      return name.includes('.') || name === '_' ? [] : [{ name, whole: isWhole, node: child }];
    };
    switch (node.type) {
      case 'case_pattern':
        return node.named.length === 1 ? capture(node.named[0], whole) : [];
      case 'as_pattern': {
        const alias = lastNamed(node);
        const bound =
          alias && alias !== node.named[0] ? [{ name: this.textOf(alias), whole, node: alias }] : [];
        return [...this.captures(node.named[0], whole), ...bound];
      }
      case 'keyword_pattern':
        return capture(node.named[1], false);
      case 'splat_pattern':
        return node.named[0] && this.textOf(node.named[0]) !== '_'
          ? [{ name: this.textOf(node.named[0]), whole: false, node }]
          : [];
      case 'class_pattern':
        return node.named.slice(1).flatMap((child) => this.captures(child, false));
      default:
        return node.named.flatMap((child) => this.captures(child, false));
    }
  }

  /** A `def` or `class` inside a function or block: the function is a value bound to its name. */
  private nestedDefinition(node: PlainNode, out: Stmt[]): void {
    const definition = node.type === 'decorated_definition' ? lastNamed(node) : node;
    if (definition?.type === 'class_definition') {
      out.push(...this.classDecl(definition));
      return;
    }
    if (definition?.type !== 'function_definition') return;
    const fn = this.functionDecl(definition, node);
    const loc = this.loc(node);
    this.emit(
      out,
      assign(nameExpr(fn.name, this.loc(definition.named[0])), { kind: 'function', fn, loc }, loc),
    );
  }

  // ---- definitions ------------------------------------------------------------------------

  /** `decorated` is the decorated_definition around the function, if any (its decorators are annotations). */
  private functionDecl(node: PlainNode, decorated: PlainNode, className?: string): FunctionDecl {
    const decorators = this.decorators(
      decorated.named.filter((child) => child.type === 'decorator'),
      (decorator) => {
        const inner = decorator.named[0];
        return inner?.type === 'call' ? this.callArguments(inner.named[1]) : [];
      },
    );
    const annotations = decorators.annotations;
    const parameters = node.named.find((child) => child.type === 'parameters');
    return this.nestedScope(() => {
      const prologue: Stmt[] = [];
      const params = this.parameters(parameters, prologue);
      const body = [...prologue, ...this.block(node.named.find((child) => child.type === 'block'))];
      for (const error of node.strayErrors ?? []) this.statement(error, body);
      const isStatic = annotations.includes('staticmethod') || annotations.includes('classmethod');
      const fn: FunctionDecl = {
        name: this.textOf(node.named[0]),
        params,
        ...decorators,
        isStatic,
        body,
        loc: this.loc(decorated),
      };
      if (className !== undefined) fn.className = className;
      return fn;
    });
  }

  /** Parameters as declared (defaults ignored); `*args` and `**kwargs` are named `args` and `kwargs`. */
  private parameters(node: PlainNode | undefined, prologue: Stmt[]): Parameter[] {
    const params: Parameter[] = [];
    for (const param of node?.named ?? []) {
      const typeNode = param.named.find((child) => child.type === 'type');
      let target: PlainNode | undefined = param;
      if (param.type !== 'identifier' && param.type !== 'tuple_pattern') target = param.named[0];
      if (target?.type === 'list_splat_pattern' || target?.type === 'dictionary_splat_pattern')
        target = target.named[0];
      if (!target) continue;
      const loc = this.loc(param);
      let name = this.textOf(target);
      if (target.type !== 'identifier') {
        name = `$param${params.length}`;
        this.assignTo(target, nameExpr(name, loc), prologue, loc);
      }
      const parameter: Parameter = { name, annotations: [], loc };
      if (typeNode) parameter.type = pythonType(this.textOf(typeNode));
      params.push(parameter);
    }
    return params;
  }

  /**
   * A class: attributes assigned in its body are fields, functions are methods; nested classes are
   * listed on their own. Returns the other statements of its body, which run where the class is defined.
   */
  private classDecl(node: PlainNode): Stmt[] {
    const name = this.textOf(node.named[0]);
    const bases = (node.named.find((child) => child.type === 'argument_list')?.named ?? [])
      .filter((child) => child.type !== 'keyword_argument')
      .map((child) => this.textOf(child).replace(/\s+/g, ''));
    const decl: ClassDecl = { name, fields: [], methods: [], loc: this.loc(node) };
    const superclass = bases.find((base) => !isMixinBase(base)) ?? bases[0];
    if (superclass) decl.superclass = superclass;
    this.classes.push(decl);
    return this.nestedScope(() => {
      const body: Stmt[] = [];
      const others: Stmt[] = [];
      for (const member of lastNamed(node)?.named ?? []) {
        const definition = member.type === 'decorated_definition' ? lastNamed(member) : member;
        if (definition?.type === 'function_definition')
          decl.methods.push(this.functionDecl(definition, member, name));
        else if (definition?.type === 'class_definition') others.push(...this.classDecl(definition));
        else this.statement(member, body);
      }
      for (const error of node.strayErrors ?? []) this.statement(error, body);
      for (const stmt of body) {
        if (stmt.kind === 'assign') decl.fields.push(stmt);
        else if (!(stmt.kind === 'expr' && stmt.expr.kind === 'literal')) others.push(stmt);
      }
      return others;
    });
  }

  // ---- imports ----------------------------------------------------------------------------

  /** `import a.b` binds `a` (to module `a`); `import a.b as c` binds `c` to `a.b`. */
  private importStatement(node: PlainNode): void {
    for (const name of node.named) {
      if (name.type === 'aliased_import') {
        const [module, alias] = name.named;
        this.imports.push({ module: this.textOf(module), alias: this.textOf(alias) });
      } else {
        const top = this.textOf(name).split('.')[0];
        this.imports.push({ module: top, alias: top });
      }
    }
  }

  /** `from x import y as z` binds `z` to `x.y`; relative modules keep their dots (`.models.User`). */
  private importFromStatement(node: PlainNode): void {
    const [moduleNode, ...names] = node.named;
    const module = this.textOf(moduleNode).replace(/\s+/g, '');
    const qualified = (name: string): string => (module.endsWith('.') ? module + name : `${module}.${name}`);
    for (const name of names) {
      if (name.type === 'wildcard_import') this.imports.push({ module: qualified('*'), alias: '*' });
      else if (name.type === 'aliased_import') {
        const [imported, alias] = name.named;
        this.imports.push({ module: qualified(this.textOf(imported)), alias: this.textOf(alias) });
      } else {
        const imported = this.textOf(name);
        this.imports.push({ module: qualified(imported), alias: imported });
      }
    }
  }

  // ---- expressions ------------------------------------------------------------------------

  private optionalExpr(node: PlainNode | undefined): Expr | undefined {
    return node && this.expr(node);
  }

  private expr(node: PlainNode): Expr {
    const loc = this.loc(node);
    switch (node.type) {
      case 'identifier':
        return nameExpr(this.textOf(node), loc);
      case 'string':
        return this.stringExpr([node], loc);
      case 'concatenated_string':
        return this.stringExpr(node.named, loc);
      case 'integer':
      case 'float': {
        const value = numberValue(this.textOf(node));
        return value === undefined ? unknown(node.type, [], loc) : literal(value, loc);
      }
      case 'true':
        return literal(true, loc);
      case 'false':
        return literal(false, loc);
      case 'none':
        return literal(null, loc);
      case 'attribute':
        return {
          kind: 'member',
          object: this.expr(node.named[0]),
          property: this.textOf(node.named[1]),
          loc,
        };
      case 'subscript':
        return this.subscript(node, loc);
      case 'call':
        return this.callExpr(node, loc);
      case 'binary_operator':
      case 'boolean_operator':
        return this.leftChain(
          node,
          (link) => link.type === 'binary_operator' || link.type === 'boolean_operator',
          (operand) => this.expr(operand),
          (link, left) => binary(pythonOperator(link), left, this.expr(link.named[1]), this.loc(link)),
        );
      case 'not_operator':
        return { kind: 'unary', operator: '!', operand: this.expr(node.named[0]), loc };
      case 'unary_operator':
        return { kind: 'unary', operator: operatorOf(node), operand: this.expr(node.named[0]), loc };
      case 'await':
        return { kind: 'unary', operator: 'await', operand: this.expr(node.named[0]), loc };
      case 'comparison_operator':
        return this.comparison(node, loc);
      case 'conditional_expression': {
        const [then, test, otherwise] = node.named.map((child) => this.expr(child));
        return { kind: 'conditional', test, then, otherwise, loc };
      }
      case 'named_expression': {
        const [target, value] = node.named;
        this.hoist(assign(this.expr(target), this.expr(value), loc));
        return this.expr(target);
      }
      case 'lambda':
        return this.lambda(node, loc);
      case 'list':
      case 'tuple':
      case 'set':
      case 'expression_list':
      case 'pattern_list':
      case 'tuple_pattern':
      case 'list_pattern':
        return { kind: 'array', elements: node.named.map((child) => this.expr(child)), loc };
      case 'dictionary':
        return this.dictionary(node, loc);
      case 'parenthesized_expression':
        return node.named[0] ? this.expr(node.named[0]) : unknown(node.type, [], loc);
      case 'list_comprehension':
      case 'set_comprehension':
      case 'generator_expression':
      case 'dictionary_comprehension':
        return unknown(node.type, this.comprehensionParts(node), loc);
      case 'keyword_argument':
      case 'as_pattern':
        return this.expr(node.named[node.type === 'keyword_argument' ? 1 : 0]);
      default:
        return unknown(
          node.type,
          node.named.map((child) => this.expr(child)),
          loc,
        );
    }
  }

  private subscript(node: PlainNode, loc: Location): Expr {
    const [value, ...subscripts] = node.named;
    const object = this.expr(value);
    if (subscripts.length === 1 && subscripts[0].type !== 'slice')
      return indexExpr(object, this.expr(subscripts[0]), loc);
    if (subscripts.some((part) => part.type === 'slice')) {
      return unknown(
        'slice',
        [object, ...subscripts.flatMap((part) => part.named.map((child) => this.expr(child)))],
        loc,
      );
    }
    return indexExpr(
      object,
      { kind: 'array', elements: subscripts.map((part) => this.expr(part)), loc },
      loc,
    );
  }

  private callExpr(node: PlainNode, loc: Location): Expr {
    const [callee, argumentList] = node.named;
    const args = this.callArguments(argumentList);
    if (callee.type === 'attribute')
      return call(this.expr(callee.named[0]), this.textOf(callee.named[1]), args, loc);
    if (callee.type === 'identifier') return call(undefined, this.textOf(callee), args, loc);
    return call(this.expr(callee), '<call>', args, loc);
  }

  private callArguments(node: PlainNode | undefined): Argument[] {
    if (!node) return [];
    if (node.type !== 'argument_list') return [{ value: this.expr(node) }];
    return node.named.map((arg): Argument => {
      if (arg.type === 'keyword_argument')
        return { keyword: this.textOf(arg.named[0]), value: this.expr(arg.named[1]) };
      if (arg.type === 'list_splat' || arg.type === 'dictionary_splat')
        return { spread: true, value: this.expr(arg.named[0]) };
      return { value: this.expr(arg) };
    });
  }

  /** `a < b <= c` is `a < b && b <= c`; `not in` is `!(a in b)`; `is` / `is not` are `===` / `!==`. */
  private comparison(node: PlainNode, loc: Location): Expr {
    const operands = node.named.map((child) => this.expr(child));
    const operators = node.children.filter((child) => !child.isNamed).map((child) => child.type);
    let result: Expr | undefined;
    operators.forEach((operator, index) => {
      const left = index === 0 ? operands[0] : structuredClone(operands[index]);
      const pair = comparisonPair(operator, left, operands[index + 1], loc);
      result = result ? binary('&&', result, pair, loc) : pair;
    });
    return result ?? operands[0] ?? unknown(node.type, [], loc);
  }

  private lambda(node: PlainNode, loc: Location): Expr {
    const body = lastNamed(node);
    const parameters = node.named.length > 1 ? node.named[0] : undefined;
    const fn = this.nestedScope((): FunctionDecl => {
      const prologue: Stmt[] = [];
      const params = this.parameters(parameters, prologue);
      const statements: Stmt[] = [...prologue];
      if (body) this.emit(statements, { kind: 'return', value: this.expr(body), loc: this.loc(body) });
      return { name: '<lambda>', params, annotations: [], isStatic: false, body: statements, loc };
    });
    return { kind: 'function', fn, loc };
  }

  /** Dict literals: constant string keys are kept, other keys (and `**spread`) have no key. */
  private dictionary(node: PlainNode, loc: Location): Expr {
    const properties = node.named.map((entry): { key?: string; value: Expr } => {
      if (entry.type !== 'pair') return { value: this.expr(entry.named[0] ?? entry) };
      const [keyNode, valueNode] = entry.named;
      const key = this.expr(keyNode);
      const value = this.expr(valueNode);
      return key.kind === 'literal' && typeof key.value === 'string' ? { key: key.value, value } : { value };
    });
    return { kind: 'object', properties, loc };
  }

  /** A comprehension is unknown over its element expression, the iterables and the conditions. */
  private comprehensionParts(node: PlainNode): Expr[] {
    const [body, ...clauses] = node.named;
    const parts = body.type === 'pair' ? body.named.map((child) => this.expr(child)) : [this.expr(body)];
    for (const clause of clauses) {
      const sources = clause.type === 'for_in_clause' ? clause.named.slice(1) : clause.named;
      parts.push(...sources.map((child) => this.expr(child)));
    }
    return parts;
  }

  /** Adjacent strings concatenate; f-strings are "+" chains of their literal parts and interpolations. */
  private stringExpr(strings: readonly PlainNode[], loc: Location): Expr {
    const parts = strings.flatMap((node) => this.stringParts(node));
    if (parts.every((part) => part.kind === 'literal')) {
      return literal(parts.map((part) => (part.kind === 'literal' ? part.value : '')).join(''), loc);
    }
    return interpolation(parts, loc);
  }

  private stringParts(node: PlainNode): Expr[] {
    const text = this.textOf(node);
    const { prefix, quote } = stringDelimiters(text);
    const raw = prefix.includes('r');
    const bytes = prefix.includes('b');
    if (!isFormattedString(text, 0)) {
      const contentEnd =
        text.length >= prefix.length + 2 * quote.length && text.endsWith(quote) ? -quote.length : undefined;
      const content = text.slice(prefix.length + quote.length, contentEnd);
      return [literal(decodePythonString(content, raw, bytes, false), this.loc(node))];
    }
    const parts: Expr[] = [];
    for (const child of node.named) {
      if (child.type === 'string_content') {
        parts.push(literal(decodePythonString(this.textOf(child), raw, bytes, true), this.loc(child)));
      } else if (child.type === 'interpolation' && child.named[0]) {
        parts.push(this.expr(child.named[0]));
      }
    }
    return parts;
  }
}

/** Whether the string literal starting at `start` is an f-string (or a template string): its prefix says so. */
function isFormattedString(text: string, start: number): boolean {
  for (let index = start; index < text.length; index++) {
    const char = text[index];
    if (char === '"' || char === "'") return false;
    if (char === 'f' || char === 'F' || char === 't' || char === 'T') return true;
  }
  return false;
}

/** A string literal's prefix letters (lower case) and quote (`'`, `"`, `'''` or `"""`). */
function stringDelimiters(text: string): { prefix: string; quote: string } {
  const quoteAt = text.search(/['"]/);
  if (quoteAt === -1) return { prefix: '', quote: '' };
  const tripled = text[quoteAt].repeat(3);
  return {
    prefix: text.slice(0, quoteAt).toLowerCase(),
    quote: text.startsWith(tripled, quoteAt) ? tripled : text[quoteAt],
  };
}

function lastNamed(node: PlainNode): PlainNode | undefined {
  return node.named[node.named.length - 1];
}

function operatorOf(node: PlainNode): string {
  return node.children.find((child) => !child.isNamed)?.type ?? '?';
}

/** A binary or boolean operator, `and`/`or` as `&&`/`||`. */
function pythonOperator(node: PlainNode): string {
  const operator = operatorOf(node);
  return operator === 'and' ? '&&' : operator === 'or' ? '||' : operator;
}

/** Builtin value types and mixins beside the base that makes a class what it is (`class Color(str, Enum)`, `class V(LoginRequiredMixin, View)`). */
function isMixinBase(base: string): boolean {
  return /^(object|str|int|float|bytes|dict|list|tuple|set)$/.test(base) || /Mixin$/.test(base);
}

/**
 * A declared type without generics, for the type a wrapper stands for: `Optional[int]`,
 * `int | None`, `Union[int, None]` and `Annotated[int, Query()]` are `int`; `"Item"` is `Item`.
 */
function pythonType(text: string): string {
  let type = text.trim();
  for (;;) {
    type = type.replace(/^(['"])(.*)\1$/s, '$2').trim();
    const wrapper = /^(?:typing\.)?(Optional|Annotated|Union)\[(.*)\]$/s.exec(type);
    const members = wrapper ? splitTopLevel(wrapper[2]!, ',') : splitTopLevel(type, '|');
    const meant = wrapper?.[1] === 'Annotated' ? members.slice(0, 1) : members.filter((m) => m !== 'None');
    if (meant.length !== 1 || meant[0] === type) break;
    type = meant[0]!;
  }
  return typeWithoutGenerics(type, '[', ']');
}

/** The parts of a type separated by `separator` outside brackets, trimmed. */
function splitTopLevel(text: string, separator: ',' | '|'): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '[' || char === '(') depth++;
    else if (char === ']' || char === ')') depth--;
    else if (char === separator && depth === 0) {
      parts.push(text.slice(start, index).trim());
      start = index + 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts;
}

function comparisonPair(operator: string, left: Expr, right: Expr, loc: Location): Expr {
  switch (operator) {
    case 'not in':
      return { kind: 'unary', operator: '!', operand: binary('in', left, right, loc), loc };
    case 'is':
      return binary('===', left, right, loc);
    case 'is not':
      return binary('!==', left, right, loc);
    case '<>':
      return binary('!=', left, right, loc);
    default:
      return binary(operator, left, right, loc);
  }
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\n': '',
};

/** The value of a Python string literal's contents: escapes decoded unless raw; `{{`/`}}` in f-strings. */
export function decodePythonString(
  content: string,
  raw: boolean,
  bytes: boolean,
  formatted: boolean,
): string {
  const unbraced = formatted ? content.replace(/\{\{/g, '{').replace(/\}\}/g, '}') : content;
  if (raw || !unbraced.includes('\\')) return unbraced;
  const pattern = bytes
    ? /\\(x[0-9a-fA-F]{2}|[0-7]{1,3}|\r?\n|.)/gs
    : /\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|\r?\n|.)/gs;
  return unbraced.replace(pattern, (whole, escape: string) => {
    if (escape in SIMPLE_ESCAPES) return SIMPLE_ESCAPES[escape];
    if (escape === '\r\n') return '';
    const code = /^[xuU]/.test(escape)
      ? parseInt(escape.slice(1), 16)
      : /^[0-7]/.test(escape)
        ? parseInt(escape, 8)
        : NaN;
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
