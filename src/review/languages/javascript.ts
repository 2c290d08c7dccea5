import type {
  Argument,
  AssignStmt,
  ClassDecl,
  Expr,
  FunctionDecl,
  Location,
  Parameter,
  SourceModule,
  Stmt,
} from '../ir';
import type { Tree } from '../parser';
import {
  assign,
  binary,
  call,
  decoratorHasArguments,
  endsControlFlow,
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

/** TypeScript-only syntax the lowering never looks into (types are read from their text). */
const TYPE_SYNTAX = new Set([
  'type_annotation',
  'type_arguments',
  'type_parameters',
  'asserts_annotation',
  'type_predicate_annotation',
  'interface_declaration',
  'type_alias_declaration',
  'function_signature',
  'ambient_declaration',
  'abstract_method_signature',
  'method_signature',
  'index_signature',
  'accessibility_modifier',
  'override_modifier',
  'import_alias',
  'type_identifier',
  'predefined_type',
  'generic_type',
  'union_type',
  'intersection_type',
  'object_type',
  'function_type',
  'array_type',
  'tuple_type',
  'literal_type',
  'lookup_type',
  'nested_type_identifier',
  'type_query',
  'index_type_query',
  'conditional_type',
  'parenthesized_type',
  'readonly_type',
  'template_literal_type',
  'constructor_type',
  'infer_type',
  'this_type',
  'existential_type',
]);

const MIRROR: MirrorOptions = {
  comments: new Set(['comment', 'html_comment']),
  skipped: new Set(['hash_bang_line']),
  opaque: new Set([
    // leaves
    'identifier',
    'property_identifier',
    'private_property_identifier',
    'shorthand_property_identifier',
    'shorthand_property_identifier_pattern',
    'statement_identifier',
    'number',
    'string_fragment',
    'escape_sequence',
    'html_character_reference',
    'jsx_text',
    'this',
    'super',
    'true',
    'false',
    'null',
    'undefined',
    'import',
    'optional_chain',
    // read from their text, or ignored
    'string',
    'regex',
    'meta_property',
    'import_attribute',
    'break_statement',
    'continue_statement',
    'empty_statement',
    'debugger_statement',
    ...TYPE_SYNTAX,
  ]),
  tokenParents: new Set([
    'binary_expression',
    'unary_expression',
    'update_expression',
    'augmented_assignment_expression',
    'lexical_declaration',
    'variable_declaration',
    'using_declaration',
    'for_in_statement',
    'method_definition',
    'field_definition',
    'public_field_definition',
    'required_parameter',
    'optional_parameter',
    'array_pattern',
    'import_specifier',
  ]),
  // Decorators with arguments are lowered (NestJS pipes); the others are read from their text.
  opaqueUnless: new Map([['decorator', decoratorHasArguments]]),
  fieldParents: new Set(['for_statement']),
  errorContainers: new Set([
    'program',
    'statement_block',
    'class_body',
    'switch_case',
    'switch_default',
    'ERROR',
  ]),
};

const DECLARATIONS = new Set(['function_declaration', 'generator_function_declaration']);
const CLASSES = new Set(['class_declaration', 'abstract_class_declaration']);
const FUNCTIONS = new Set(['function_expression', 'function', 'generator_function', 'arrow_function']);
const PARAMETER_MODIFIERS = new Set([
  'decorator',
  'accessibility_modifier',
  'override_modifier',
  'type_annotation',
]);
/** TypeScript wrappers that only state a type: `x as T`, `x!`, `x satisfies T`, `<T>x`, `f<T>`. */
const TYPE_WRAPPERS = new Set([
  'as_expression',
  'satisfies_expression',
  'non_null_expression',
  'instantiation_expression',
]);
const CONSTANT_CASES = new Set(['string', 'number', 'true', 'false', 'null', 'undefined']);

interface Binding {
  constant?: boolean;
  declaredType?: string;
}

/** Lowers a JavaScript, TypeScript or TSX syntax tree to the IR (see ir.ts for the rules every front end follows). */
export function lowerJavaScript(
  tree: Tree,
  path: string,
  text: string,
  language: 'javascript' | 'typescript',
): SourceModule {
  const source = new SourceText(text);
  const lowering = new JavaScriptLowering(source);
  const statements: Stmt[] = [];
  const comments = mirrorTree(tree, source, MIRROR, (node) => lowering.topLevelNode(node, statements));
  return lowering.finish(path, language, tree, statements, comments);
}

class JavaScriptLowering extends Lowering {
  finish(
    path: string,
    language: 'javascript' | 'typescript',
    tree: Tree,
    statements: Stmt[],
    comments: SourceModule['comments'],
  ): SourceModule {
    return this.finishModule(path, language, tree, statements, comments);
  }

  /** A top-level node: function and class declarations (also exported ones) are the module's own. */
  topLevelNode(node: PlainNode, out: Stmt[]): void {
    this.topLevel(() => {
      const declaration = node.type === 'export_statement' ? this.exported(node, out) : node;
      if (!declaration) return;
      if (DECLARATIONS.has(declaration.type)) this.functions.push(this.functionDecl(declaration));
      else this.statement(declaration, out);
    });
  }

  /**
   * What an export wraps: a declaration, or `export default <expression>`. An anonymous default
   * function or class is declared under the name `default`.
   */
  private exported(node: PlainNode, out: Stmt[]): PlainNode | undefined {
    const wrapped = node.named.find((child) => child.type !== 'decorator' && child.type !== 'export_clause');
    if (!wrapped || wrapped.type === 'string' || wrapped.type === 'namespace_export') return undefined;
    if (FUNCTIONS.has(wrapped.type)) {
      const named =
        wrapped.type !== 'arrow_function' && wrapped.named.some((child) => child.type === 'identifier');
      this.functions.push(this.functionDecl(wrapped, named ? undefined : 'default'));
      return undefined;
    }
    if (
      wrapped.type === 'class' &&
      !wrapped.named.some((c) => c.type === 'identifier' || c.type === 'type_identifier')
    ) {
      this.classDecl(wrapped, 'default');
      return undefined;
    }
    if (isDeclaration(wrapped.type)) return wrapped;
    this.emit(out, exprStmt(this.expr(wrapped), this.loc(wrapped)));
    return undefined;
  }

  // ---- statements -------------------------------------------------------------------------

  /** A statement list; nested function declarations are hoisted to its start, as JavaScript does. */
  private statements(nodes: readonly PlainNode[]): Stmt[] {
    const out: Stmt[] = [];
    for (const node of nodes) if (DECLARATIONS.has(node.type)) this.nestedFunction(node, out);
    for (const node of nodes) if (!DECLARATIONS.has(node.type)) this.statement(node, out);
    return out;
  }

  /** The body of an `if`, loop or label: a block's statements, or the single statement. */
  private body(node: PlainNode | undefined): Stmt[] {
    if (!node) return [];
    return this.statements(node.type === 'statement_block' ? node.named : [node]);
  }

  /** One statement; ERROR nodes inside it that hold no place of their own follow it. */
  private statement(node: PlainNode, out: Stmt[]): void {
    this.statementItself(node, out);
    if (node.strayErrors && !DECLARATIONS.has(node.type))
      for (const error of node.strayErrors) this.statement(error, out);
  }

  private statementItself(node: PlainNode, out: Stmt[]): void {
    const loc = this.loc(node);
    switch (node.type) {
      case 'expression_statement':
        return node.named[0] && this.expressionStatement(node.named[0], out);
      case 'lexical_declaration':
      case 'variable_declaration':
      case 'using_declaration':
        return this.declaration(node, out);
      case 'variable_declarator':
        return this.declarator(node, out, false);
      case 'if_statement':
        return this.ifStatement(node, out);
      case 'switch_statement':
        return this.switchStatement(node, out);
      case 'for_statement':
        return this.forStatement(node, out);
      case 'for_in_statement':
        return this.forInStatement(node, out);
      case 'while_statement':
        return this.whileStatement(node, out);
      case 'do_statement': {
        const body = this.body(node.named[0]);
        const test = this.expr(node.named[1]);
        out.push(...this.takeHoisted(), { kind: 'loop', test, body, loc });
        return;
      }
      case 'try_statement':
        return this.tryStatement(node, out);
      case 'return_statement':
        return this.emit(out, { kind: 'return', value: node.named[0] && this.expr(node.named[0]), loc });
      case 'throw_statement':
        return this.emit(out, { kind: 'throw', value: node.named[0] && this.expr(node.named[0]), loc });
      case 'break_statement':
        return this.emit(out, { kind: 'break', loc });
      case 'continue_statement':
        return this.emit(out, { kind: 'continue', loc });
      case 'statement_block':
        return this.emit(out, { kind: 'block', body: this.statements(node.named), loc });
      case 'labeled_statement':
        return this.emit(out, { kind: 'block', body: this.body(node.named[1]), loc });
      case 'with_statement': {
        const object = exprStmt(this.expr(node.named[0]), loc);
        return this.emit(out, { kind: 'block', body: [object, ...this.body(node.named[1])], loc });
      }
      case 'import_statement':
        return this.importStatement(node);
      case 'export_statement': {
        const declaration = this.exported(node, out);
        if (declaration) this.statement(declaration, out);
        return;
      }
      case 'function_declaration':
      case 'generator_function_declaration':
        return this.nestedFunction(node, out);
      case 'class_declaration':
      case 'abstract_class_declaration':
        this.classDecl(node);
        return;
      case 'enum_declaration':
        return this.enumDeclaration(node, out);
      case 'internal_module':
      case 'module': {
        const block = node.named.find((child) => child.type === 'statement_block');
        return this.emit(out, { kind: 'block', body: this.statements(block?.named ?? []), loc });
      }
      case 'ERROR':
      case 'else_clause':
      case 'finally_clause':
      case 'switch_body':
      case 'switch_case':
      case 'switch_default':
        for (const child of node.named) this.statement(child, out);
        return;
      case 'empty_statement':
      case 'debugger_statement':
        return;
      default:
        if (TYPE_SYNTAX.has(node.type)) return;
        this.expressionStatement(node, out);
    }
  }

  /** Assignments, updates and sequences at statement level; anything else is an expression statement. */
  private expressionStatement(node: PlainNode, out: Stmt[]): void {
    const loc = this.loc(node);
    switch (node.type) {
      case 'assignment_expression':
        return this.assignTo(node.named[0], this.expr(node.named[1]), out, loc);
      case 'augmented_assignment_expression': {
        const [target, value] = node.named;
        const operator = operatorOf(node).slice(0, -1);
        return this.emit(
          out,
          assign(this.expr(target), binary(operator, this.expr(target), this.expr(value), loc), loc),
        );
      }
      case 'update_expression':
        return this.emit(out, this.update(node, loc));
      case 'sequence_expression':
        for (const child of node.named) this.expressionStatement(child, out);
        return;
      case 'parenthesized_expression':
        return node.named[0] ? this.expressionStatement(node.named[0], out) : undefined;
      case 'internal_module':
        return this.statement(node, out);
      default:
        this.emit(out, exprStmt(this.expr(node), loc));
    }
  }

  /** `i++` is `i = i + 1`. */
  private update(node: PlainNode, loc: Location): AssignStmt {
    const operator = operatorOf(node) === '--' ? '-' : '+';
    const target = node.named[0];
    return assign(this.expr(target), binary(operator, this.expr(target), literal(1, loc), loc), loc);
  }

  /** `const`/`let`/`var` declarations; `require` calls are recorded as imports too. */
  private declaration(node: PlainNode, out: Stmt[]): void {
    const keyword = node.children.find((child) => !child.isNamed)?.type;
    const constant = keyword === 'const' || keyword === 'using' || keyword === 'await';
    for (const declarator of node.named) {
      if (declarator.type === 'variable_declarator') this.declarator(declarator, out, constant);
    }
  }

  private declarator(node: PlainNode, out: Stmt[], constant: boolean): void {
    const [name, ...rest] = node.named;
    const typeNode = rest.find((child) => child.type === 'type_annotation');
    const valueNode = rest.find((child) => child.type !== 'type_annotation');
    if (!name || !valueNode) return;
    this.recordRequire(name, valueNode);
    const binding: Binding = constant ? { constant } : {};
    if (typeNode && name.type === 'identifier') binding.declaredType = tsType(this.textOf(typeNode));
    this.assignTo(name, this.expr(valueNode), out, this.loc(node), binding);
  }

  /** Binds a target (a name, member, index or a destructuring pattern) to a lowered value. */
  private assignTo(target: PlainNode, value: Expr, out: Stmt[], loc: Location, binding: Binding = {}): void {
    switch (target.type) {
      case 'object_pattern':
        return this.destructureObject(target, value, out, loc, binding.constant);
      case 'array_pattern':
        return this.destructureArray(target, value, out, loc, binding.constant);
      case 'parenthesized_expression':
      case 'non_null_expression':
        return target.named[0] && this.assignTo(target.named[0], value, out, loc, binding);
      case 'assignment_pattern':
      case 'object_assignment_pattern': {
        const [left, fallback] = target.named;
        return this.assignTo(left, binary('??', value, this.expr(fallback), loc), out, loc, binding);
      }
      case 'rest_pattern':
        return this.assignTo(target.named[0], unknown('rest_pattern', [value], loc), out, loc, binding);
      default:
        this.emit(out, assign(this.expr(target), value, loc, binding));
    }
  }

  /** `const { id, user: { name }, ...rest } = value`: one assignment per property, `id = value['id']`. */
  private destructureObject(
    pattern: PlainNode,
    value: Expr,
    out: Stmt[],
    loc: Location,
    constant?: boolean,
  ): void {
    const source = pattern.named.length > 1 ? this.reusable(value, out, loc) : () => value;
    const binding: Binding = constant ? { constant } : {};
    for (const property of pattern.named) {
      const propertyLoc = this.loc(property);
      if (property.type === 'rest_pattern') {
        this.assignTo(property, source(), out, propertyLoc, binding);
        continue;
      }
      const [key, target] =
        property.type === 'pair_pattern'
          ? [property.named[0], property.named[1]]
          : [property.named[0] ?? property, property];
      const element = indexExpr(source(), this.propertyKey(key), propertyLoc);
      if (target.type === 'shorthand_property_identifier_pattern') {
        this.emit(out, assign(nameExpr(this.textOf(target), propertyLoc), element, propertyLoc, binding));
      } else if (target.type === 'object_assignment_pattern') {
        const fallback = this.expr(target.named[1]);
        const name = nameExpr(this.textOf(target.named[0]), propertyLoc);
        this.emit(out, assign(name, binary('??', element, fallback, propertyLoc), propertyLoc, binding));
      } else {
        this.assignTo(target, element, out, propertyLoc, binding);
      }
    }
  }

  /** `const [a, , b, ...rest] = value`: `a = value[0]`, `b = value[2]`. */
  private destructureArray(
    pattern: PlainNode,
    value: Expr,
    out: Stmt[],
    loc: Location,
    constant?: boolean,
  ): void {
    const source = pattern.named.length > 1 ? this.reusable(value, out, loc) : () => value;
    const binding: Binding = constant ? { constant } : {};
    let position = 0;
    for (const child of pattern.children) {
      if (child.type === ',') position++;
      else if (child.isNamed) {
        const elementLoc = this.loc(child);
        const element =
          child.type === 'rest_pattern'
            ? source()
            : indexExpr(source(), literal(position, elementLoc), elementLoc);
        this.assignTo(child, element, out, elementLoc, binding);
      }
    }
  }

  /** A property key as an expression: a literal for constant keys, the computed expression otherwise. */
  private propertyKey(key: PlainNode): Expr {
    const constant = this.constantKey(key);
    if (constant !== undefined) return literal(constant, this.loc(key));
    return key.type === 'computed_property_name' && key.named[0] ? this.expr(key.named[0]) : this.expr(key);
  }

  /** The constant name of a property key (`a`, `'a'`, `1`, `['a']`), or undefined when computed. */
  private constantKey(key: PlainNode): string | undefined {
    switch (key.type) {
      case 'property_identifier':
      case 'private_property_identifier':
      case 'shorthand_property_identifier':
      case 'shorthand_property_identifier_pattern':
      case 'identifier':
        return this.textOf(key);
      case 'string':
        return decodeJavaScriptString(this.textOf(key).slice(1, -1));
      case 'number':
        return String(numberValue(this.textOf(key)) ?? this.textOf(key));
      case 'computed_property_name': {
        const inner = key.named[0];
        return inner && (inner.type === 'string' || inner.type === 'number')
          ? this.constantKey(inner)
          : undefined;
      }
      default:
        return undefined;
    }
  }

  private ifStatement(node: PlainNode, out: Stmt[]): void {
    const [condition, consequence] = node.named;
    const alternative = node.named.find((child, index) => index > 1 && child.type === 'else_clause');
    const test = this.expr(condition);
    const before = this.takeHoisted();
    const then = this.body(consequence);
    const otherwise = alternative ? this.body(alternative.named[0]) : [];
    out.push(...before, { kind: 'if', test, then, otherwise, loc: this.loc(node) });
  }

  /**
   * `switch` as nested ifs: a constant case compares with `===`, others are unknown tests. Empty
   * cases share the next body; a body that does not end in `break`/`return`/`throw` falls through.
   */
  private switchStatement(node: PlainNode, out: Stmt[]): void {
    const [discriminant, switchBody] = node.named;
    const loc = this.loc(node);
    const subject = this.reusable(this.expr(discriminant), out, loc);
    const before = this.takeHoisted();
    const cases =
      switchBody?.named.filter((child) => child.type === 'switch_case' || child.type === 'switch_default') ??
      [];
    const bodies = cases.map((clause) =>
      this.statements(clause.type === 'switch_case' ? clause.named.slice(1) : clause.named),
    );
    const branches: Branch[] = [];
    let tests: Expr[] = [];
    let defaultBranch: Branch | undefined;
    cases.forEach((clause, index) => {
      const caseLoc = this.loc(clause);
      if (clause.type === 'switch_case') tests.push(this.caseTest(clause.named[0], subject, caseLoc));
      if (bodies[index].length === 0 && index < cases.length - 1) return;
      const body: Stmt[] = [];
      for (let next = index; next < cases.length; next++) {
        // A body reached by falling through from an earlier case is a copy.
        body.push(...(next === index ? bodies[next] : structuredClone(bodies[next])));
        if (endsControlFlow(body)) break;
      }
      if (body[body.length - 1]?.kind === 'break') body.pop();
      if (clause.type === 'switch_default') defaultBranch = { body, loc: caseLoc };
      else
        branches.push({
          test: tests.reduce((left, right) => binary('||', left, right, caseLoc)),
          body,
          loc: caseLoc,
        });
      tests = [];
    });
    if (defaultBranch) branches.push(defaultBranch);
    out.push(...before, ...this.takeHoisted(), ...this.nestedIfs(branches));
  }

  private caseTest(value: PlainNode | undefined, subject: () => Expr, loc: Location): Expr {
    if (!value) return unknown('switch_case', [subject()], loc);
    const lowered = this.expr(value);
    return CONSTANT_CASES.has(value.type)
      ? binary('===', subject(), lowered, loc)
      : unknown('switch_case', [subject(), lowered], loc);
  }

  /** `for (init; test; update)`: init before the loop, update at the end of the body. */
  private forStatement(node: PlainNode, out: Stmt[]): void {
    const field = (name: string): PlainNode | undefined =>
      node.children.find(
        (child) => child.field === name && child.isNamed && child.type !== 'empty_statement',
      );
    const initializer = field('initializer');
    if (initializer) this.statement(initializer, out);
    const condition = field('condition');
    const test =
      condition && this.expr(condition.type === 'expression_statement' ? condition.named[0] : condition);
    const before = this.takeHoisted();
    const body = this.body(field('body'));
    const increment = field('increment');
    if (increment) this.expressionStatement(increment, body);
    body.push(...structuredClone(before));
    out.push(
      ...before,
      test ? { kind: 'loop', test, body, loc: this.loc(node) } : { kind: 'loop', body, loc: this.loc(node) },
    );
  }

  /** `for (const x of xs)` / `for (k in obj)`; a destructuring target is unpacked at the start of the body. */
  private forInStatement(node: PlainNode, out: Stmt[]): void {
    const left = node.named[0];
    const right = node.named[node.named.length - 2];
    const iterable = this.expr(right);
    const before = this.takeHoisted();
    const loc = this.loc(node);
    const prologue: Stmt[] = [];
    let variable: Expr;
    if (left.type === 'object_pattern' || left.type === 'array_pattern') {
      const name = this.newTemporary();
      variable = nameExpr(name, this.loc(left));
      this.assignTo(left, nameExpr(name, this.loc(left)), prologue, this.loc(left), {
        constant: hasToken(node, 'const') || undefined,
      });
    } else {
      variable = this.expr(left);
    }
    const body = [...prologue, ...this.body(node.named[node.named.length - 1])];
    out.push(...before, { kind: 'loop', variable, iterable, body, loc });
  }

  private whileStatement(node: PlainNode, out: Stmt[]): void {
    const test = this.expr(node.named[0]);
    const before = this.takeHoisted();
    const body = [...this.body(node.named[1]), ...structuredClone(before)];
    out.push(...before, { kind: 'loop', test, body, loc: this.loc(node) });
  }

  private tryStatement(node: PlainNode, out: Stmt[]): void {
    const body = this.body(node.named[0]);
    const handlers: { variable?: string; body: Stmt[] }[] = [];
    let finallyBody: Stmt[] = [];
    for (const clause of node.named.slice(1)) {
      if (clause.type === 'catch_clause') handlers.push(this.catchClause(clause));
      else if (clause.type === 'finally_clause') finallyBody = this.body(clause.named[0]);
    }
    out.push({ kind: 'try', body, handlers, finally: finallyBody, loc: this.loc(node) });
  }

  private catchClause(clause: PlainNode): { variable?: string; body: Stmt[] } {
    const parameter = clause.named.find(
      (child) => child.type !== 'statement_block' && child.type !== 'type_annotation',
    );
    const block = clause.named.find((child) => child.type === 'statement_block');
    if (!parameter) return { body: this.body(block) };
    if (parameter.type === 'identifier') return { variable: this.textOf(parameter), body: this.body(block) };
    const variable = this.newTemporary();
    const prologue: Stmt[] = [];
    this.assignTo(parameter, nameExpr(variable, this.loc(parameter)), prologue, this.loc(parameter));
    return { variable, body: [...prologue, ...this.body(block)] };
  }

  /** A function declared inside a body: a function value bound to its name. */
  private nestedFunction(node: PlainNode, out: Stmt[]): void {
    const fn = this.functionDecl(node);
    const loc = this.loc(node);
    const nameNode = node.named.find((child) => child.type === 'identifier');
    this.emit(
      out,
      assign(nameExpr(fn.name, nameNode ? this.loc(nameNode) : loc), { kind: 'function', fn, loc }, loc),
    );
  }

  /** `enum E { A = 'a', B }` is a constant object. */
  private enumDeclaration(node: PlainNode, out: Stmt[]): void {
    const [name, body] = node.named;
    const loc = this.loc(node);
    let next: number | undefined = 0;
    const properties = (body?.named ?? []).map((member) => {
      const memberLoc = this.loc(member);
      const keyNode = member.type === 'enum_assignment' ? member.named[0] : member;
      let value: Expr;
      if (member.type === 'enum_assignment' && member.named[1]) value = this.expr(member.named[1]);
      else value = next === undefined ? unknown('enum_member', [], memberLoc) : literal(next, memberLoc);
      next = value.kind === 'literal' && typeof value.value === 'number' ? value.value + 1 : undefined;
      return { key: this.constantKey(keyNode), value };
    });
    this.emit(
      out,
      assign(nameExpr(this.textOf(name), this.loc(name)), { kind: 'object', properties, loc }, loc, {
        constant: true,
      }),
    );
  }

  // ---- imports ----------------------------------------------------------------------------

  /** `import d, { a as b } from 'm'`, `import * as ns from 'm'`, `import x = require('m')`. */
  private importStatement(node: PlainNode): void {
    const sourceNode = node.named.find((child) => child.type === 'string');
    const requireClause = node.named.find((child) => child.type === 'import_require_clause');
    if (requireClause) {
      const [alias, module] = requireClause.named;
      if (alias && module) this.imports.push({ module: this.stringValue(module), alias: this.textOf(alias) });
      return;
    }
    if (!sourceNode) return;
    const module = this.stringValue(sourceNode);
    const clause = node.named.find((child) => child.type === 'import_clause');
    for (const part of clause?.named ?? []) {
      if (part.type === 'identifier') this.imports.push({ module, alias: this.textOf(part) });
      else if (part.type === 'namespace_import' && part.named[0])
        this.imports.push({ module, alias: this.textOf(part.named[0]) });
      else if (part.type === 'named_imports') {
        for (const specifier of part.named) this.importSpecifier(module, specifier);
      }
    }
  }

  private importSpecifier(module: string, specifier: PlainNode): void {
    const [first, second] = specifier.named;
    if (!first) return;
    const importsDefault = hasToken(specifier, 'default');
    const imported = importsDefault ? 'default' : this.importedName(first);
    const alias = this.textOf(importsDefault || !second ? first : second);
    this.imports.push({ module: imported === 'default' ? module : `${module}.${imported}`, alias });
  }

  private importedName(node: PlainNode): string {
    return node.type === 'string' ? this.stringValue(node) : this.textOf(node);
  }

  /**
   * `const cp = require('m')`, `const x = require('m').a`, `const { a, b: c } = require('m')`:
   * the bindings are imports of `m`, `m.a`, `m.b` (the assignments are lowered too).
   */
  private recordRequire(target: PlainNode, value: PlainNode): void {
    const module = this.requiredModule(value);
    if (module === undefined) return;
    if (target.type === 'identifier') {
      this.imports.push({ module, alias: this.textOf(target) });
      return;
    }
    if (target.type !== 'object_pattern') return;
    for (const property of target.named) {
      if (property.type === 'shorthand_property_identifier_pattern') {
        this.imports.push({ module: `${module}.${this.textOf(property)}`, alias: this.textOf(property) });
      } else if (property.type === 'pair_pattern' && property.named[1]?.type === 'identifier') {
        const key = this.constantKey(property.named[0]);
        if (key !== undefined)
          this.imports.push({ module: `${module}.${key}`, alias: this.textOf(property.named[1]) });
      }
    }
  }

  /** The module a `require('m')` (or `require('m').a.b`) expression names, if it is one. */
  private requiredModule(node: PlainNode): string | undefined {
    if (node.type === 'member_expression') {
      const base = this.requiredModule(node.named[0]);
      const property = node.named[node.named.length - 1];
      return base === undefined ? undefined : `${base}.${this.textOf(property)}`;
    }
    if (node.type === 'await_expression' && node.named[0]) return this.requiredModule(node.named[0]);
    if (node.type !== 'call_expression') return undefined;
    const [callee, args] = node.named;
    const first = args?.type === 'arguments' ? args.named[0] : undefined;
    if (callee.type !== 'identifier' || this.textOf(callee) !== 'require' || first?.type !== 'string')
      return undefined;
    return this.stringValue(first);
  }

  // ---- functions and classes ----------------------------------------------------------------

  /**
   * A function, method or arrow. Destructured parameters become `$param<i>` with assignments at the
   * start of the body; TypeScript parameter properties (`constructor(private db: Db)`) assign `this.db`.
   */
  private functionDecl(
    node: PlainNode,
    name?: string,
    className?: string,
    decorators: readonly PlainNode[] = [],
  ): FunctionDecl {
    const isArrow = node.type === 'arrow_function';
    const nameNode = isArrow ? undefined : node.named.find((child) => child.type === 'identifier');
    const bodyNode = node.named[node.named.length - 1];
    const parameterNode = node.named.find(
      (child) =>
        child !== bodyNode &&
        (child.type === 'formal_parameters' || (isArrow && child.type === 'identifier')),
    );
    const fnName = name ?? (nameNode ? this.textOf(nameNode) : '<lambda>');
    return this.nestedScope((): FunctionDecl => {
      const prologue: Stmt[] = [];
      const params =
        parameterNode?.type === 'identifier'
          ? [{ name: this.textOf(parameterNode), annotations: [], loc: this.loc(parameterNode) }]
          : this.parameters(parameterNode, prologue);
      let body: Stmt[];
      if (bodyNode?.type === 'statement_block') body = [...prologue, ...this.statements(bodyNode.named)];
      else {
        body = prologue;
        if (bodyNode)
          this.emit(body, { kind: 'return', value: this.expr(bodyNode), loc: this.loc(bodyNode) });
      }
      for (const error of node.strayErrors ?? []) this.statement(error, body);
      const fn: FunctionDecl = {
        name: fnName,
        params,
        ...this.decoratorsOf(decorators),
        isStatic: false,
        body,
        loc: this.loc(node),
      };
      if (className !== undefined) fn.className = className;
      return fn;
    });
  }

  /** `@Query('id', ParseIntPipe)`: the decorator's name, and its arguments when it is a call. */
  private decoratorsOf(nodes: readonly PlainNode[]): Pick<FunctionDecl, 'annotations' | 'annotationArgs'> {
    return this.decorators(nodes, (decorator) => {
      const inner = decorator.named[0];
      return inner?.type === 'call_expression' ? this.arguments(lastNamed(inner)) : [];
    });
  }

  private parameters(node: PlainNode | undefined, prologue: Stmt[]): Parameter[] {
    const params: Parameter[] = [];
    for (const param of node?.named ?? []) {
      const loc = this.loc(param);
      const isTypeScriptParameter =
        param.type === 'required_parameter' || param.type === 'optional_parameter';
      const children = isTypeScriptParameter ? param.named : [param];
      const decorators = this.decoratorsOf(children.filter((c) => c.type === 'decorator'));
      const typeNode = children.find((c) => c.type === 'type_annotation');
      let pattern = children.find((c) => !PARAMETER_MODIFIERS.has(c.type));
      if (!pattern || pattern.type === 'this') continue;
      if (pattern.type === 'assignment_pattern') pattern = pattern.named[0];
      if (pattern?.type === 'rest_pattern') pattern = pattern.named[0];
      if (!pattern) continue;
      let name = this.textOf(pattern);
      if (pattern.type !== 'identifier') {
        name = `$param${params.length}`;
        this.assignTo(pattern, nameExpr(name, loc), prologue, loc);
      } else if (
        isTypeScriptParameter &&
        (hasToken(param, 'readonly') || children.some((c) => c.type === 'accessibility_modifier'))
      ) {
        const field: Expr = { kind: 'member', object: nameExpr('this', loc), property: name, loc };
        prologue.push(assign(field, nameExpr(name, loc), loc));
      }
      const parameter: Parameter = { name, ...decorators, loc };
      if (typeNode) parameter.type = tsType(this.textOf(typeNode));
      params.push(parameter);
    }
    return params;
  }

  /** A class declaration or expression; returns its name. Decorators before a member are its annotations. */
  private classDecl(node: PlainNode, defaultName?: string): string {
    const nameNode = node.named.find(
      (child) => child.type === 'identifier' || child.type === 'type_identifier',
    );
    const name = defaultName ?? (nameNode ? this.textOf(nameNode) : '<class>');
    const decl: ClassDecl = { name, fields: [], methods: [], loc: this.loc(node) };
    const superclass = this.superclass(node.named.find((child) => child.type === 'class_heritage'));
    if (superclass) decl.superclass = superclass;
    this.classes.push(decl);
    let decorators: PlainNode[] = [];
    for (const member of node.named.find((child) => child.type === 'class_body')?.named ?? []) {
      if (member.type === 'decorator') {
        decorators.push(member);
        continue;
      }
      const memberDecorators = [...decorators, ...member.named.filter((c) => c.type === 'decorator')];
      decorators = [];
      if (member.type === 'method_definition') decl.methods.push(this.method(member, name, memberDecorators));
      else if (member.type === 'field_definition' || member.type === 'public_field_definition')
        this.field(member, decl);
      else if (member.type === 'class_static_block') {
        const body = this.nestedScope(() => this.body(member.named[0]));
        decl.methods.push({
          name: '<clinit>',
          className: name,
          params: [],
          annotations: [],
          isStatic: true,
          body,
          loc: this.loc(member),
        });
      }
    }
    return name;
  }

  private superclass(heritage: PlainNode | undefined): string | undefined {
    const extendsClause = heritage?.named.find((child) => child.type === 'extends_clause');
    const value = extendsClause ? extendsClause.named[0] : heritage?.named[0];
    return value && value.type !== 'implements_clause' ? this.textOf(value).replace(/\s+/g, '') : undefined;
  }

  /** A method; the constructor is named "<init>" (as in Java). */
  private method(node: PlainNode, className: string, decorators: readonly PlainNode[]): FunctionDecl {
    const nameNode = node.named.find((child) => isPropertyName(child.type));
    const key = nameNode ? (this.constantKey(nameNode) ?? this.textOf(nameNode)) : '<method>';
    const fn = this.functionDecl(node, key === 'constructor' ? '<init>' : key, className, decorators);
    fn.isStatic = hasToken(node, 'static');
    return fn;
  }

  /** A class field with an initialiser: an assignment to the field's name. */
  private field(node: PlainNode, decl: ClassDecl): void {
    const nameNode = node.named.find((child) => isPropertyName(child.type));
    const valueNode = node.named.find(
      (child) => child !== nameNode && child.type !== 'decorator' && !TYPE_SYNTAX.has(child.type),
    );
    if (!nameNode || !valueNode) return;
    const typeNode = node.named.find((child) => child.type === 'type_annotation');
    const loc = this.loc(node);
    const binding: Binding = hasToken(node, 'readonly') ? { constant: true } : {};
    if (typeNode) binding.declaredType = tsType(this.textOf(typeNode));
    this.nestedScope(() => {
      const value = this.expr(valueNode);
      for (const stmt of this.takeHoisted()) if (stmt.kind === 'assign') decl.fields.push(stmt);
      const name = nameExpr(this.constantKey(nameNode) ?? this.textOf(nameNode), this.loc(nameNode));
      decl.fields.push(assign(name, value, loc, binding));
    });
  }

  // ---- expressions ------------------------------------------------------------------------

  private expr(node: PlainNode): Expr {
    const loc = this.loc(node);
    switch (node.type) {
      case 'identifier':
      case 'property_identifier':
      case 'shorthand_property_identifier':
      case 'private_property_identifier':
      case 'this':
      case 'super':
        return nameExpr(this.textOf(node), loc);
      case 'string':
        return literal(this.stringValue(node), loc);
      case 'number': {
        const value = numberValue(this.textOf(node));
        return value === undefined ? unknown(node.type, [], loc) : literal(value, loc);
      }
      case 'true':
        return literal(true, loc);
      case 'false':
        return literal(false, loc);
      case 'null':
      case 'undefined':
        return literal(null, loc);
      case 'template_string':
        return interpolation(this.templateParts(node).parts, loc);
      case 'member_expression':
        return {
          kind: 'member',
          object: this.expr(node.named[0]),
          property: this.textOf(lastNamed(node)),
          loc,
        };
      case 'subscript_expression':
        return indexExpr(this.expr(node.named[0]), this.expr(lastNamed(node)), loc);
      case 'call_expression':
        return this.callExpr(node, loc);
      case 'new_expression':
        return this.newExpr(node, loc);
      case 'binary_expression':
        return this.leftChain(
          node,
          (link) => link.type === 'binary_expression',
          (operand) => this.expr(operand),
          (link, left) => binary(operatorOf(link), left, this.expr(link.named[1]), this.loc(link)),
        );
      case 'unary_expression':
        return { kind: 'unary', operator: operatorOf(node), operand: this.expr(node.named[0]), loc };
      case 'await_expression':
        return { kind: 'unary', operator: 'await', operand: this.expr(node.named[0]), loc };
      case 'ternary_expression': {
        const [test, then, otherwise] = node.named.map((child) => this.expr(child));
        return { kind: 'conditional', test, then, otherwise, loc };
      }
      case 'parenthesized_expression':
        return node.named[0] ? this.expr(node.named[0]) : unknown(node.type, [], loc);
      case 'sequence_expression':
        return this.sequence(node);
      case 'assignment_expression':
      case 'augmented_assignment_expression':
      case 'update_expression':
        return this.assignmentValue(node);
      case 'array':
        return { kind: 'array', elements: node.named.map((child) => this.expr(child)), loc };
      case 'object':
        return this.objectExpr(node, loc);
      case 'function_expression':
      case 'function':
      case 'generator_function':
      case 'arrow_function':
        return { kind: 'function', fn: this.functionDecl(node), loc };
      case 'class':
        return nameExpr(this.classDecl(node), loc);
      case 'jsx_element':
      case 'jsx_self_closing_element':
        return this.jsxElement(node, loc);
      case 'type_assertion':
        return this.expr(lastNamed(node));
      case 'regex':
        return unknown('regex', [literal(this.textOf(node), loc)], loc);
      default:
        if (TYPE_WRAPPERS.has(node.type) && node.named[0]) return this.expr(node.named[0]);
        return unknown(
          node.type,
          node.named.map((child) => this.expr(child)),
          loc,
        );
    }
  }

  /** `(a, b, c)`: `a` and `b` run as statements first, the value is `c`. */
  private sequence(node: PlainNode): Expr {
    const elements = node.named;
    for (const element of elements.slice(0, -1)) this.hoist(exprStmt(this.expr(element), this.loc(element)));
    return this.expr(elements[elements.length - 1]);
  }

  /** An assignment used as a value runs before the statement containing it; its value is the target. */
  private assignmentValue(node: PlainNode): Expr {
    const hoisted: Stmt[] = [];
    const target = node.named[0];
    let value: Expr;
    if (target.type === 'object_pattern' || target.type === 'array_pattern') {
      const loc = this.loc(node);
      const source = this.reusable(this.expr(node.named[1]), hoisted, loc);
      this.assignTo(target, source(), hoisted, loc);
      value = source();
    } else {
      this.expressionStatement(node, hoisted);
      value = this.expr(target);
    }
    for (const stmt of hoisted) this.hoist(stmt);
    return value;
  }

  /** `a.b(x)` has receiver `a`; `f(x)` none; any other callee is the receiver of method "<call>". Tagged templates get (strings, ...values). */
  private callExpr(node: PlainNode, loc: Location): Expr {
    const callee = node.named[0];
    const argumentNode = lastNamed(node);
    let args: Argument[];
    if (argumentNode.type === 'template_string') {
      const { strings, values } = this.templateParts(argumentNode);
      args = [
        { value: { kind: 'array', elements: strings, loc: this.loc(argumentNode) } },
        ...values.map((value) => ({ value })),
      ];
    } else {
      args = this.arguments(argumentNode);
    }
    const target = TYPE_WRAPPERS.has(callee.type) && callee.named[0] ? callee.named[0] : callee;
    if (target.type === 'member_expression') {
      return call(this.expr(target.named[0]), this.textOf(lastNamed(target)), args, loc);
    }
    if (target.type === 'identifier' || target.type === 'import' || target.type === 'super') {
      return call(undefined, this.textOf(target), args, loc);
    }
    return call(this.expr(target), '<call>', args, loc);
  }

  private arguments(node: PlainNode | undefined): Argument[] {
    if (node?.type !== 'arguments') return [];
    return node.named.map((arg) =>
      arg.type === 'spread_element'
        ? { spread: true, value: this.expr(arg.named[0]) }
        : { value: this.expr(arg) },
    );
  }

  /** `new T(args)`, `T` as written (`AWS.S3`) without type arguments. */
  private newExpr(node: PlainNode, loc: Location): Expr {
    const constructor = node.named[0];
    const args = this.arguments(node.named.find((child) => child.type === 'arguments'));
    return { kind: 'new', type: this.textOf(constructor).replace(/\s+/g, ''), args, loc };
  }

  /** Object literals: constant keys are kept, computed keys and spreads have none. */
  private objectExpr(node: PlainNode, loc: Location): Expr {
    const properties = node.named.map((entry): { key?: string; value: Expr } => {
      switch (entry.type) {
        case 'pair': {
          const key = this.constantKey(entry.named[0]);
          const value = this.expr(entry.named[1]);
          return key === undefined ? { value } : { key, value };
        }
        case 'shorthand_property_identifier':
          return { key: this.textOf(entry), value: nameExpr(this.textOf(entry), this.loc(entry)) };
        case 'method_definition': {
          const nameNode = entry.named.find((child) => isPropertyName(child.type));
          const key = nameNode && this.constantKey(nameNode);
          const value: Expr = {
            kind: 'function',
            fn: this.functionDecl(entry, key ?? '<lambda>'),
            loc: this.loc(entry),
          };
          return key === undefined ? { value } : { key, value };
        }
        case 'spread_element':
          return { value: this.expr(entry.named[0]) };
        default:
          return { value: this.expr(entry) };
      }
    });
    return { kind: 'object', properties, loc };
  }

  /** A template's literal pieces (cooked) and interpolated values, in order. */
  private templateParts(node: PlainNode): { parts: Expr[]; strings: Expr[]; values: Expr[] } {
    const parts: Expr[] = [];
    const strings: Expr[] = [];
    const values: Expr[] = [];
    let piece = '';
    let pieceStart: PlainNode | undefined;
    let pieceEnd: PlainNode | undefined;
    const closePiece = (): void => {
      const pieceLoc =
        pieceStart && pieceEnd ? this.source.loc({ ...pieceStart, end: pieceEnd.end }) : this.loc(node);
      strings.push(literal(piece, pieceLoc));
      if (piece !== '') parts.push(literal(piece, pieceLoc));
      piece = '';
      pieceStart = pieceEnd = undefined;
    };
    for (const child of node.named) {
      if (child.type === 'template_substitution') {
        closePiece();
        const value = child.named[0] ? this.expr(child.named[0]) : unknown(child.type, [], this.loc(child));
        parts.push(value);
        values.push(structuredClone(value));
      } else {
        piece +=
          child.type === 'escape_sequence' ? decodeJavaScriptString(this.textOf(child)) : this.textOf(child);
        pieceStart ??= child;
        pieceEnd = child;
      }
    }
    closePiece();
    return { parts, strings, values };
  }

  /**
   * JSX: `<Tag a={x} {...p}>{child}</Tag>` is a call of method "<jsx>" on receiver `Tag`, with the
   * attributes as keyword arguments (a bare attribute is `true`) and the children as positional ones.
   */
  private jsxElement(node: PlainNode, loc: Location): Expr {
    const opening =
      node.type === 'jsx_element' ? node.named.find((child) => child.type === 'jsx_opening_element') : node;
    const tag = opening?.named.find(
      (child) =>
        child.type !== 'jsx_attribute' && child.type !== 'jsx_expression' && child.type !== 'type_arguments',
    );
    const args: Argument[] = [];
    for (const attribute of opening?.named ?? []) {
      if (attribute.type === 'jsx_attribute') {
        const [nameNode, valueNode] = attribute.named;
        const value = valueNode ? this.jsxValue(valueNode) : literal(true, this.loc(attribute));
        args.push({ keyword: this.textOf(nameNode), value });
      } else if (attribute.type === 'jsx_expression' && attribute.named[0]) {
        const spread = attribute.named[0];
        args.push({
          spread: true,
          value: this.expr(spread.type === 'spread_element' ? spread.named[0] : spread),
        });
      }
    }
    if (node.type === 'jsx_element') {
      for (const child of node.named) {
        if (child.type === 'jsx_opening_element' || child.type === 'jsx_closing_element') continue;
        if (child.type === 'jsx_text' || child.type === 'html_character_reference') {
          const text = this.textOf(child).replace(/\s+/g, ' ').trim();
          if (text !== '') args.push({ value: literal(text, this.loc(child)) });
        } else if (child.type !== 'jsx_expression' || child.named[0]) {
          args.push({ value: this.jsxValue(child) });
        }
      }
    }
    return call(tag && this.jsxTag(tag), '<jsx>', args, loc);
  }

  private jsxValue(node: PlainNode): Expr {
    if (node.type !== 'jsx_expression') return this.expr(node);
    const inner = node.named[0];
    if (!inner) return unknown(node.type, [], this.loc(node));
    return inner.type === 'spread_element' ? this.expr(inner.named[0]) : this.expr(inner);
  }

  private jsxTag(tag: PlainNode): Expr {
    return tag.type === 'member_expression' ? this.expr(tag) : nameExpr(this.textOf(tag), this.loc(tag));
  }

  private stringValue(node: PlainNode): string {
    return decodeJavaScriptString(this.textOf(node).slice(1, -1));
  }
}

function lastNamed(node: PlainNode): PlainNode {
  return node.named[node.named.length - 1];
}

function operatorOf(node: PlainNode): string {
  return node.children.find((child) => !child.isNamed)?.type ?? '?';
}

function hasToken(node: PlainNode, token: string): boolean {
  return node.children.some((child) => !child.isNamed && child.type === token);
}

function isPropertyName(type: string): boolean {
  return [
    'property_identifier',
    'private_property_identifier',
    'string',
    'number',
    'computed_property_name',
  ].includes(type);
}

function isDeclaration(type: string): boolean {
  return (
    DECLARATIONS.has(type) ||
    CLASSES.has(type) ||
    ['lexical_declaration', 'variable_declaration', 'enum_declaration', 'internal_module', 'module'].includes(
      type,
    ) ||
    TYPE_SYNTAX.has(type)
  );
}

function tsType(annotation: string): string {
  return typeWithoutGenerics(annotation.replace(/^\s*:/, ''), '<', '>');
}

const JS_ESCAPES: Record<string, string> = {
  n: '\n',
  r: '\r',
  t: '\t',
  b: '\b',
  f: '\f',
  v: '\v',
  '0': '\0',
  '\n': '',
};

/** The value of a JavaScript string literal's contents (or one escape sequence). */
export function decodeJavaScriptString(content: string): string {
  if (!content.includes('\\')) return content;
  return content.replace(
    /\\(x[0-9a-fA-F]{2}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|\r\n|[\s\S])/g,
    (_whole, escape: string) => {
      if (escape in JS_ESCAPES) return JS_ESCAPES[escape];
      if (escape === '\r\n' || escape === '\u2028' || escape === '\u2029') return '';
      if (escape.length > 1 && (escape[0] === 'x' || escape[0] === 'u')) {
        const code = parseInt(escape.replace(/[xu{}]/g, ''), 16);
        return code <= 0x10ffff ? String.fromCodePoint(code) : escape;
      }
      return escape;
    },
  );
}
