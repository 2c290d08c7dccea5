/**
 * The small language-neutral program form every analysis runs on. Each language front end
 * (src/review/languages/<language>.ts) lowers a tree-sitter syntax tree into it; the analyses
 * (src/review/analysis/) and detectors (src/review/rules/) never see a syntax tree.
 *
 * Lowering rules every front end follows, so one detector works for every language:
 * - Names are kept exactly as written; a dotted chain of plain names (`java.net.URLDecoder`,
 *   `os.path`) is nested `member` expressions over a `name`.
 * - A method call `a.b(x)` is a `call` with `receiver` `a` and `method` "b"; a plain call `f(x)`
 *   has no receiver. Python keyword arguments and JavaScript object literals keep their keys.
 * - Declarations with an initial value, assignments and augmented assignments (`+=`) are `assign`;
 *   `x += y` is lowered as `x = x + y`. Declarations without a value assign nothing.
 * - String interpolation (f-strings, template literals) is a `binary` "+" chain of its parts.
 * - `switch`/`match` become nested `if`s whose tests are `unknown` unless the case is constant.
 * - JSX `<Tag a={x}>{y}</Tag>` is a `call` "<jsx>" on `Tag`: attributes as keyword args, then children.
 * - A JavaScript regular expression literal is `unknown` "regex" whose one part is its text as a
 *   string literal (`/^[a-z]+$/g`), so guards and replacements are judged by pattern and flags.
 * - Anything the analyses need not understand is `unknown`, keeping its sub-expressions, so data
 *   still flows through it conservatively.
 */

export type Language = 'java' | 'python' | 'javascript' | 'typescript';

/** 1-based line and column of the first character, and of the character after the last. */
export interface Location {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export type Literal = string | number | boolean | null;

export type Expr =
  | LiteralExpr
  | NameExpr
  | MemberExpr
  | IndexExpr
  | CallExpr
  | NewExpr
  | BinaryExpr
  | UnaryExpr
  | ConditionalExpr
  | ArrayExpr
  | ObjectExpr
  | FunctionExpr
  | UnknownExpr;

export interface LiteralExpr {
  kind: 'literal';
  value: Literal;
  loc: Location;
}

/** A variable, parameter, field, class or module name; `this`/`self` are names too. */
export interface NameExpr {
  kind: 'name';
  name: string;
  loc: Location;
}

/** `object.property` (Java field access, Python attribute, JavaScript member). */
export interface MemberExpr {
  kind: 'member';
  object: Expr;
  property: string;
  loc: Location;
}

/** `object[index]`: arrays, lists, maps and dictionaries. */
export interface IndexExpr {
  kind: 'index';
  object: Expr;
  index: Expr;
  loc: Location;
}

export interface Argument {
  /** Python keyword argument name; absent for positional arguments. */
  keyword?: string;
  /** `*args`, `**kwargs`, JavaScript spread. */
  spread?: boolean;
  value: Expr;
}

export interface CallExpr {
  kind: 'call';
  /** Absent for a plain call `f(x)`. */
  receiver?: Expr;
  method: string;
  args: Argument[];
  loc: Location;
}

/** `new T(args)`; Python has none (a class call is a `call`). `type` is written as in the source, without generics. */
export interface NewExpr {
  kind: 'new';
  type: string;
  args: Argument[];
  loc: Location;
}

export interface BinaryExpr {
  kind: 'binary';
  /** Operators as in C-like languages: + - * / % == != < <= > >= && || & | ^ << >> instanceof in ... Python's `and`/`or` become && / ||. */
  operator: string;
  left: Expr;
  right: Expr;
  loc: Location;
}

export interface UnaryExpr {
  kind: 'unary';
  /** ! - + ~ typeof await ... Python's `not` becomes "!". Casts are lowered to their operand. */
  operator: string;
  operand: Expr;
  loc: Location;
}

/** `test ? then : otherwise`, Python `then if test else otherwise`. */
export interface ConditionalExpr {
  kind: 'conditional';
  test: Expr;
  then: Expr;
  otherwise: Expr;
  loc: Location;
}

/** Array, list, tuple and set literals; `new byte[]{1, 2}`. */
export interface ArrayExpr {
  kind: 'array';
  elements: Expr[];
  loc: Location;
}

/** JavaScript object literals and Python dict literals with constant keys; other keys make the property `key` undefined. */
export interface ObjectExpr {
  kind: 'object';
  properties: { key?: string; value: Expr }[];
  loc: Location;
}

/** A lambda, arrow function or anonymous function used as a value. */
export interface FunctionExpr {
  kind: 'function';
  fn: FunctionDecl;
  loc: Location;
}

export interface UnknownExpr {
  kind: 'unknown';
  /** The tree-sitter node type, for debugging only. */
  syntax: string;
  parts: Expr[];
  loc: Location;
}

export type Stmt =
  AssignStmt | ExprStmt | IfStmt | LoopStmt | ReturnStmt | ThrowStmt | TryStmt | JumpStmt | BlockStmt;

export interface AssignStmt {
  kind: 'assign';
  /** A `name`, `member` or `index` expression; destructuring is lowered to one assign per element (`index` on the value). */
  target: Expr;
  value: Expr;
  /** The declared type for a Java/TypeScript declaration or parameter-like binding, written as in source without generics. */
  declaredType?: string;
  /** `final` (Java) or `const` (JavaScript): the name is never reassigned. */
  constant?: boolean;
  loc: Location;
}

export interface ExprStmt {
  kind: 'expr';
  expr: Expr;
  loc: Location;
}

export interface IfStmt {
  kind: 'if';
  test: Expr;
  then: Stmt[];
  otherwise: Stmt[];
  loc: Location;
}

/**
 * `while`, `for`, `do` and for-each. For-each binds `variable` to each element of `iterable`
 * before each run of `body`. A classic `for` is lowered as its init statements before the loop,
 * `test`, and its update statements at the end of `body`.
 */
export interface LoopStmt {
  kind: 'loop';
  test?: Expr;
  variable?: Expr;
  iterable?: Expr;
  body: Stmt[];
  loc: Location;
}

export interface ReturnStmt {
  kind: 'return';
  value?: Expr;
  loc: Location;
}

export interface ThrowStmt {
  kind: 'throw';
  value?: Expr;
  loc: Location;
}

/** try/catch/finally, Python try/except/else/finally, and `with` (resources are assigns at the start of `body`). */
export interface TryStmt {
  kind: 'try';
  body: Stmt[];
  handlers: { variable?: string; body: Stmt[] }[];
  finally: Stmt[];
  loc: Location;
}

export interface JumpStmt {
  kind: 'break' | 'continue';
  loc: Location;
}

/** A nested block, a `synchronized` body, a labelled statement: statements run in order. */
export interface BlockStmt {
  kind: 'block';
  body: Stmt[];
  loc: Location;
}

export interface Parameter {
  name: string;
  /** Declared type as in source, without generics (`HttpServletRequest`, `String[]`). */
  type?: string;
  /** Decorators/annotations as written without `@` and arguments (`RequestParam`, `PathVariable`). */
  annotations: string[];
  /** The arguments of `annotations`, index for index; see `FunctionDecl.annotationArgs`. */
  annotationArgs?: Argument[][];
  loc: Location;
}

export interface FunctionDecl {
  /** Method or function name; "<lambda>" for anonymous functions; "<init>" for Java constructors and Python __init__ stays "__init__". */
  name: string;
  /** The enclosing class, if any. */
  className?: string;
  params: Parameter[];
  /** Annotations/decorators as written without `@` and arguments (`GetMapping`, `app.route`). */
  annotations: string[];
  /**
   * The arguments of each entry of `annotations`, index for index (`[]` for one written without):
   * Java annotations (`key = value` pairs are keyword arguments, `{a, b}` an array), JavaScript,
   * TypeScript and Python decorators; for NestJS pipes (`@Query('id', ParseIntPipe)`), FastAPI's
   * `response_class=HTMLResponse`, `@Produces(MediaType.TEXT_HTML)`. Absent when none has arguments.
   */
  annotationArgs?: Argument[][];
  isStatic: boolean;
  body: Stmt[];
  loc: Location;
}

export interface ClassDecl {
  name: string;
  /** Python: the first base class that is neither a builtin value type nor a `...Mixin` (`class V(LoginRequiredMixin, View)` extends `View`). */
  superclass?: string;
  /** Field initialisers in declaration order (Java fields, Python class attributes, JS class fields). */
  fields: AssignStmt[];
  methods: FunctionDecl[];
  loc: Location;
}

export interface Import {
  /** The full name imported (`javax.servlet.http.Cookie`, `os.path`, `child_process`). */
  module: string;
  /** The local name it is bound to (`Cookie`, `path`, `cp`). */
  alias: string;
}

/** One source file after lowering. */
export interface SourceModule {
  path: string;
  language: Language;
  imports: Import[];
  classes: ClassDecl[];
  /** Top-level functions (Python, JavaScript). */
  functions: FunctionDecl[];
  /** Top-level statements (Python/JavaScript module code, and the seed article's bare Java snippets). */
  statements: Stmt[];
  /** Every comment with its 1-based line, for inline `rampart-ignore: <rule-id> <reason>` suppressions. */
  comments: { line: number; text: string }[];
  /** Syntax errors tree-sitter recovered from: the file is still analysed, the problem reported. */
  syntaxErrors: Location[];
  lineCount: number;
}
