import type {
  Argument,
  AssignStmt,
  ClassDecl,
  Expr,
  FunctionDecl,
  Import,
  Language,
  Literal,
  Location,
  SourceModule,
  Stmt,
} from '../ir';
import type { Tree } from '../parser';
import { syntaxErrorsIn } from './syntax';

/**
 * A syntax node copied out of WebAssembly once. Every web-tree-sitter property read crosses into
 * WebAssembly and allocates, so the front ends walk the tree a single time with a cursor and lower
 * from these plain objects. Anonymous tokens (operators, keywords) keep only their type and are kept
 * only under the node types that need them; comments are collected on the way and left out.
 */
export interface PlainNode {
  readonly type: string;
  readonly isNamed: boolean;
  /** UTF-16 offsets into the source text; -1 for anonymous tokens. */
  readonly start: number;
  readonly end: number;
  /** The field name, only for children of the node types listed in `MirrorOptions.fieldParents`. */
  readonly field: string | null;
  /** All children; anonymous tokens only under `MirrorOptions.tokenParents` (elsewhere the same array as `named`). */
  readonly children: readonly PlainNode[];
  readonly named: readonly PlainNode[];
  /** ERROR nodes under a node that is not a statement list, kept out of `named` (see `errorContainers`). */
  readonly strayErrors?: readonly PlainNode[];
}

export interface MirrorOptions {
  /** Comment node types: collected with their line, left out of the tree. */
  comments: ReadonlySet<string>;
  /** Other node types left out entirely. */
  skipped: ReadonlySet<string>;
  /** Named node types whose children are never read: leaves, and nodes lowered from their text. */
  opaque: ReadonlySet<string>;
  /** Node types lowered from their text unless the test, given the source and the node's start, says otherwise. */
  opaqueUnless?: ReadonlyMap<string, (text: string, start: number) => boolean>;
  /** Node types whose anonymous tokens (operators, keywords) are read. */
  tokenParents: ReadonlySet<string>;
  /** Node types whose children need their field names. */
  fieldParents: ReadonlySet<string>;
  /**
   * Statement lists whose ERROR children are lowered in place for what they contain. Elsewhere an
   * ERROR node goes to its parent's `strayErrors`, so the children around it keep their places
   * (`f(a, <error>, b)` still has two arguments); the error itself is reported from the syntax tree.
   */
  errorContainers: ReadonlySet<string>;
}

/** A comment's first line and text, for inline suppressions. */
export type Comment = SourceModule['comments'][number];

/** A node under construction; opaque nodes and tokens share one empty array and are never added to. */
interface MutableNode extends PlainNode {
  readonly children: PlainNode[];
  readonly named: PlainNode[];
  strayErrors?: PlainNode[];
}

const NO_CHILDREN: PlainNode[] = [];

const NAMED = 1;
const SKIPPED = 2;
const COMMENT = 4;
const OPAQUE = 8;
const TOKEN_PARENT = 16;
const FIELD_PARENT = 32;
const ERROR_CONTAINER = 64;
const OPAQUE_UNLESS = 128;
const ERROR_TYPE_ID = 65535;

/** Flags by grammar, for each front end's options: computing them asks WebAssembly about every node type. */
const FLAGS_CACHE = new WeakMap<MirrorOptions, WeakMap<Tree['language'], Uint8Array>>();

/** What the walk does with each node type, by type id. */
function typeFlags(tree: Tree, options: MirrorOptions): Uint8Array {
  let byGrammar = FLAGS_CACHE.get(options);
  if (!byGrammar) FLAGS_CACHE.set(options, (byGrammar = new WeakMap()));
  let flags = byGrammar.get(tree.language);
  if (!flags) byGrammar.set(tree.language, (flags = computeTypeFlags(tree, options)));
  return flags;
}

function computeTypeFlags(tree: Tree, options: MirrorOptions): Uint8Array {
  const { types } = tree.language;
  const flags = new Uint8Array(65536);
  flags[ERROR_TYPE_ID] = NAMED;
  types.forEach((type, typeId) => {
    if (type === undefined) return;
    if (tree.language.nodeTypeIsNamed(typeId)) flags[typeId] |= NAMED;
    if (options.comments.has(type)) flags[typeId] |= SKIPPED | COMMENT;
    if (options.skipped.has(type)) flags[typeId] |= SKIPPED;
    if (options.opaque.has(type)) flags[typeId] |= OPAQUE;
    if (options.opaqueUnless?.has(type)) flags[typeId] |= OPAQUE_UNLESS;
    if (options.tokenParents.has(type)) flags[typeId] |= TOKEN_PARENT;
    if (options.fieldParents.has(type)) flags[typeId] |= FIELD_PARENT;
    if (options.errorContainers.has(type)) flags[typeId] |= ERROR_CONTAINER;
  });
  if (options.errorContainers.has('ERROR')) flags[ERROR_TYPE_ID] |= ERROR_CONTAINER;
  return flags;
}

/**
 * Copies the syntax tree into plain objects with one cursor walk, handing each top-level node to
 * `onTopLevel` as soon as it is complete (so its copy can be dropped once lowered), and returns the
 * comments met on the way.
 */
export function mirrorTree(
  tree: Tree,
  source: SourceText,
  options: MirrorOptions,
  onTopLevel: (node: PlainNode) => void,
): Comment[] {
  const types = tree.language.types;
  const flags = typeFlags(tree, options);
  const comments: Comment[] = [];
  // Tokens without a field are the same object for every occurrence of their type.
  const tokens = new Map<string, PlainNode>();
  const token = (type: string): PlainNode => {
    let node = tokens.get(type);
    if (!node) tokens.set(type, (node = plainNode(type, false, -1, -1, null, OPAQUE)));
    return node;
  };
  const cursor = tree.walk();
  try {
    const rootFlags = flags[cursor.nodeTypeId];
    // The root only stands for the file: its children go to `onTopLevel` instead.
    const root = plainNode('', true, cursor.startIndex, -1, null, rootFlags);
    if (!cursor.gotoFirstChild()) return comments;
    const parents: MutableNode[] = [root];
    const parentFlags: number[] = [rootFlags];
    // A first child starts where its parent does, which saves asking WebAssembly.
    let firstChildStart = root.start;
    for (;;) {
      const typeId = cursor.nodeTypeId;
      let nodeFlags = flags[typeId];
      const parentFlag = parentFlags[parentFlags.length - 1];
      if (nodeFlags & COMMENT) {
        const start = firstChildStart === -1 ? cursor.startIndex : firstChildStart;
        comments.push({ line: source.lineOf(start), text: source.text.slice(start, cursor.endIndex) });
      } else if (nodeFlags & SKIPPED) {
        // left out
      } else if (!(nodeFlags & NAMED)) {
        if (parentFlag & TOKEN_PARENT) {
          const type = types[typeId];
          const field = parentFlag & FIELD_PARENT ? cursor.currentFieldName : null;
          parents[parents.length - 1].children.push(
            field === null ? token(type) : plainNode(type, false, -1, -1, field, OPAQUE),
          );
        }
      } else {
        const field = parentFlag & FIELD_PARENT ? cursor.currentFieldName : null;
        const start = firstChildStart === -1 ? cursor.startIndex : firstChildStart;
        const type = types[typeId] ?? 'ERROR';
        if (nodeFlags & OPAQUE_UNLESS && !options.opaqueUnless!.get(type)!(source.text, start))
          nodeFlags |= OPAQUE;
        const node = plainNode(type, true, start, cursor.endIndex, field, nodeFlags);
        const parent = parents[parents.length - 1];
        if (parent === root) {
          // handed over below, once complete
        } else if (typeId === ERROR_TYPE_ID && !(parentFlag & ERROR_CONTAINER)) {
          (parent.strayErrors ??= []).push(node);
        } else {
          parent.named.push(node);
          if (parent.children !== parent.named) parent.children.push(node);
        }
        if (!(nodeFlags & OPAQUE) && cursor.gotoFirstChild()) {
          parents.push(node);
          parentFlags.push(nodeFlags);
          firstChildStart = start;
          continue;
        }
        if (parent === root) onTopLevel(node);
      }
      firstChildStart = -1;
      while (!cursor.gotoNextSibling()) {
        if (parents.length === 1) return comments;
        cursor.gotoParent();
        const finished = parents.pop()!;
        parentFlags.pop();
        if (parents.length === 1) onTopLevel(finished);
      }
    }
  } finally {
    cursor.delete();
  }
}

function plainNode(
  type: string,
  isNamed: boolean,
  start: number,
  end: number,
  field: string | null,
  flags: number,
): MutableNode {
  const named = flags & OPAQUE ? NO_CHILDREN : [];
  const children = flags & OPAQUE || !(flags & TOKEN_PARENT) ? named : [];
  return { type, isNamed, start, end, field, children, named };
}

/** The source text with a line table, so locations come from offsets without asking WebAssembly. */
export class SourceText {
  private readonly lineStarts: number[] = [0];
  /** The line of the last lookup: lowering asks about nearby offsets one after the other. */
  private recentLine = 1;

  constructor(readonly text: string) {
    for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
      this.lineStarts.push(index + 1);
    }
  }

  /** Lines in the text; a final newline does not start another line. */
  get lineCount(): number {
    const starts = this.lineStarts.length;
    return this.lineStarts[starts - 1] === this.text.length ? starts - 1 : starts;
  }

  of(node: PlainNode): string {
    return this.text.slice(node.start, node.end);
  }

  loc(node: PlainNode): Location {
    const line = this.lineOf(node.start);
    const endLine = this.lineOf(node.end, line);
    return {
      line,
      column: node.start - this.lineStarts[line - 1] + 1,
      endLine,
      endColumn: node.end - this.lineStarts[endLine - 1] + 1,
    };
  }

  /** The 1-based line of an offset; `from` is a line known to start at or before it. */
  lineOf(offset: number, from = 1): number {
    const starts = this.lineStarts;
    const recent = this.recentLine;
    if (
      recent >= from &&
      starts[recent - 1] <= offset &&
      (recent === starts.length || starts[recent] > offset)
    )
      return recent;
    let low = from - 1;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    this.recentLine = low + 1;
    return low + 1;
  }
}

/** A declared type as written, without generic arguments (`<...>` or Python's `[...]`) and with spaces collapsed. */
export function typeWithoutGenerics(text: string, open: '<' | '[', close: '>' | ']'): string {
  let depth = 0;
  let result = '';
  for (const char of text) {
    if (char === open) depth++;
    else if (char === close && depth > 0) depth--;
    else if (depth === 0) result += char;
  }
  return result.replace(/\s+/g, ' ').trim();
}

/** Whether the decorator starting at `start` has arguments (`@Query('id')`): only then are its children lowered. */
export function decoratorHasArguments(text: string, start: number): boolean {
  const head = /@\s*[\w$.]+\s*(<[^>()]*>)?\s*\(/y;
  head.lastIndex = start;
  return head.test(text);
}

/** A decorator's name as written, without `@`, arguments or type arguments (`app.route`, `Get`). */
export function decoratorName(text: string): string {
  let name = text.replace(/^@\s*/, '');
  if (name.startsWith('(') && name.endsWith(')')) name = name.slice(1, -1);
  const cut = name.search(/[(<]/);
  return (cut === -1 ? name : name.slice(0, cut)).replace(/\s+/g, '');
}

/** One branch of a `switch`/`match` lowered to nested ifs; no test means it always matches. */
export interface Branch {
  test?: Expr;
  body: Stmt[];
  loc: Location;
}

/**
 * What both front ends share: building IR nodes, statements hoisted out of expressions
 * (assignments inside expressions run before the statement containing them), synthetic
 * temporaries for values used several times, and the parts of a module collected on the way.
 */
export abstract class Lowering {
  readonly imports: Import[] = [];
  readonly classes: ClassDecl[] = [];
  readonly functions: FunctionDecl[] = [];
  /** Statements hoisted out of the expressions of the statement being lowered. */
  private hoisted: Stmt[] = [];
  private temporaries = 0;

  constructor(protected readonly source: SourceText) {}

  protected loc(node: PlainNode): Location {
    return this.source.loc(node);
  }

  protected textOf(node: PlainNode): string {
    return this.source.of(node);
  }

  protected hoist(stmt: Stmt): void {
    this.hoisted.push(stmt);
  }

  /** The statements hoisted since the last statement was emitted; the caller places them. */
  protected takeHoisted(): Stmt[] {
    const taken = this.hoisted;
    this.hoisted = [];
    return taken;
  }

  /** Appends a statement after the statements hoisted out of its expressions. */
  protected emit(out: Stmt[], stmt: Stmt): void {
    if (this.hoisted.length > 0) out.push(...this.takeHoisted());
    out.push(stmt);
  }

  /** Runs `lower` for a nested function or class body, whose statements must not pick up the enclosing statement's hoisted ones. */
  protected nestedScope<T>(lower: () => T): T {
    const saved = this.hoisted;
    this.hoisted = [];
    try {
      return lower();
    } finally {
      this.hoisted = saved;
    }
  }

  /**
   * A value a destructuring or a case test reads several times: side-effect-free expressions are
   * re-used (copied), anything else is assigned to a synthetic `$tmp<n>` first so a call is not
   * repeated. Returns a function giving a fresh expression for each use.
   */
  protected reusable(value: Expr, out: Stmt[], loc: Location): () => Expr {
    if (isPure(value)) return () => copyPure(value);
    const name = this.newTemporary();
    this.emit(out, assign(nameExpr(name, loc), value, loc));
    return () => nameExpr(name, loc);
  }

  /**
   * Lowers one top-level statement or definition. A construct nested too deeply for the call stack
   * (thousands of levels, e.g. generated code) is left out instead of failing the whole file.
   */
  protected topLevel(lower: () => void): void {
    try {
      lower();
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      this.hoisted = [];
    }
  }

  /**
   * A left-nested chain of binary operators (`a + b + c + ...`), walked along its left spine
   * without recursion so long concatenations do not exhaust the call stack.
   */
  protected leftChain(
    node: PlainNode,
    isLink: (node: PlainNode) => boolean,
    lowerOperand: (node: PlainNode) => Expr,
    combine: (link: PlainNode, left: Expr) => Expr,
  ): Expr {
    const spine: PlainNode[] = [];
    let current = node;
    while (isLink(current) && current.named.length === 2) {
      spine.push(current);
      current = current.named[0];
    }
    let result = lowerOperand(current);
    for (let index = spine.length - 1; index >= 0; index--) result = combine(spine[index], result);
    return result;
  }

  /**
   * Decorators' names and, when any has arguments, their arguments index for index. Arguments are
   * lowered apart from the statement around them: what they would hoist is dropped.
   */
  protected decorators(
    nodes: readonly PlainNode[],
    argumentsOf: (decorator: PlainNode) => Argument[],
  ): Pick<FunctionDecl, 'annotations' | 'annotationArgs'> {
    const annotations = nodes.map((node) => decoratorName(this.textOf(node)));
    const args = nodes.map((node) => this.nestedScope(() => argumentsOf(node)));
    return args.some((list) => list.length > 0) ? { annotations, annotationArgs: args } : { annotations };
  }

  /** A synthetic variable name, `$tmp<n>`, unique in the module. */
  protected newTemporary(): string {
    return `$tmp${this.temporaries++}`;
  }

  /** Nested ifs for the branches of a `switch`/`match`; the first branch without a test ends the chain. */
  protected nestedIfs(branches: Branch[]): Stmt[] {
    let otherwise: Stmt[] = [];
    const cut = branches.findIndex((branch) => branch.test === undefined);
    const reachable = cut === -1 ? branches : branches.slice(0, cut + 1);
    for (let index = reachable.length - 1; index >= 0; index--) {
      const branch = reachable[index];
      otherwise = branch.test
        ? [{ kind: 'if', test: branch.test, then: branch.body, otherwise, loc: branch.loc }]
        : branch.body;
    }
    return otherwise;
  }

  protected finishModule(
    path: string,
    language: Language,
    tree: Tree,
    statements: Stmt[],
    comments: Comment[],
  ): SourceModule {
    return {
      path,
      language,
      imports: this.imports,
      classes: this.classes,
      functions: this.functions,
      statements,
      comments,
      syntaxErrors: syntaxErrorsIn(tree.rootNode),
      lineCount: this.source.lineCount,
    };
  }
}

export function nameExpr(name: string, loc: Location): Expr {
  return { kind: 'name', name, loc };
}

export function literal(value: Literal, loc: Location): Expr {
  return { kind: 'literal', value, loc };
}

export function unknown(syntax: string, parts: Expr[], loc: Location): Expr {
  return { kind: 'unknown', syntax, parts, loc };
}

export function binary(operator: string, left: Expr, right: Expr, loc: Location): Expr {
  return { kind: 'binary', operator, left, right, loc };
}

export function indexExpr(object: Expr, index: Expr, loc: Location): Expr {
  return { kind: 'index', object, index, loc };
}

export function call(receiver: Expr | undefined, method: string, args: Argument[], loc: Location): Expr {
  return receiver ? { kind: 'call', receiver, method, args, loc } : { kind: 'call', method, args, loc };
}

export function assign(target: Expr, value: Expr, loc: Location, extra?: Partial<AssignStmt>): AssignStmt {
  return { kind: 'assign', target, value, ...extra, loc };
}

export function exprStmt(expr: Expr, loc: Location): Stmt {
  return { kind: 'expr', expr, loc };
}

/** Names, literals and member chains over them: reading them twice changes nothing. */
export function isPure(expr: Expr): boolean {
  if (expr.kind === 'name' || expr.kind === 'literal') return true;
  return expr.kind === 'member' && isPure(expr.object);
}

/** A fresh copy of a pure expression (locations are shared: they are never changed). */
function copyPure(expr: Expr): Expr {
  return expr.kind === 'member' ? { ...expr, object: copyPure(expr.object) } : { ...expr };
}

/** A string built from literal pieces and interpolated values: a "+" chain that starts with a string. */
export function interpolation(parts: Expr[], loc: Location): Expr {
  const pieces = parts.filter((part) => !(part.kind === 'literal' && part.value === ''));
  const first = pieces[0];
  if (!first) return literal('', loc);
  let chain =
    first.kind === 'literal' && typeof first.value === 'string'
      ? first
      : binary('+', literal('', loc), first, loc);
  for (const piece of pieces.slice(1)) chain = binary('+', chain, piece, loc);
  return chain;
}

/** The value of a numeric literal, or undefined when it is not a plain number (complex numbers). */
export function numberValue(text: string): number | undefined {
  const value = Number(text.replace(/_/g, '').replace(/[nlL]$/, ''));
  return Number.isNaN(value) ? undefined : value;
}

/** Ends with a statement after which control never reaches the next case of a switch. */
export function endsControlFlow(stmts: Stmt[]): boolean {
  const last = stmts[stmts.length - 1];
  return last !== undefined && ['break', 'continue', 'return', 'throw'].includes(last.kind);
}
