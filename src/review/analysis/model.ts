import type { CallExpr, Expr, Import, Language, Location, NewExpr } from '../ir';
import type { CategoryName, Value } from './values';

/**
 * What the interpreter tells the library models (src/review/rules/library*.ts) about a call it
 * could not resolve to a function of the program, and what the models answer.
 */
export interface CallSite {
  readonly language: Language;
  readonly path: string;
  readonly loc: Location;
  readonly expr: CallExpr | NewExpr;
  /** The method, or for `new T(...)` the type's simple name. */
  readonly method: string;
  readonly isNew: boolean;
  readonly receiverExpr?: Expr;
  readonly receiver?: Value;
  /** The receiver's class or library kind: its value's type, else its declared type. */
  readonly receiverType?: string;
  /**
   * The module or class the call is made on, dotted (`os.path`, `Runtime`, `child_process`), or,
   * for a plain call of an imported name, the imported name (`subprocess.call`).
   */
  readonly qualifier?: string;
  /** The receiver's last identifier (`request` in `this.request`), for name-based recognition. */
  readonly receiverName?: string;
  /** Positional arguments (keyword arguments are in `keywords`). */
  readonly args: readonly Value[];
  readonly argExprs: readonly Expr[];
  readonly keywords: ReadonlyMap<string, Value>;
  readonly imports: readonly Import[];
  /** The enclosing file imports servlet or Spring web classes. */
  readonly webModule: boolean;
}

/** A value reaching a sink of some category. */
export interface SinkUse {
  readonly category: CategoryName;
  readonly value: Value;
  /** e.g. "Statement.executeQuery", "a shell command", "the HTTP response". */
  readonly what: string;
  /** Report at this location instead of the call (e.g. a keyword argument's line). */
  readonly at?: Location;
  /**
   * For a response body (xss): absent, it is HTML unless the response was declared another type;
   * 'declared', only when declared HTML (Fastify's and WebFlux's string bodies are plain text);
   * 'sniffed', also when undeclared and the text may start with markup (Koa picks the type so).
   */
  readonly html?: 'declared' | 'sniffed';
}

export interface ModelResult {
  readonly result: Value;
  /** The receiver's new value: builders and collections updated in place. */
  readonly receiver?: Value;
  /** Arguments filled in place (`random.nextBytes(iv)`). */
  readonly outArgs?: readonly (readonly [number, Value])[];
  readonly sinks?: readonly SinkUse[];
  /** A flow step to add to the result's taints (e.g. "decoded by Base64.decodeBase64"). */
  readonly step?: string;
  /** Arguments of these indices that are functions get these values for their parameters (callbacks). */
  readonly callbackParams?: readonly Value[];
}

/** A condition that proves a checked expression safe for some categories when true (or false). */
export interface GuardFact {
  readonly subject: Expr;
  /** The state key proven safe when it is not the subject's own (`path.relative(base, p)` proves `p`). */
  readonly key?: string;
  readonly clean: number;
  readonly when: boolean;
}
