/**
 * The Java front end: lowers a tree-sitter-java syntax tree into the review IR, following the rules in
 * ../ir.ts. Choices the IR leaves open:
 * - Nested, inner and local classes are lifted into `classes` under their simple name. Static
 *   initialiser blocks are methods named "<clinit>", instance initialiser blocks methods named "<init>".
 * - An anonymous class body (`new T() { ... }`, an enum constant's body) adds its methods to the
 *   `new` expression's arguments as `function` values after the real arguments; its field
 *   initialisers and initialiser blocks become one more function named "<init>", first.
 * - An assignment, `++`/`--` or pattern binding (`o instanceof String s`) inside an expression is
 *   emitted as an `assign` just before the statement holding it, and the expression's value is the
 *   target (`x++` as a value is `x - 1` after `x = x + 1`). A loop's condition re-runs them at the end
 *   of the body. Branches of `&&`, `||` and `?:` are not told apart: hoisted assigns always run.
 * - `switch` becomes nested `if`s testing `value == constant` (`||` for several labels; a pattern
 *   label is an `unknown` test and binds its variable), `default` in the last `else`. A value other
 *   than a name or field (a call) is evaluated once before and compared as `unknown`. A case group
 *   without `break` also runs the groups it falls into. `break` that leaves a switch is dropped.
 *   A switch expression's value is a `conditional` chain over its arms' values (`yield`s); arms
 *   with statements are also emitted before the statement as the nested `if`s.
 * - `do body while (c)` is a loop whose test is `unknown` over `c` (assignments in `c` end the body),
 *   so the body is never taken for dead. `assert` is dropped (disabled at run time by default).
 * - Method references are `unknown` over their receiver and the method's name as a string literal
 *   (`String::trim` is `unknown(String, "trim")`); `new T[n]` is `unknown` over `n`.
 * - Annotation arguments are kept for methods and parameters (`annotationArgs`): `key = value`
 *   pairs are keyword arguments, `{a, b}` an array.
 * - An enum's superclass is `Enum`. A record gets what Java declares for it implicitly: a canonical
 *   constructor assigning each component to its field (a compact constructor assigns them after its
 *   body), and an accessor per component returning the field as a local of the component's type.
 * - Statements inside a syntax error (ERROR node) are still lowered when tree-sitter recognised them.
 */
import type {
  Argument,
  AssignStmt,
  ClassDecl,
  Expr,
  FunctionDecl,
  FunctionExpr,
  Import,
  Location,
  Parameter,
  SourceModule,
  Stmt,
  UnknownExpr,
} from '../ir';
import type { SyntaxNode, Tree } from '../parser';
import {
  annotationName,
  characterValue,
  floatValue,
  integerValue,
  stringValue,
  typeName,
  withoutComments,
} from './java-literals';
import { commentsIn, syntaxErrorsIn } from './syntax';

/** A named child with its type, read once (every read crosses into WebAssembly). */
interface Kid {
  node: SyntaxNode;
  type: string;
}

interface Modifiers {
  annotations: string[];
  annotationArgs: Argument[][];
  isStatic: boolean;
  isFinal: boolean;
}

/** One arm of a switch: `test` is absent for `default`. */
interface SwitchArm {
  test?: Expr;
  body: Stmt[];
  values: Expr[];
  loc: Location;
}

const COMMENT_TYPES = ['line_comment', 'block_comment'];
const CLASS_TYPES = new Set([
  'class_declaration',
  'interface_declaration',
  'enum_declaration',
  'record_declaration',
  'annotation_type_declaration',
]);
const BODY_TYPES = new Set(['class_body', 'interface_body', 'enum_body', 'annotation_type_body']);
/** Expressions worth keeping when tree-sitter found them inside a syntax error. */
const EFFECT_TYPES = new Set([
  'method_invocation',
  'object_creation_expression',
  'assignment_expression',
  'update_expression',
]);
const TERMINATORS = new Set([
  'break_statement',
  'continue_statement',
  'return_statement',
  'throw_statement',
  'yield_statement',
]);
/** Types written as one word. */
const SIMPLE_TYPES = new Set([
  'type_identifier',
  'integral_type',
  'floating_point_type',
  'boolean_type',
  'void_type',
]);
const NOTHING_PENDING: readonly Stmt[] = Object.freeze([]);
/** An identifier, keyword or integer literal: its text is the longest such run from its start. */
const WORD = /[\p{XID_Continue}\u00A2$]*/uy;

export function lowerJava(tree: Tree, path: string, text: string): SourceModule {
  return new JavaLowering(tree, text).module(path);
}

/** A deep copy, so that no IR node appears twice in the module (analyses may key maps by node). */
function clone<T>(value: T): T {
  if (Array.isArray(value)) return value.map(clone) as T;
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const key in value) copy[key] = clone(value[key]);
  return copy as T;
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1))
    starts.push(index + 1);
  return starts;
}

/** A literal, or a name possibly followed by fields: evaluating it twice changes nothing. */
function isPlain(expr: Expr): boolean {
  if (expr.kind === 'member') return isPlain(expr.object);
  return expr.kind === 'name' || expr.kind === 'literal';
}

function unknown(syntax: string, parts: Expr[], loc: Location): UnknownExpr {
  return { kind: 'unknown', syntax, parts, loc };
}

class JavaLowering {
  private readonly types: string[];
  private readonly lineStarts: number[];
  private readonly classes: ClassDecl[] = [];
  /** Assignments found inside the expressions of the statement being lowered, to emit before it. */
  private pending: Stmt[] = [];
  /** The innermost `break` target is a switch, not a loop. */
  private inSwitch = false;
  /** The values `yield`ed by the switch expression arm being lowered. */
  private yields: Expr[] | undefined;
  private className: string | undefined;
  private readonly operatorField: number;

  constructor(
    private readonly tree: Tree,
    private readonly text: string,
  ) {
    this.types = tree.language.types;
    this.lineStarts = lineStartsOf(text);
    this.operatorField = tree.language.fieldIdForName('operator') ?? -1;
  }

  module(path: string): SourceModule {
    const root = this.tree.rootNode;
    const imports: Import[] = [];
    const functions: FunctionDecl[] = [];
    const statements: Stmt[] = [];
    for (const kid of this.statementKids(root)) {
      if (kid.type === 'import_declaration') imports.push(this.importOf(kid.node));
      else if (kid.type === 'method_declaration') functions.push(this.method(kid.node, false));
      else this.statement(kid, statements);
    }
    const lineCount = this.lineStarts.length - (this.text.endsWith('\n') || this.text === '' ? 1 : 0);
    return {
      path,
      language: 'java',
      imports,
      classes: this.classes,
      functions,
      statements,
      comments: commentsIn(root, COMMENT_TYPES),
      syntaxErrors: syntaxErrorsIn(root),
      lineCount,
    };
  }

  // ---- syntax tree access -------------------------------------------------------------------

  private typeOf(node: SyntaxNode): string {
    return this.types[node.typeId] ?? 'ERROR';
  }

  /**
   * A node's named children. web-tree-sitter caches them on the node, which would keep every node
   * read so far alive through the root until lowering ends and make garbage collection a third of
   * the lowering time; each node's children are read once here, so the cache is dropped.
   */
  private namedChildrenOf(node: SyntaxNode): (SyntaxNode | null)[] {
    const children = node.namedChildren;
    (node as unknown as { _namedChildren?: unknown })._namedChildren = undefined;
    return children;
  }

  /** Named children, without comments and syntax errors. */
  private kids(node: SyntaxNode): Kid[] {
    const result: Kid[] = [];
    for (const child of this.namedChildrenOf(node)) {
      if (!child) continue;
      const type = this.typeOf(child);
      if (type !== 'line_comment' && type !== 'block_comment' && type !== 'ERROR')
        result.push({ node: child, type });
    }
    return result;
  }

  /** Named children of a statement list; what a syntax error holds takes its place. */
  private statementKids(node: SyntaxNode, into: Kid[] = []): Kid[] {
    for (const child of this.namedChildrenOf(node)) {
      if (!child) continue;
      const type = this.typeOf(child);
      if (type === 'ERROR') this.statementKids(child, into);
      else if (type !== 'line_comment' && type !== 'block_comment') into.push({ node: child, type });
    }
    return into;
  }

  private loc(node: SyntaxNode): Location {
    const start = node.startPosition;
    const end = node.endPosition;
    return { line: start.row + 1, column: start.column + 1, endLine: end.row + 1, endColumn: end.column + 1 };
  }

  private endOffset(loc: Location): number {
    return this.lineStarts[loc.endLine - 1] + loc.endColumn - 1;
  }

  private source(node: SyntaxNode, loc: Location = this.loc(node)): string {
    return this.text.slice(node.startIndex, this.endOffset(loc));
  }

  /** An identifier, keyword or integer literal, read from the source without asking for its end. */
  private word(node: SyntaxNode): { text: string; loc: Location } {
    WORD.lastIndex = node.startIndex;
    const text = WORD.exec(this.text)?.[0] ?? '';
    const start = node.startPosition;
    const line = start.row + 1;
    const column = start.column + 1;
    return { text, loc: { line, column, endLine: line, endColumn: column + text.length } };
  }

  private operatorOf(node: SyntaxNode): string {
    const operator = node.childForFieldId(this.operatorField);
    return operator ? this.typeOf(operator) : '';
  }

  private typeText(kid: Kid): string {
    return SIMPLE_TYPES.has(kid.type) ? this.word(kid.node).text : typeName(this.source(kid.node));
  }

  /** `()`: an empty argument or parameter list, seen without asking for its children. */
  private isEmptyList(node: SyntaxNode): boolean {
    return this.text[node.startIndex + 1] === ')';
  }

  private dimensions(kid: Kid): string {
    return '[]'.repeat(this.source(kid.node).split('[').length - 1);
  }

  private takePending(): readonly Stmt[] {
    const pending = this.pending;
    if (!pending.length) return NOTHING_PENDING;
    this.pending = [];
    return pending;
  }

  /** Runs `lower` as the body of a function of its own: nothing pending, no switch or yield around. */
  private inFunction<T>(lower: () => T): T {
    const { pending, inSwitch, yields } = this;
    this.pending = [];
    this.inSwitch = false;
    this.yields = undefined;
    try {
      return lower();
    } finally {
      this.pending = pending;
      this.inSwitch = inSwitch;
      this.yields = yields;
    }
  }

  // ---- declarations -------------------------------------------------------------------------

  private importOf(node: SyntaxNode): Import {
    const name = withoutComments(this.source(node))
      .replace(/^import\s+(?:static\s+)?/, '')
      .replace(/[\s;]/g, '');
    if (name.endsWith('.*')) return { module: name.slice(0, -2), alias: '*' };
    return { module: name, alias: name.slice(name.lastIndexOf('.') + 1) };
  }

  private modifiers(node: SyntaxNode): Modifiers {
    const text = this.source(node);
    const annotations: string[] = [];
    const annotationArgs: Argument[][] = [];
    let keywords = text;
    if (text.includes('@')) {
      keywords = '';
      let from = node.startIndex;
      for (const kid of this.kids(node)) {
        const source = this.source(kid.node);
        annotations.push(annotationName(source));
        annotationArgs.push(kid.type === 'annotation' ? this.annotationArgs(kid.node) : []);
        keywords += `${this.text.slice(from, kid.node.startIndex)} `;
        from = kid.node.startIndex + source.length;
      }
      keywords += this.text.slice(from, node.startIndex + text.length);
    }
    keywords = withoutComments(keywords);
    return {
      annotations,
      annotationArgs,
      isStatic: /\bstatic\b/.test(keywords),
      isFinal: /\bfinal\b/.test(keywords),
    };
  }

  /** `@GetMapping(value = "/a", produces = MediaType.TEXT_HTML_VALUE)`: pairs are keyword arguments, `{...}` arrays. */
  private annotationArgs(node: SyntaxNode): Argument[] {
    const list = this.kids(node).find((kid) => kid.type === 'annotation_argument_list');
    if (!list) return [];
    return this.inFunction(() =>
      this.kids(list.node).map((kid): Argument => {
        if (kid.type !== 'element_value_pair') return { value: this.annotationValue(kid) };
        const [key, value] = this.kids(kid.node);
        const lowered = value ? this.annotationValue(value) : unknown(kid.type, [], this.loc(kid.node));
        return key ? { keyword: this.word(key.node).text, value: lowered } : { value: lowered };
      }),
    );
  }

  private annotationValue(kid: Kid): Expr {
    if (kid.type !== 'element_value_array_initializer') return this.expr(kid);
    return {
      kind: 'array',
      elements: this.kids(kid.node).map((element) => this.annotationValue(element)),
      loc: this.loc(kid.node),
    };
  }

  /** The annotations with their arguments, the latter only when one has any (see `FunctionDecl.annotationArgs`). */
  private annotated(
    annotations: string[],
    annotationArgs: Argument[][],
  ): Pick<FunctionDecl, 'annotations' | 'annotationArgs'> {
    return annotationArgs.some((args) => args.length > 0) ? { annotations, annotationArgs } : { annotations };
  }

  private classDecl(node: SyntaxNode): void {
    const decl: ClassDecl = { name: '', fields: [], methods: [], loc: this.loc(node) };
    this.classes.push(decl);
    let body: Kid | undefined;
    let components: Parameter[] = [];
    for (const kid of this.kids(node)) {
      if (kid.type === 'identifier') decl.name = this.word(kid.node).text;
      else if (kid.type === 'superclass')
        decl.superclass = typeName(this.source(kid.node).replace(/^extends/, ''));
      else if (kid.type === 'formal_parameters') components = this.params(kid.node);
      else if (BODY_TYPES.has(kid.type)) body = kid;
    }
    // Every enum extends java.lang.Enum: its values are its constants.
    if (body?.type === 'enum_body') decl.superclass = 'Enum';
    const enclosing = this.className;
    this.className = decl.name;
    if (body) this.inFunction(() => this.members(body, decl, components));
    if (this.typeOf(node) === 'record_declaration') this.recordMembers(decl, components);
    this.className = enclosing;
  }

  /**
   * What a record declares implicitly: its constructors assign the components to fields (a compact
   * constructor after its body), and each component has an accessor returning it with its type.
   */
  private recordMembers(decl: ClassDecl, components: Parameter[]): void {
    const field = (component: Parameter): Expr => ({
      kind: 'member',
      object: { kind: 'name', name: 'this', loc: component.loc },
      property: component.name,
      loc: component.loc,
    });
    const assignments = components.map((component): Stmt => ({
      kind: 'assign',
      target: field(component),
      value: { kind: 'name', name: component.name, loc: component.loc },
      loc: component.loc,
    }));
    const canonical = decl.methods.find(
      (method) => method.name === '<init>' && method.params.length === components.length,
    );
    if (canonical && canonical.params === components) canonical.body.push(...assignments);
    else if (!canonical)
      decl.methods.push({
        name: '<init>',
        className: decl.name,
        params: components.map((component) => ({ ...component })),
        annotations: [],
        isStatic: false,
        body: assignments,
        loc: decl.loc,
      });
    for (const component of components) {
      if (decl.methods.some((method) => method.name === component.name && method.params.length === 0))
        continue;
      const local: Expr = { kind: 'name', name: component.name, loc: component.loc };
      decl.methods.push({
        name: component.name,
        className: decl.name,
        params: [],
        annotations: [],
        isStatic: false,
        body: [
          {
            kind: 'assign',
            target: local,
            value: field(component),
            ...(component.type && { declaredType: component.type }),
            loc: component.loc,
          },
          { kind: 'return', value: { ...local }, loc: component.loc },
        ],
        loc: component.loc,
      });
    }
  }

  private members(body: Kid, decl: ClassDecl, components: Parameter[]): void {
    // Interface and annotation fields are implicitly final.
    const implicitlyFinal = body.type === 'interface_body' || body.type === 'annotation_type_body';
    for (const member of this.statementKids(body.node)) {
      switch (member.type) {
        case 'field_declaration':
        case 'constant_declaration':
          this.declarators(member.node, implicitlyFinal, (assign) =>
            decl.fields.push(...this.pendingAssigns(), assign),
          );
          break;
        case 'method_declaration':
          decl.methods.push(this.method(member.node, false));
          break;
        case 'constructor_declaration':
          decl.methods.push(this.method(member.node, true));
          break;
        case 'compact_constructor_declaration':
          decl.methods.push({ ...this.method(member.node, true), params: components });
          break;
        case 'block':
        case 'static_initializer':
          decl.methods.push(this.initializer(member));
          break;
        case 'enum_constant':
          decl.fields.push(this.enumConstant(member.node, decl.name));
          break;
        case 'enum_body_declarations':
          this.members(member, decl, components);
          break;
        default:
          if (CLASS_TYPES.has(member.type)) this.classDecl(member.node);
      }
    }
  }

  /** Pending assignments of a field initialiser (other hoisted statements have no place in `fields`). */
  private pendingAssigns(): AssignStmt[] {
    return this.takePending().filter((stmt): stmt is AssignStmt => stmt.kind === 'assign');
  }

  private initializer(member: Kid): FunctionDecl {
    const isStaticBlock = member.type === 'static_initializer';
    const block = isStaticBlock ? this.kids(member.node)[0] : member;
    return {
      name: isStaticBlock ? '<clinit>' : '<init>',
      ...(this.className !== undefined && { className: this.className }),
      params: [],
      annotations: [],
      isStatic: isStaticBlock,
      body: block ? this.functionBody(block.node) : [],
      loc: this.loc(member.node),
    };
  }

  private enumConstant(node: SyntaxNode, enumName: string): AssignStmt {
    const loc = this.loc(node);
    let target: Expr = { kind: 'name', name: '', loc };
    const value = { kind: 'new' as const, type: enumName, args: [] as Argument[], loc };
    for (const kid of this.kids(node)) {
      if (kid.type === 'identifier') {
        const { text, loc: nameLoc } = this.word(kid.node);
        target = { kind: 'name', name: text, loc: nameLoc };
      } else if (kid.type === 'argument_list') value.args = this.args(kid.node);
      else if (kid.type === 'class_body') value.args.push(...this.anonymousClass(kid.node));
    }
    return { kind: 'assign', target, value, declaredType: enumName, constant: true, loc };
  }

  /** Field, constant and local variable declarations: one assign per declarator with a value. */
  private declarators(node: SyntaxNode, constant: boolean, emit: (assign: AssignStmt) => void): void {
    let type: string | undefined;
    let isFinal = constant;
    for (const kid of this.kids(node)) {
      if (kid.type === 'modifiers') isFinal ||= this.modifiers(kid.node).isFinal;
      else if (kid.type === 'variable_declarator') {
        const assign = this.declarator(kid.node, type, isFinal);
        if (assign) emit(assign);
      } else {
        const written = this.typeText(kid);
        type = written === 'var' ? undefined : written;
      }
    }
  }

  private declarator(node: SyntaxNode, type: string | undefined, isFinal: boolean): AssignStmt | undefined {
    let target: Expr | undefined;
    let declaredType = type;
    let value: Expr | undefined;
    for (const kid of this.kids(node)) {
      if (!target) {
        const { text, loc } = this.word(kid.node);
        target = { kind: 'name', name: text, loc };
      } else if (kid.type === 'dimensions') {
        if (declaredType !== undefined) declaredType += this.dimensions(kid);
      } else value = this.expr(kid);
    }
    if (!target || !value) return undefined;
    return {
      kind: 'assign',
      target,
      value,
      ...(declaredType !== undefined && { declaredType }),
      ...(isFinal && { constant: true }),
      loc: this.loc(node),
    };
  }

  private method(node: SyntaxNode, isConstructor: boolean): FunctionDecl {
    let name = '';
    let staticMethod = false;
    const annotations: string[] = [];
    const annotationArgs: Argument[][] = [];
    let params: Parameter[] = [];
    let body: Stmt[] = [];
    for (const kid of this.kids(node)) {
      switch (kid.type) {
        case 'modifiers': {
          const modifiers = this.modifiers(kid.node);
          annotations.push(...modifiers.annotations);
          annotationArgs.push(...modifiers.annotationArgs);
          staticMethod = modifiers.isStatic;
          break;
        }
        case 'marker_annotation':
        case 'annotation':
          annotations.push(annotationName(this.source(kid.node)));
          annotationArgs.push(kid.type === 'annotation' ? this.annotationArgs(kid.node) : []);
          break;
        case 'formal_parameters':
          params = this.params(kid.node);
          break;
        case 'block':
        case 'constructor_body':
          body = this.functionBody(kid.node);
          break;
        case 'identifier':
          name = this.word(kid.node).text;
          break;
      }
    }
    return {
      name: isConstructor ? '<init>' : name,
      ...(this.className !== undefined && { className: this.className }),
      params,
      ...this.annotated(annotations, annotationArgs),
      isStatic: staticMethod,
      body,
      loc: this.loc(node),
    };
  }

  private functionBody(block: SyntaxNode): Stmt[] {
    return this.inFunction(() => this.statements(block));
  }

  private params(node: SyntaxNode): Parameter[] {
    const params: Parameter[] = [];
    if (this.isEmptyList(node)) return params;
    for (const kid of this.kids(node)) {
      if (kid.type === 'formal_parameter' || kid.type === 'spread_parameter') params.push(this.param(kid));
    }
    return params;
  }

  private param(param: Kid): Parameter {
    let name = '';
    let type = '';
    let annotations: Pick<Parameter, 'annotations' | 'annotationArgs'> = { annotations: [] };
    for (const kid of this.kids(param.node)) {
      switch (kid.type) {
        case 'modifiers': {
          const modifiers = this.modifiers(kid.node);
          annotations = this.annotated(modifiers.annotations, modifiers.annotationArgs);
          break;
        }
        case 'identifier':
          name = this.word(kid.node).text;
          break;
        case 'dimensions':
          type += this.dimensions(kid);
          break;
        case 'variable_declarator':
          name = this.param(kid).name;
          break;
        case 'marker_annotation':
        case 'annotation':
          break;
        default:
          type = this.typeText(kid);
      }
    }
    if (param.type === 'spread_parameter') type += '[]';
    return { name, ...(type && { type }), ...annotations, loc: this.loc(param.node) };
  }

  // ---- statements ---------------------------------------------------------------------------

  private statements(node: SyntaxNode): Stmt[] {
    const out: Stmt[] = [];
    for (const kid of this.statementKids(node)) this.statement(kid, out);
    return out;
  }

  /** The statements of a loop or branch body: a block's own statements, or the single statement. */
  private body(kid: Kid | undefined): Stmt[] {
    if (!kid) return [];
    if (kid.type === 'block') return this.statements(kid.node);
    const out: Stmt[] = [];
    this.statement(kid, out);
    return out;
  }

  private loopBody(kid: Kid | undefined): Stmt[] {
    const inSwitch = this.inSwitch;
    this.inSwitch = false;
    const body = this.body(kid);
    this.inSwitch = inSwitch;
    return body;
  }

  private statement(kid: Kid, out: Stmt[]): void {
    const node = kid.node;
    switch (kid.type) {
      case 'local_variable_declaration':
        this.declarators(node, false, (assign) => out.push(...this.takePending(), assign));
        return;
      case 'expression_statement': {
        const expression = this.kids(node)[0];
        if (expression) this.effect(expression, out);
        return;
      }
      case 'if_statement':
        return this.ifStatement(node, out);
      case 'while_statement':
        return this.whileStatement(node, out);
      case 'do_statement':
        return this.doStatement(node, out);
      case 'for_statement':
        return this.forStatement(node, out);
      case 'enhanced_for_statement':
        return this.forEachStatement(node, out);
      case 'switch_expression':
        return this.switchStatement(node, out);
      case 'try_statement':
      case 'try_with_resources_statement':
        return this.tryStatement(node, out);
      case 'block':
        out.push({ kind: 'block', body: this.statements(node), loc: this.loc(node) });
        return;
      case 'labeled_statement': {
        const body = this.kids(node).slice(1);
        out.push({ kind: 'block', body: body.length ? this.body(body[0]) : [], loc: this.loc(node) });
        return;
      }
      case 'synchronized_statement':
        return this.synchronizedStatement(node, out);
      case 'return_statement':
      case 'throw_statement':
        return this.exit(kid, out);
      case 'break_statement':
        // An unlabelled break in a switch leaves the switch, which lowered to `if`s has nothing to leave.
        if (!this.inSwitch || this.kids(node).length) out.push({ kind: 'break', loc: this.loc(node) });
        return;
      case 'continue_statement':
        out.push({ kind: 'continue', loc: this.loc(node) });
        return;
      case 'yield_statement':
        return this.yieldStatement(node, out);
      case 'explicit_constructor_invocation': {
        const call = this.constructorCall(node);
        out.push(...this.takePending(), { kind: 'expr', expr: call, loc: call.loc });
        return;
      }
      default:
        if (CLASS_TYPES.has(kid.type)) this.classDecl(node);
        else if (EFFECT_TYPES.has(kid.type)) this.effect(kid, out);
    }
  }

  /** An expression evaluated for its effect: assignments and `++`/`--` are `assign`s. */
  private effect(kid: Kid, out: Stmt[]): void {
    let stmt: Stmt;
    if (kid.type === 'assignment_expression') stmt = this.assignment(kid.node);
    else if (kid.type === 'update_expression') stmt = this.increment(kid.node, this.loc(kid.node));
    else {
      const expr = this.expr(kid);
      stmt = { kind: 'expr', expr, loc: expr.loc };
    }
    out.push(...this.takePending(), stmt);
  }

  private exit(kid: Kid, out: Stmt[]): void {
    const value = this.kids(kid.node)[0];
    const stmt = {
      kind: kid.type === 'return_statement' ? ('return' as const) : ('throw' as const),
      ...(value && { value: this.expr(value) }),
      loc: this.loc(kid.node),
    };
    out.push(...this.takePending(), stmt);
  }

  private ifStatement(node: SyntaxNode, out: Stmt[]): void {
    const [condition, first, second] = this.kids(node);
    const test = this.condition(condition, node);
    const before = this.takePending();
    // In `if (c) ; else s` the only statement kid is the alternative.
    const onlyAlternative = first && !second && node.childForFieldName('alternative') !== null;
    const then = this.body(onlyAlternative ? undefined : first);
    const otherwise = this.body(onlyAlternative ? first : second);
    out.push(...before, { kind: 'if', test, then, otherwise, loc: this.loc(node) });
  }

  private condition(kid: Kid | undefined, statement: SyntaxNode): Expr {
    return kid ? this.expr(kid) : unknown('missing', [], this.loc(statement));
  }

  private whileStatement(node: SyntaxNode, out: Stmt[]): void {
    const [condition, bodyKid] = this.kids(node);
    const test = this.condition(condition, node);
    const before = this.takePending();
    const body = this.loopBody(bodyKid);
    body.push(...clone(before));
    out.push(...before, { kind: 'loop', test, body, loc: this.loc(node) });
  }

  private doStatement(node: SyntaxNode, out: Stmt[]): void {
    const [bodyKid, condition] = this.kids(node);
    const body = this.loopBody(bodyKid);
    const loc = this.loc(node);
    // A loop without test never ends but by `break`; `unknown` keeps `do { } while (false)` alive.
    const test = unknown('do_statement', condition ? [this.expr(condition)] : [], loc);
    body.push(...this.takePending());
    out.push({ kind: 'loop', test, body, loc });
  }

  private forStatement(node: SyntaxNode, out: Stmt[]): void {
    let condition: Kid | undefined;
    let bodyKid: Kid | undefined;
    const updates: Kid[] = [];
    const children = this.namedChildrenOf(node);
    for (let index = 0; index < children.length; index++) {
      const child = children[index];
      const field = child && node.fieldNameForNamedChild(index);
      if (!child || !field) continue;
      const kid = { node: child, type: this.typeOf(child) };
      if (kid.type === 'ERROR') continue;
      if (field === 'init' && kid.type === 'local_variable_declaration') this.statement(kid, out);
      else if (field === 'init') this.effect(kid, out);
      else if (field === 'condition') condition = kid;
      else if (field === 'update') updates.push(kid);
      else if (field === 'body') bodyKid = kid;
    }
    const test = condition && this.expr(condition);
    const before = this.takePending();
    const body = this.loopBody(bodyKid);
    for (const update of updates) this.effect(update, body);
    body.push(...clone(before));
    out.push(...before, { kind: 'loop', ...(test && { test }), body, loc: this.loc(node) });
  }

  private forEachStatement(node: SyntaxNode, out: Stmt[]): void {
    const kids = this.kids(node);
    const bodyKid = kids[kids.length - 1];
    const iterable = kids[kids.length - 2];
    const name = kids.find((kid) => kid.type === 'identifier' && kid !== iterable);
    const variable = name && this.word(name.node);
    const value = iterable && this.expr(iterable);
    const before = this.takePending();
    out.push(...before, {
      kind: 'loop',
      ...(variable && { variable: { kind: 'name', name: variable.text, loc: variable.loc } }),
      ...(value && { iterable: value }),
      body: this.loopBody(bodyKid),
      loc: this.loc(node),
    });
  }

  private tryStatement(node: SyntaxNode, out: Stmt[]): void {
    let body: Stmt[] = [];
    const resources: Stmt[] = [];
    const handlers: { variable?: string; body: Stmt[] }[] = [];
    let finallyBody: Stmt[] = [];
    for (const kid of this.kids(node)) {
      if (kid.type === 'resource_specification') {
        for (const resource of this.kids(kid.node)) this.resource(resource.node, resources);
      } else if (kid.type === 'block') body = [...resources, ...this.statements(kid.node)];
      else if (kid.type === 'catch_clause') handlers.push(this.catchClause(kid.node));
      else if (kid.type === 'finally_clause') finallyBody = this.body(this.kids(kid.node)[0]);
    }
    out.push({ kind: 'try', body, handlers, finally: finallyBody, loc: this.loc(node) });
  }

  /** `try (Type name = value)` is a final local; `try (existing)` binds nothing new. */
  private resource(node: SyntaxNode, out: Stmt[]): void {
    const kids = this.kids(node);
    if (kids.length < 2) return;
    let type: string | undefined;
    let target: Expr | undefined;
    for (const kid of kids.slice(0, -1)) {
      if (kid.type === 'identifier') {
        const { text, loc } = this.word(kid.node);
        target = { kind: 'name', name: text, loc };
      } else if (kid.type === 'dimensions') type = type && type + this.dimensions(kid);
      else if (kid.type !== 'modifiers') type = this.typeText(kid);
    }
    if (!target) return;
    const value = this.expr(kids[kids.length - 1]);
    const declaredType = type === 'var' ? undefined : type;
    out.push(...this.takePending(), {
      kind: 'assign',
      target,
      value,
      ...(declaredType && { declaredType }),
      constant: true,
      loc: this.loc(node),
    });
  }

  private catchClause(node: SyntaxNode): { variable?: string; body: Stmt[] } {
    let variable: string | undefined;
    let body: Stmt[] = [];
    for (const kid of this.kids(node)) {
      if (kid.type === 'catch_formal_parameter') {
        const name = this.kids(kid.node).find((part) => part.type === 'identifier');
        if (name) variable = this.word(name.node).text;
      } else if (kid.type === 'block') body = this.statements(kid.node);
    }
    return { ...(variable !== undefined && { variable }), body };
  }

  private synchronizedStatement(node: SyntaxNode, out: Stmt[]): void {
    const [lock, block] = this.kids(node);
    const body: Stmt[] = [];
    const monitor = lock && this.expr(lock);
    body.push(...this.takePending());
    // Locking `this` or a field does nothing worth analysing; a call computing the lock does.
    if (monitor && monitor.kind !== 'name' && monitor.kind !== 'member') {
      body.push({ kind: 'expr', expr: monitor, loc: monitor.loc });
    }
    if (block) body.push(...this.statements(block.node));
    out.push({ kind: 'block', body, loc: this.loc(node) });
  }

  private yieldStatement(node: SyntaxNode, out: Stmt[]): void {
    const value = this.kids(node)[0];
    if (!value || !this.yields) return;
    this.yields.push(this.expr(value));
    out.push(...this.takePending());
  }

  // ---- switch -------------------------------------------------------------------------------

  private switchStatement(node: SyntaxNode, out: Stmt[]): void {
    const [subject, block] = this.kids(node);
    const value = this.switchSubject(subject, node);
    const before = this.takePending();
    const arms = block ? this.switchArms(block.node, value, false) : [];
    out.push(...before, ...this.ifChain(arms));
  }

  /**
   * What each case compares with: a name, field or constant itself (so constants and allow-lists
   * still tell), anything else (a call...) evaluated once before the switch and compared as unknown.
   */
  private switchSubject(subject: Kid | undefined, node: SyntaxNode): Expr {
    const value = this.condition(subject, node);
    if (isPlain(value)) return value;
    this.pending.push({ kind: 'expr', expr: value, loc: value.loc });
    return unknown('switch', [], value.loc);
  }

  /** A switch expression's value: `v == a ? x : v == b ? y : z`; arms with statements run before. */
  private switchValue(node: SyntaxNode, loc: Location): Expr {
    const [subject, block] = this.kids(node);
    const value = this.switchSubject(subject, node);
    // What the enclosing statement hoisted so far must not land in the arms' bodies.
    const enclosing = this.takePending();
    const arms = block ? this.switchArms(block.node, value, true) : [];
    this.pending = [...enclosing, ...this.pending];
    if (arms.some((arm) => arm.body.length)) this.pending.push(...this.ifChain(clone(arms)));
    const valued = arms.filter((arm) => arm.values.length);
    const valueOf = (arm: SwitchArm): Expr =>
      arm.values.length === 1 ? arm.values[0] : unknown('yield', arm.values, arm.loc);
    const fallback = valued.find((arm) => !arm.test) ?? valued[valued.length - 1];
    if (!fallback) return unknown('switch_expression', [value], loc);
    let result = valueOf(fallback);
    for (let index = valued.length - 1; index >= 0; index--) {
      const arm = valued[index];
      if (arm !== fallback && arm.test) {
        result = { kind: 'conditional', test: arm.test, then: valueOf(arm), otherwise: result, loc };
      }
    }
    return result;
  }

  private ifChain(arms: SwitchArm[]): Stmt[] {
    let otherwise = arms.find((arm) => !arm.test)?.body ?? [];
    for (let index = arms.length - 1; index >= 0; index--) {
      const { test, body, loc } = arms[index];
      if (test) otherwise = [{ kind: 'if', test, then: body, otherwise, loc }];
    }
    return otherwise;
  }

  private switchArms(block: SyntaxNode, value: Expr, asValue: boolean): SwitchArm[] {
    const entries = this.kids(block).map((entry) => {
      const parts = this.kids(entry.node);
      return {
        entry,
        labels: parts.filter((part) => part.type === 'switch_label'),
        statements: parts.filter((part) => part.type !== 'switch_label'),
      };
    });
    const { inSwitch, yields } = this;
    this.inSwitch = true;
    try {
      return entries.map(({ entry, labels, statements }, index) => {
        const values: Expr[] = [];
        if (asValue) this.yields = values;
        const { test, bindings } = this.caseTest(labels, value);
        const body = [...bindings];
        if (entry.type === 'switch_rule') this.ruleBody(statements[0], asValue, body, values);
        else {
          // A group without break runs on into the following groups.
          for (let next = index; next < entries.length; next++) {
            const group = entries[next].statements;
            for (const statement of group) this.statement(statement, body);
            if (!group.length || !TERMINATORS.has(group[group.length - 1].type)) continue;
            break;
          }
        }
        return { ...(test && { test }), body, values, loc: this.loc(entry.node) };
      });
    } finally {
      this.inSwitch = inSwitch;
      this.yields = yields;
    }
  }

  private ruleBody(statement: Kid | undefined, asValue: boolean, body: Stmt[], values: Expr[]): void {
    if (!statement) return;
    const expression = asValue && statement.type === 'expression_statement' && this.kids(statement.node)[0];
    if (expression) values.push(this.expr(expression));
    else body.push(...this.body(statement));
  }

  /** The test selecting an arm (absent for `default`), and the variables its patterns bind. */
  private caseTest(labels: Kid[], value: Expr): { test?: Expr; bindings: Stmt[] } {
    let test: Expr | undefined;
    let isDefault = false;
    const bindings: Stmt[] = [];
    for (const label of labels) {
      const parts = this.kids(label.node);
      if (!parts.length || /\bdefault\s*$/.test(this.source(label.node))) isDefault = true;
      for (const part of parts) {
        const loc = this.loc(part.node);
        let labelTest: Expr;
        if (part.type === 'pattern') {
          labelTest = unknown('pattern', [clone(value)], loc);
          this.bindPattern(part.node, value, bindings);
        } else if (part.type === 'guard') {
          const guard = this.kids(part.node)[0];
          if (test && guard)
            test = { kind: 'binary', operator: '&&', left: test, right: this.expr(guard), loc };
          continue;
        } else {
          labelTest = { kind: 'binary', operator: '==', left: clone(value), right: this.expr(part), loc };
        }
        test = test ? { kind: 'binary', operator: '||', left: test, right: labelTest, loc } : labelTest;
      }
    }
    return { ...(!isDefault && test && { test }), bindings };
  }

  /** `String s` binds s to the value; a record pattern's components get an unknown part of it. */
  private bindPattern(node: SyntaxNode, value: Expr, out: Stmt[]): void {
    for (const kid of this.kids(node)) {
      if (kid.type === 'type_pattern' || kid.type === 'record_pattern_component') {
        const [type, name] = this.kids(kid.node);
        if (!name) continue;
        const { text, loc } = this.word(name.node);
        const bound =
          kid.type === 'type_pattern' ? clone(value) : unknown('record_pattern', [clone(value)], loc);
        out.push({
          kind: 'assign',
          target: { kind: 'name', name: text, loc },
          value: bound,
          declaredType: this.typeText(type),
          loc,
        });
      } else if (kid.type === 'record_pattern' || kid.type === 'record_pattern_body') {
        this.bindPattern(kid.node, value, out);
      }
    }
  }

  // ---- expressions --------------------------------------------------------------------------

  private expr(kid: Kid): Expr {
    const node = kid.node;
    switch (kid.type) {
      case 'identifier': {
        const { text, loc } = this.word(node);
        return { kind: 'name', name: text, loc };
      }
      case 'this':
      case 'super':
        return { kind: 'name', name: kid.type, loc: this.word(node).loc };
      case 'true':
      case 'false':
        return { kind: 'literal', value: kid.type === 'true', loc: this.word(node).loc };
      case 'null_literal':
        return { kind: 'literal', value: null, loc: this.word(node).loc };
      case 'decimal_integer_literal':
      case 'hex_integer_literal':
      case 'octal_integer_literal':
      case 'binary_integer_literal': {
        const { text, loc } = this.word(node);
        return { kind: 'literal', value: integerValue(text), loc };
      }
      case 'field_access':
        return this.fieldAccess(node);
      case 'method_invocation':
        return this.call(node);
      case 'parenthesized_expression': {
        const inner = this.kids(node)[0];
        return inner ? this.expr(inner) : unknown(kid.type, [], this.loc(node));
      }
      default:
        return this.compoundExpr(kid, this.loc(node));
    }
  }

  /** Expressions that need their full location anyway. */
  private compoundExpr(kid: Kid, loc: Location): Expr {
    const node = kid.node;
    switch (kid.type) {
      case 'string_literal':
        return { kind: 'literal', value: stringValue(this.source(node, loc)), loc };
      case 'character_literal':
        return { kind: 'literal', value: characterValue(this.source(node, loc)), loc };
      case 'decimal_floating_point_literal':
      case 'hex_floating_point_literal':
        return { kind: 'literal', value: floatValue(this.source(node, loc)), loc };
      case 'object_creation_expression':
        return this.newExpr(node, loc);
      case 'array_access': {
        const [array, index] = this.kids(node).map((part) => this.expr(part));
        if (!index) return unknown(kid.type, array ? [array] : [], loc);
        return { kind: 'index', object: array, index, loc };
      }
      case 'binary_expression':
        return this.binary(node, loc);
      case 'instanceof_expression':
        return this.instanceOf(node, loc);
      case 'unary_expression': {
        const operand = this.kids(node)[0];
        const operator = this.text[node.startIndex];
        return { kind: 'unary', operator, operand: this.operand(operand, loc), loc };
      }
      case 'update_expression':
        return this.incrementValue(node, loc);
      case 'ternary_expression': {
        const [test, then, otherwise] = this.kids(node).map((part) => this.expr(part));
        if (!otherwise) return unknown(kid.type, [test, then].filter(Boolean), loc);
        return { kind: 'conditional', test, then, otherwise, loc };
      }
      case 'cast_expression': {
        const kids = this.kids(node);
        return this.operand(kids[kids.length - 1], loc);
      }
      case 'assignment_expression': {
        const assign = this.assignment(node, loc);
        this.pending.push(assign);
        return clone(assign.target);
      }
      case 'array_creation_expression':
        return this.arrayCreation(node, loc);
      case 'array_initializer':
        return { kind: 'array', elements: this.kids(node).map((part) => this.expr(part)), loc };
      case 'class_literal':
        return this.classLiteral(node, loc);
      case 'lambda_expression':
        return this.lambda(node, loc);
      case 'switch_expression':
        return this.switchValue(node, loc);
      case 'method_reference':
        return this.methodReference(node, loc);
      default:
        return unknown(
          kid.type,
          this.kids(node).map((part) => this.expr(part)),
          loc,
        );
    }
  }

  private operand(kid: Kid | undefined, loc: Location): Expr {
    return kid ? this.expr(kid) : unknown('missing', [], loc);
  }

  private fieldAccess(node: SyntaxNode): Expr {
    const kids = this.kids(node);
    const field = kids[kids.length - 1];
    const loc = this.loc(node);
    if (kids.length < 2)
      return unknown(
        'field_access',
        kids.map((kid) => this.expr(kid)),
        loc,
      );
    // `Outer.this` is this object; `a.super.f` reads the field of the superclass.
    if (field.type === 'this') return { kind: 'name', name: 'this', loc };
    const object = this.expr(kids[kids.length - 2]);
    return { kind: 'member', object, property: this.word(field.node).text, loc };
  }

  private call(node: SyntaxNode): Expr {
    const kids = this.kids(node).filter((kid) => kid.type !== 'type_arguments');
    const loc = this.loc(node);
    const argsIndex = kids.findIndex((kid) => kid.type === 'argument_list');
    const name = kids[argsIndex - 1];
    if (argsIndex < 1 || name.type !== 'identifier') {
      return unknown(
        'method_invocation',
        kids.map((kid) => this.expr(kid)),
        loc,
      );
    }
    const receiver = argsIndex >= 2 ? this.expr(kids[argsIndex - 2]) : undefined;
    const method = this.word(name.node).text;
    const args = this.args(kids[argsIndex].node);
    return receiver ? { kind: 'call', receiver, method, args, loc } : { kind: 'call', method, args, loc };
  }

  /** `this(...)`, `super(...)`, `outer.super(...)` in a constructor: calls named "this" / "super". */
  private constructorCall(node: SyntaxNode): Expr {
    const kids = this.kids(node).filter((kid) => kid.type !== 'type_arguments');
    const loc = this.loc(node);
    const argsIndex = kids.findIndex((kid) => kid.type === 'argument_list');
    const method = kids.find((kid) => kid.type === 'this' || kid.type === 'super')?.type ?? 'super';
    const args = argsIndex >= 0 ? this.args(kids[argsIndex].node) : [];
    const receiver =
      kids[0] && kids[0].type !== 'this' && kids[0].type !== 'super' ? this.expr(kids[0]) : undefined;
    return receiver ? { kind: 'call', receiver, method, args, loc } : { kind: 'call', method, args, loc };
  }

  private args(node: SyntaxNode): Argument[] {
    if (this.isEmptyList(node)) return [];
    return this.kids(node).map((kid) => ({ value: this.expr(kid) }));
  }

  private newExpr(node: SyntaxNode, loc: Location): Expr {
    const kids = this.kids(node);
    const argsIndex = kids.findIndex((kid) => kid.type === 'argument_list');
    const type = argsIndex >= 1 ? this.typeText(kids[argsIndex - 1]) : '';
    const args = argsIndex >= 0 ? this.args(kids[argsIndex].node) : [];
    const body = kids[kids.length - 1];
    if (body?.type === 'class_body') args.push(...this.anonymousClass(body.node));
    return { kind: 'new', type, args, loc };
  }

  /** An anonymous class body's methods as function values; field initialisers and blocks as "<init>". */
  private anonymousClass(body: SyntaxNode): Argument[] {
    const functions: FunctionDecl[] = [];
    const initializers: Stmt[] = [];
    this.inFunction(() => {
      for (const member of this.statementKids(body)) {
        if (member.type === 'method_declaration') functions.push(this.method(member.node, false));
        else if (member.type === 'field_declaration') {
          this.declarators(member.node, false, (assign) => initializers.push(...this.takePending(), assign));
        } else if (member.type === 'block') initializers.push(...this.statements(member.node));
        else if (CLASS_TYPES.has(member.type)) this.classDecl(member.node);
      }
    });
    if (initializers.length) {
      functions.unshift({
        name: '<init>',
        ...(this.className !== undefined && { className: this.className }),
        params: [],
        annotations: [],
        isStatic: false,
        body: initializers,
        loc: this.loc(body),
      });
    }
    return functions.map((fn): Argument => ({ value: { kind: 'function', fn, loc: fn.loc } }));
  }

  private arrayCreation(node: SyntaxNode, loc: Location): Expr {
    const kids = this.kids(node);
    const initializer = kids.find((kid) => kid.type === 'array_initializer');
    if (initializer) return this.compoundExpr(initializer, loc);
    const sizes = kids
      .filter((kid) => kid.type === 'dimensions_expr')
      .flatMap((kid) => this.kids(kid.node).map((size) => this.expr(size)));
    return unknown('array_creation_expression', sizes, loc);
  }

  private binary(node: SyntaxNode, loc: Location): Expr {
    const [left, right] = this.kids(node);
    const operator = this.operatorOf(node);
    return { kind: 'binary', operator, left: this.operand(left, loc), right: this.operand(right, loc), loc };
  }

  /** `x instanceof T` compares with the type's name; `x instanceof T t` also binds t (emitted before). */
  private instanceOf(node: SyntaxNode, loc: Location): Expr {
    const [left, type, ...rest] = this.kids(node);
    const value = this.operand(left, loc);
    if (type?.type === 'record_pattern') this.bindPattern(node, value, this.pending);
    else if (type && rest[0]) {
      const { text, loc: nameLoc } = this.word(rest[0].node);
      this.pending.push({
        kind: 'assign',
        target: { kind: 'name', name: text, loc: nameLoc },
        value: clone(value),
        declaredType: this.typeText(type),
        loc,
      });
    }
    const typeText = type
      ? type.type === 'record_pattern'
        ? this.typeText(this.kids(type.node)[0])
        : this.typeText(type)
      : '';
    return {
      kind: 'binary',
      operator: 'instanceof',
      left: value,
      right: { kind: 'name', name: typeText, loc },
      loc,
    };
  }

  /** `x = v`, `x op= v` (as `x = x op v`). */
  private assignment(node: SyntaxNode, loc: Location = this.loc(node)): AssignStmt {
    const [left, right] = this.kids(node);
    const operator = this.operatorOf(node);
    const target = this.operand(left, loc);
    let value = this.operand(right, loc);
    if (operator.length > 1) {
      value = { kind: 'binary', operator: operator.slice(0, -1), left: clone(target), right: value, loc };
    }
    return { kind: 'assign', target, value, loc };
  }

  private isPrefix(node: SyntaxNode): boolean {
    return this.text.startsWith('++', node.startIndex) || this.text.startsWith('--', node.startIndex);
  }

  /** `x++` / `--x` as a statement: `x = x + 1` / `x = x - 1`. */
  private increment(node: SyntaxNode, loc: Location): AssignStmt {
    const target = this.operand(this.kids(node)[0], loc);
    const operator = this.isPrefix(node) ? this.text[node.startIndex] : this.text[this.endOffset(loc) - 1];
    const one: Expr = { kind: 'literal', value: 1, loc };
    return {
      kind: 'assign',
      target,
      value: { kind: 'binary', operator, left: clone(target), right: one, loc },
      loc,
    };
  }

  /** `++x` is x after `x = x + 1`; `x++` is `x - 1` after it. */
  private incrementValue(node: SyntaxNode, loc: Location): Expr {
    const assign = this.increment(node, loc);
    this.pending.push(assign);
    if (this.isPrefix(node)) return clone(assign.target);
    const operator = this.text[this.endOffset(loc) - 1] === '+' ? '-' : '+';
    return {
      kind: 'binary',
      operator,
      left: clone(assign.target),
      right: { kind: 'literal', value: 1, loc },
      loc,
    };
  }

  /** `Foo.class` is the member "class" of the name Foo (a dotted type is a member chain). */
  private classLiteral(node: SyntaxNode, loc: Location): Expr {
    const type = this.kids(node)[0];
    const [first, ...rest] = (type ? this.typeText(type) : '').split('.');
    let object: Expr = { kind: 'name', name: first, loc };
    for (const property of rest) object = { kind: 'member', object, property, loc };
    return { kind: 'member', object, property: 'class', loc };
  }

  private lambda(node: SyntaxNode, loc: Location): FunctionExpr {
    const [parameters, bodyKid] = this.kids(node);
    let params: Parameter[] = [];
    if (parameters?.type === 'formal_parameters') params = this.params(parameters.node);
    else if (parameters) {
      const names = parameters.type === 'identifier' ? [parameters] : this.kids(parameters.node);
      params = names.map((name) => {
        const { text, loc: nameLoc } = this.word(name.node);
        return { name: text, annotations: [], loc: nameLoc };
      });
    }
    const body = this.inFunction((): Stmt[] => {
      if (!bodyKid) return [];
      if (bodyKid.type === 'block') return this.statements(bodyKid.node);
      const value = this.expr(bodyKid);
      return [...this.takePending(), { kind: 'return', value, loc: value.loc }];
    });
    const fn: FunctionDecl = {
      name: '<lambda>',
      ...(this.className !== undefined && { className: this.className }),
      params,
      annotations: [],
      isStatic: false,
      body,
      loc,
    };
    return { kind: 'function', fn, loc };
  }

  /** `recv::method` and `Type::new` are unknown values over their receiver. */
  private methodReference(node: SyntaxNode, loc: Location): Expr {
    const [receiver, method] = this.kids(node);
    if (!receiver) return unknown('method_reference', [], loc);
    const isType = /type/.test(receiver.type);
    const part: Expr = isType ? { kind: 'name', name: this.typeText(receiver), loc } : this.expr(receiver);
    const name = method?.type === 'identifier' ? this.word(method.node) : undefined;
    const parts: Expr[] = name ? [part, { kind: 'literal', value: name.text, loc: name.loc }] : [part];
    return unknown('method_reference', parts, loc);
  }
}
