import type { Location } from '../ir';
import type { FlowStep } from '../types';
import {
  appendSteps,
  CLEAN,
  deepTaints,
  extendTrail,
  join,
  readProp,
  taintKey,
  trailSteps,
  unionTaints,
  type CategoryName,
  type Label,
  type Taint,
  type Trail,
  type Value,
} from './values';

/** A sink the analysis reached: which rule, where, and the code there (for the fingerprint). */
export interface SinkHit {
  readonly ruleId: string;
  readonly category: CategoryName;
  readonly path: string;
  readonly loc: Location;
  /** What the sink is, for messages: "Statement.executeQuery", "the HTTP response". */
  readonly what: string;
  /** The sink expression's normalised shape. */
  readonly code: string;
  /** `Class.method` or function name the sink is in. */
  readonly enclosing: string;
}

/** A parameter of a summarised function that reaches a sink inside it, with the flow there. */
export interface SinkEntry {
  readonly param: number;
  readonly field?: string;
  readonly clean: number;
  /** From the parameter to the sink, both included. */
  readonly trail: Trail;
  readonly hit: SinkHit;
}

/** What a call of a function does with its arguments, as its callers see it. */
export interface Summary {
  /** The return value; `param` taints stand for what the arguments bring. */
  readonly returns: Value;
  readonly sinks: readonly SinkEntry[];
  /** Fields of `this` the function writes, by name, in terms of the parameters. */
  readonly fieldWrites: ReadonlyMap<string, Value>;
  /** Parameters proven safe for some categories whenever the function returns normally. */
  readonly ensures: ReadonlyMap<number, number>;
  /** Parameters proven safe for some categories when the function returns true. */
  readonly validates: ReadonlyMap<number, number>;
}

export const EMPTY_SUMMARY: Summary = {
  returns: CLEAN,
  sinks: [],
  fieldWrites: new Map(),
  ensures: new Map(),
  validates: new Map(),
};

/** A tainted value that reached a sink: one finding once reported. */
export interface RawFinding {
  readonly hit: SinkHit;
  readonly label: Label;
  readonly origin: FlowStep;
  /** Source to sink. */
  readonly trail: Trail;
}

/** The value of a callee's parameter (or of a field of `this` for param -1) at one call. */
export type ActualOf = (param: number, field: string | undefined) => Value;

/**
 * The callee's `param` taint `formal` seen at a call: each taint the caller passed for that
 * parameter, continued by the callee's flow from the parameter (`formal.trail`).
 */
export function substituteTaint(formal: Taint, actualOf: ActualOf, callStep: FlowStep): readonly Taint[] {
  const actual = actualOf(formal.param ?? 0, formal.field);
  const calleeSteps = trailSteps(formal.trail);
  return deepTaints(actual).map((taint) => continueTaint(taint, formal.clean, callStep, calleeSteps));
}

export function continueTaint(
  taint: Taint,
  clean: number,
  callStep: FlowStep,
  steps: readonly FlowStep[],
): Taint {
  const merged = taint.clean | clean;
  const trail = appendSteps(extendTrail(taint.trail, callStep), steps);
  const key =
    merged === taint.clean
      ? taint.key
      : taintKey(taint.label, taint.origin, merged, taint.param, taint.field);
  return { ...taint, clean: merged, trail, key };
}

/** A callee's value (return value, field written) with its parameter taints replaced by the caller's data. */
export function substituteValue(value: Value, actualOf: ActualOf, callStep: FlowStep, depth = 0): Value {
  let taints: readonly Taint[] = [];
  for (const taint of value.taints) {
    taints = unionTaints(
      taints,
      taint.label === 'param' ? substituteTaint(taint, actualOf, callStep) : [taint],
    );
  }
  const hasParams = value.taints.some((taint) => taint.label === 'param');
  if (depth > 3 || (!value.props && !value.rest)) return hasParams ? { ...value, taints } : value;
  const props = value.props
    ? new Map(
        [...value.props].map(([key, inner]) => [key, substituteValue(inner, actualOf, callStep, depth + 1)]),
      )
    : undefined;
  const rest = value.rest ? substituteValue(value.rest, actualOf, callStep, depth + 1) : undefined;
  return { ...value, taints, props, rest };
}

/** Fields a receiver holds after a call that wrote `writes`, keeping its other contents. */
export function receiverAfterWrites(receiver: Value, writes: ReadonlyMap<string, Value>): Value {
  if (writes.size === 0) return receiver;
  const props = new Map(receiver.props ?? []);
  for (const [field, value] of writes)
    props.set(field, props.has(field) ? join(props.get(field)!, value) : value);
  return { ...receiver, props };
}

/** The value of `this.field` when a callee reads it: the receiver's known field, else the receiver's taints. */
export function fieldOfReceiver(receiver: Value, field: string | undefined): Value {
  return field === undefined ? receiver : readProp(receiver, field);
}
