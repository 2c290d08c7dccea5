/**
 * Thresholds in k6's syntax: `<aggregation> <operator> <value>`, e.g. `p(95)<500`, `rate<0.01`,
 * `count>100`, and relative to a baseline run: `p(95) < baseline * 1.10`.
 */

export type MetricName = 'http_req_duration' | 'http_req_failed' | 'http_reqs' | 'checks';
export type MetricKind = 'trend' | 'rate' | 'counter';

export const METRIC_KINDS: Record<MetricName, MetricKind> = {
  http_req_duration: 'trend',
  http_req_failed: 'rate',
  http_reqs: 'counter',
  checks: 'rate',
};

/**
 * The aggregations k6 allows on each kind of metric, and `count` on a rate metric (how many failed:
 * the source article's FAILURE_THRESHOLD).
 */
const AGGREGATIONS: Record<MetricKind, string[]> = {
  trend: ['avg', 'min', 'max', 'med', 'p(N)'],
  rate: ['rate', 'count'],
  counter: ['count', 'rate'],
};

export type Operator = '<' | '<=' | '>' | '>=' | '==' | '===' | '!=';

/** What a threshold compares with: a number, or the baseline's value of the same aggregation. */
export type Bound =
  { kind: 'number'; value: number } | { kind: 'baseline'; operation?: '*' | '+' | '-'; operand?: number };

export interface Threshold {
  metric: MetricName;
  /** As written, e.g. `p(95)<500`. */
  source: string;
  /** `avg`, `min`, `max`, `med`, `rate`, `count`, or `p(95)`. */
  aggregation: string;
  /** For `p(N)`: N. */
  percentile?: number;
  operator: Operator;
  bound: Bound;
  abortOnFail: boolean;
  /** Milliseconds to wait before an abortOnFail threshold may stop the run. */
  delayAbortEvalMs: number;
}

export class ThresholdSyntaxError extends Error {}

/** Parses one threshold expression of `metric`; throws ThresholdSyntaxError saying what is wrong. */
export function parseThreshold(
  metric: MetricName,
  source: string,
  options: { abortOnFail?: boolean; delayAbortEvalMs?: number } = {},
): Threshold {
  const text = source.trim();
  const { aggregation, percentile, rest } = readAggregation(metric, text);
  const operatorMatch = /^\s*(===|==|!=|<=|>=|<|>)\s*/.exec(rest);
  if (!operatorMatch)
    throw new ThresholdSyntaxError(
      `"${source}": expected an operator (<, <=, >, >=, ==, !=) after ${aggregation}`,
    );
  const operator = operatorMatch[1] as Operator;
  return {
    metric,
    source,
    aggregation,
    percentile,
    operator,
    bound: readBound(source, rest.slice(operatorMatch[0].length).trim()),
    abortOnFail: options.abortOnFail ?? false,
    delayAbortEvalMs: options.delayAbortEvalMs ?? 0,
  };
}

function readAggregation(
  metric: MetricName,
  text: string,
): { aggregation: string; percentile?: number; rest: string } {
  const allowed = AGGREGATIONS[METRIC_KINDS[metric]];
  const percentile = /^p\(\s*(\d+(?:\.\d+)?)\s*\)/.exec(text);
  if (percentile) {
    const value = Number(percentile[1]);
    if (!allowed.includes('p(N)'))
      throw new ThresholdSyntaxError(
        `"${text}": ${metric} has no percentiles (it takes ${allowed.join(', ')})`,
      );
    if (value < 0 || value > 100)
      throw new ThresholdSyntaxError(`"${text}": a percentile is between 0 and 100`);
    return { aggregation: `p(${percentile[1]})`, percentile: value, rest: text.slice(percentile[0].length) };
  }
  const word = /^[a-z]+/.exec(text)?.[0] ?? '';
  if (!allowed.includes(word)) {
    throw new ThresholdSyntaxError(
      `"${text}": ${metric} takes ${allowed.join(', ')}${word ? `, not ${word}` : ''}`,
    );
  }
  return { aggregation: word, rest: text.slice(word.length) };
}

function readBound(source: string, text: string): Bound {
  if (/^-?\d+(?:\.\d+)?(?:e-?\d+)?$/i.test(text)) return { kind: 'number', value: Number(text) };
  const relative = /^baseline(?:\s*([*+-])\s*(\d+(?:\.\d+)?))?$/.exec(text);
  if (relative) {
    return relative[1]
      ? { kind: 'baseline', operation: relative[1] as '*' | '+' | '-', operand: Number(relative[2]) }
      : { kind: 'baseline' };
  }
  throw new ThresholdSyntaxError(
    `"${source}": expected a number or "baseline" (optionally * + - a number) after the operator, not "${text}"`,
  );
}

/** The bound as a number, given the baseline's value of the same aggregation (if there is one). */
export function boundValue(bound: Bound, baseline: number | undefined): number | undefined {
  if (bound.kind === 'number') return bound.value;
  if (baseline === undefined) return undefined;
  switch (bound.operation) {
    case '*':
      return baseline * (bound.operand ?? 1);
    case '+':
      return baseline + (bound.operand ?? 0);
    case '-':
      return baseline - (bound.operand ?? 0);
    default:
      return baseline;
  }
}

export function compare(value: number, operator: Operator, bound: number): boolean {
  switch (operator) {
    case '<':
      return value < bound;
    case '<=':
      return value <= bound;
    case '>':
      return value > bound;
    case '>=':
      return value >= bound;
    case '!=':
      return value !== bound;
    default:
      return value === bound;
  }
}
