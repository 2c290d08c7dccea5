"use strict";
exports.id = 855;
exports.ids = [855];
exports.modules = {

/***/ 6360:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QD: () => (/* binding */ aggregate),
/* harmony export */   S$: () => (/* binding */ evaluateThresholds),
/* harmony export */   "in": () => (/* binding */ abortingThreshold)
/* harmony export */ });
/* unused harmony export evaluateThreshold */
/* harmony import */ var _thresholds__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3111);

/**
 * One aggregation of one metric. Undefined when the metric has no samples: zero requests is never a
 * pass (a count is still a count: `count>=0` passes with none).
 */
function aggregate(measurements, threshold) {
    const { latency, requests, failed, checksPassed, checksTotal, durationMs } = measurements;
    const share = (part, whole) => (whole > 0 ? part / whole : undefined);
    switch (threshold.metric) {
        case 'http_req_duration':
            return measurements.latencySummary
                ? fromSummary(measurements.latencySummary, threshold)
                : fromHistogram(latency, threshold);
        case 'http_req_failed':
            return threshold.aggregation === 'count'
                ? requests > 0
                    ? failed
                    : undefined
                : share(failed, requests);
        case 'http_reqs':
            return threshold.aggregation === 'count' ? requests : share(requests, durationMs / 1000);
        case 'checks':
            return threshold.aggregation === 'count'
                ? checksTotal > 0
                    ? checksPassed
                    : undefined
                : share(checksPassed, checksTotal);
    }
}
function fromHistogram(latency, threshold) {
    if (latency.totalCount === 0)
        return undefined;
    const ms = (microseconds) => microseconds / 1000;
    if (threshold.percentile !== undefined)
        return ms(latency.getValueAtPercentile(threshold.percentile));
    if (threshold.aggregation === 'avg')
        return ms(latency.mean);
    if (threshold.aggregation === 'min')
        return ms(latency.minNonZeroValue);
    if (threshold.aggregation === 'max')
        return ms(latency.maxValue);
    return ms(latency.getValueAtPercentile(50));
}
function fromSummary(summary, threshold) {
    if (threshold.percentile !== undefined)
        return summary.percentilesMs[threshold.percentile];
    if (threshold.aggregation === 'avg')
        return summary.avgMs;
    if (threshold.aggregation === 'min')
        return summary.minMs ?? summary.percentilesMs[0];
    if (threshold.aggregation === 'max')
        return summary.maxMs ?? summary.percentilesMs[100];
    return summary.percentilesMs[50];
}
/** Why a threshold has no value to compare. */
function missingReason(measurements, threshold) {
    const summary = measurements.latencySummary;
    if (!summary || threshold.metric !== 'http_req_duration' || measurements.requests === 0)
        return 'no samples';
    const reported = Object.keys(summary.percentilesMs).map((percentile) => `p(${percentile})`);
    return `the engine reports only avg, min, max and ${reported.join(', ')} of http_req_duration`;
}
function evaluateThreshold(threshold, measurements, baseline) {
    const value = aggregate(measurements, threshold);
    const baselineValue = baseline ? aggregate(baseline, threshold) : undefined;
    const bound = (0,_thresholds__WEBPACK_IMPORTED_MODULE_0__/* .boundValue */ .O)(threshold.bound, baselineValue);
    const common = {
        metric: threshold.metric,
        threshold: threshold.source,
        abortOnFail: threshold.abortOnFail,
    };
    if (value === undefined)
        return {
            ...common,
            bound,
            baseline: baselineValue,
            passed: false,
            reason: missingReason(measurements, threshold),
        };
    if (bound === undefined)
        return { ...common, value, passed: false, reason: 'relative to a baseline, and no baseline was given' };
    return {
        ...common,
        value,
        bound,
        baseline: baselineValue,
        passed: (0,_thresholds__WEBPACK_IMPORTED_MODULE_0__/* .compare */ .UD)(value, threshold.operator, bound),
    };
}
function evaluateThresholds(thresholds, measurements, baseline) {
    return thresholds.map((threshold) => evaluateThreshold(threshold, measurements, baseline));
}
/** The first abortOnFail threshold that fails once its delay has passed, if any. */
function abortingThreshold(thresholds, measurements, elapsedMs) {
    return thresholds
        .filter((threshold) => threshold.abortOnFail && elapsedMs >= threshold.delayAbortEvalMs)
        .map((threshold) => evaluateThreshold(threshold, measurements))
        .find((result) => !result.passed && result.reason === undefined);
}


/***/ }),

/***/ 8946:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H0: () => (/* binding */ emptyMeasurements),
/* harmony export */   HL: () => (/* binding */ newHistogram),
/* harmony export */   Pz: () => (/* binding */ mergeInto),
/* harmony export */   Vi: () => (/* binding */ recordRequest),
/* harmony export */   iu: () => (/* binding */ deserialize),
/* harmony export */   lK: () => (/* binding */ serialize)
/* harmony export */ });
/* harmony import */ var hdr_histogram_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2960);

/** 60 s in microseconds: a request that took longer is recorded as 60 s. */
const HIGHEST_MICROSECONDS = 60_000_000;
function newHistogram() {
    return (0,hdr_histogram_js__WEBPACK_IMPORTED_MODULE_0__/* .build */ .jq)({
        lowestDiscernibleValue: 1,
        highestTrackableValue: HIGHEST_MICROSECONDS,
        numberOfSignificantValueDigits: 3,
    });
}
function emptyMeasurements() {
    return {
        latency: newHistogram(),
        requests: 0,
        failed: 0,
        timeouts: 0,
        connectionErrors: 0,
        unexpectedStatus: 0,
        checksPassed: 0,
        checksTotal: 0,
        dropped: 0,
        durationMs: 0,
        timeline: [],
    };
}
/** Records one request: its latency (from the intended start) and how it ended. */
function recordRequest(measurements, outcome) {
    const microseconds = Math.min(HIGHEST_MICROSECONDS, Math.max(1, Math.round(outcome.latencyMs * 1000)));
    const failed = outcome.kind !== 'ok';
    measurements.latency.recordValue(microseconds);
    measurements.requests++;
    if (failed)
        measurements.failed++;
    if (outcome.kind === 'timeout')
        measurements.timeouts++;
    if (outcome.kind === 'connection-error')
        measurements.connectionErrors++;
    if (outcome.kind === 'unexpected-status')
        measurements.unexpectedStatus++;
    if (outcome.checked) {
        measurements.checksTotal++;
        if (!failed)
            measurements.checksPassed++;
    }
    const point = pointAt(measurements, outcome.second);
    point.requests++;
    if (failed)
        point.failed++;
    point.latency.recordValue(microseconds);
}
function pointAt(measurements, second) {
    let point = measurements.timeline[second];
    if (!point) {
        for (let index = measurements.timeline.length; index <= second; index++) {
            measurements.timeline[index] = { second: index, requests: 0, failed: 0, latency: newHistogram() };
        }
        point = measurements.timeline[second];
    }
    return point;
}
/** `into` becomes the merge of both: histograms added, counts summed, timelines added by second. */
function mergeInto(into, other) {
    if (into.latencySummary || other.latencySummary) {
        throw new Error('measurements reported as summary statistics (percentiles, not samples) cannot be merged exactly');
    }
    into.latency.add(other.latency);
    for (const key of [
        'requests',
        'failed',
        'timeouts',
        'connectionErrors',
        'unexpectedStatus',
        'checksPassed',
        'checksTotal',
        'dropped',
    ]) {
        into[key] += other[key];
    }
    into.durationMs = Math.max(into.durationMs, other.durationMs);
    for (const point of other.timeline) {
        const target = pointAt(into, point.second);
        target.requests += point.requests;
        target.failed += point.failed;
        target.latency.add(point.latency);
    }
}
function serialize(measurements) {
    return {
        ...measurements,
        latency: (0,hdr_histogram_js__WEBPACK_IMPORTED_MODULE_0__/* .encodeIntoCompressedBase64 */ .dH)(measurements.latency),
        timeline: measurements.timeline.map((point) => ({
            ...point,
            latency: (0,hdr_histogram_js__WEBPACK_IMPORTED_MODULE_0__/* .encodeIntoCompressedBase64 */ .dH)(point.latency),
        })),
    };
}
function deserialize(serialized) {
    return {
        ...serialized,
        latency: widen((0,hdr_histogram_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeFromCompressedBase64 */ .Vc)(serialized.latency)),
        timeline: serialized.timeline.map((point) => ({
            ...point,
            latency: widen((0,hdr_histogram_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeFromCompressedBase64 */ .Vc)(point.latency)),
        })),
    };
}
/** A decoded histogram in the same shape as newHistogram's, so that any two can be added. */
function widen(decoded) {
    const histogram = newHistogram();
    histogram.add(decoded);
    return histogram;
}


/***/ }),

/***/ 4750:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A8: () => (/* binding */ thresholdUnit),
/* harmony export */   E0: () => (/* binding */ verdictWord),
/* harmony export */   Fl: () => (/* binding */ formatValue),
/* harmony export */   G2: () => (/* binding */ thresholdTable),
/* harmony export */   X7: () => (/* binding */ keyMetrics),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   at: () => (/* binding */ niceTicks),
/* harmony export */   cN: () => (/* binding */ NO_TIMELINE),
/* harmony export */   e$: () => (/* binding */ describeAbort),
/* harmony export */   gj: () => (/* binding */ resultKeyMetrics),
/* harmony export */   pt: () => (/* binding */ keyMetricsTable),
/* harmony export */   t9: () => (/* binding */ timelineCharts),
/* harmony export */   vZ: () => (/* binding */ describeRun)
/* harmony export */ });
/* unused harmony exports changes, timelineSeries */
/* harmony import */ var _runtime_duration__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1170);
/* harmony import */ var _gate__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6360);
/* harmony import */ var _metrics__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8946);



const KEY_METRIC_LABELS = {
    requests: { label: 'requests', unit: 'count' },
    rps: { label: 'throughput', unit: 'per-second' },
    failed: { label: 'failed requests', unit: 'count' },
    failedRate: { label: 'failure rate', unit: 'share' },
    timeouts: { label: 'timeouts', unit: 'count' },
    connectionErrors: { label: 'connection errors', unit: 'count' },
    unexpectedStatus: { label: 'unexpected status', unit: 'count' },
    dropped: { label: 'dropped arrivals', unit: 'count' },
    checksRate: { label: 'checks passed', unit: 'share' },
    latencyAvgMs: { label: 'latency avg', unit: 'ms' },
    latencyP50Ms: { label: 'latency p50', unit: 'ms' },
    latencyP90Ms: { label: 'latency p90', unit: 'ms' },
    latencyP95Ms: { label: 'latency p95', unit: 'ms' },
    latencyP99Ms: { label: 'latency p99', unit: 'ms' },
    latencyMaxMs: { label: 'latency max', unit: 'ms' },
};
/** Aggregated as the thresholds aggregate, so a report never disagrees with the gate. */
function keyMetrics(measurements) {
    const latency = (aggregation, percentile) => (0,_gate__WEBPACK_IMPORTED_MODULE_1__/* .aggregate */ .QD)(measurements, { metric: 'http_req_duration', aggregation, percentile });
    return {
        requests: measurements.requests,
        rps: (0,_gate__WEBPACK_IMPORTED_MODULE_1__/* .aggregate */ .QD)(measurements, { metric: 'http_reqs', aggregation: 'rate' }),
        failed: measurements.failed,
        failedRate: (0,_gate__WEBPACK_IMPORTED_MODULE_1__/* .aggregate */ .QD)(measurements, { metric: 'http_req_failed', aggregation: 'rate' }),
        timeouts: measurements.timeouts,
        connectionErrors: measurements.connectionErrors,
        unexpectedStatus: measurements.unexpectedStatus,
        dropped: measurements.dropped,
        checksRate: (0,_gate__WEBPACK_IMPORTED_MODULE_1__/* .aggregate */ .QD)(measurements, { metric: 'checks', aggregation: 'rate' }),
        latencyAvgMs: latency('avg'),
        latencyP50Ms: latency('p(50)', 50),
        latencyP90Ms: latency('p(90)', 90),
        latencyP95Ms: latency('p(95)', 95),
        latencyP99Ms: latency('p(99)', 99),
        latencyMaxMs: latency('max'),
    };
}
function change(current, baseline) {
    if (current === undefined || baseline === undefined)
        return undefined;
    const absolute = current - baseline;
    return { absolute, percent: baseline === 0 ? undefined : (absolute / baseline) * 100 };
}
/** Per metric, how the current run differs from the baseline (absent where either has no value). */
function changes(current, baseline) {
    const entries = Object.keys(KEY_METRIC_LABELS)
        .map((name) => [name, change(current[name], baseline[name])])
        .filter(([, difference]) => difference !== undefined);
    return Object.fromEntries(entries);
}
/**
 * The per-second timeline in at most `maxPoints` buckets of equal length. A bucket's p95 comes from
 * the merge of its seconds' histograms: an average of per-second percentiles would be no percentile.
 */
function timelineSeries(measurements, maxPoints = Infinity) {
    const { timeline } = measurements;
    const size = Math.max(1, Math.ceil(timeline.length / maxPoints));
    const buckets = [];
    for (let start = 0; start < timeline.length; start += size) {
        const points = timeline.slice(start, start + size);
        const latency = (0,_metrics__WEBPACK_IMPORTED_MODULE_2__/* .newHistogram */ .HL)();
        for (const point of points)
            latency.add(point.latency);
        const requests = points.reduce((sum, point) => sum + point.requests, 0);
        buckets.push({
            startSecond: points[0]?.second ?? start,
            seconds: points.length,
            rps: requests / points.length,
            p95Ms: latency.totalCount > 0 ? latency.getValueAtPercentile(95) / 1000 : undefined,
            failed: points.reduce((sum, point) => sum + point.failed, 0),
        });
    }
    return buckets;
}
const NO_TIMELINE = 'No per-second timeline was recorded.';
/** The two charts of every report, latency p95 and throughput over time; none without a timeline. */
function timelineCharts(measurements, maxPoints) {
    const buckets = timelineSeries(measurements, maxPoints);
    if (buckets.length === 0)
        return [];
    const bucketSeconds = buckets[0]?.seconds ?? 1;
    const per = bucketSeconds === 1 ? 'per second' : `per ${bucketSeconds} s`;
    const chart = (title, unit, value) => ({
        title: `${title}, ${per}`,
        unit,
        bucketSeconds,
        points: buckets.map((bucket) => ({ second: bucket.startSecond, value: value(bucket) })),
    });
    return [
        chart('Latency p95 (ms)', 'ms', (bucket) => bucket.p95Ms),
        chart('Throughput (requests/s)', 'requests/s', (bucket) => bucket.rps),
    ];
}
/** Zero and evenly spaced round numbers up to at least `max`, about `count` of them. */
function niceTicks(max, count = 5) {
    if (!(max > 0))
        return [0, 1];
    const rough = max / count;
    const magnitude = 10 ** Math.floor(Math.log10(rough));
    const step = ([1, 2, 5, 10].find((factor) => factor * magnitude >= rough) ?? 10) * magnitude;
    const ticks = [0];
    while (ticks[ticks.length - 1] < max)
        ticks.push(Number((ticks.length * step).toPrecision(12)));
    return ticks;
}
function formatNumber(value) {
    if (Number.isInteger(value))
        return String(value);
    const magnitude = Math.abs(value);
    const text = magnitude >= 100 ? value.toFixed(1) : magnitude >= 1 ? value.toFixed(2) : value.toPrecision(2);
    return String(Number(text));
}
function formatValue(value, unit) {
    if (value === undefined)
        return '—';
    switch (unit) {
        case 'ms':
            return `${formatNumber(value)} ms`;
        case 'per-second':
            return `${formatNumber(value)}/s`;
        case 'share':
            return `${formatNumber(value * 100)}%`;
        default:
            return formatNumber(value);
    }
}
function formatChange(difference, unit) {
    if (!difference)
        return '—';
    const sign = (value) => (value > 0 ? '+' : '');
    const absolute = unit === 'share'
        ? `${sign(difference.absolute)}${formatNumber(difference.absolute * 100)} pp`
        : `${sign(difference.absolute)}${formatValue(difference.absolute, unit)}`;
    return difference.percent === undefined
        ? absolute
        : `${absolute} (${sign(difference.percent)}${formatNumber(difference.percent)}%)`;
}
/** The unit a threshold's value is in: its metric's, or a plain number for `count`. */
function thresholdUnit(threshold) {
    if (threshold.metric === 'http_req_duration')
        return 'ms';
    if (/^\s*count\b/.test(threshold.threshold))
        return 'count';
    return threshold.metric === 'http_reqs' ? 'per-second' : 'share';
}
function thresholdTable(verdict, withBaseline) {
    const header = [
        'metric',
        'threshold',
        'measured',
        ...(withBaseline ? ['baseline', 'change'] : []),
        'result',
    ];
    const rows = verdict.thresholds.map((threshold) => {
        const unit = thresholdUnit(threshold);
        const compared = withBaseline
            ? [
                formatValue(threshold.baseline, unit),
                formatChange(change(threshold.value, threshold.baseline), unit),
            ]
            : [];
        return [
            threshold.metric,
            threshold.threshold,
            measuredCell(threshold, unit),
            ...compared,
            threshold.passed ? '✅' : '❌',
        ];
    });
    return { header, rows };
}
function measuredCell(threshold, unit) {
    const notes = [
        threshold.reason,
        /\bbaseline\b/.test(threshold.threshold) && threshold.bound !== undefined
            ? `bound ${formatValue(threshold.bound, unit)}`
            : undefined,
    ].filter(Boolean);
    return `${formatValue(threshold.value, unit)}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`;
}
function keyMetricsTable(current, baseline) {
    const differences = baseline ? changes(current, baseline) : {};
    const rows = Object.keys(KEY_METRIC_LABELS).map((name) => {
        const { label, unit } = KEY_METRIC_LABELS[name];
        const compared = baseline
            ? [formatValue(baseline[name], unit), formatChange(differences[name], unit)]
            : [];
        return [label, formatValue(current[name], unit), ...compared];
    });
    return { header: ['metric', 'value', ...(baseline ? ['baseline', 'change'] : [])], rows };
}
function resultKeyMetrics(result) {
    return keyMetrics((0,_metrics__WEBPACK_IMPORTED_MODULE_2__/* .deserialize */ .iu)(result.measurements));
}
function verdictWord(verdict) {
    return verdict.passed ? '✅ PASS' : '❌ FAIL';
}
/** One line saying what ran: target, engine, executor, length, start, shard. */
function describeRun(result) {
    const { scenario, engine, shard, startedAt, measurements } = result;
    return [
        scenario.target,
        `${engine} engine`,
        scenario.executor,
        (0,_runtime_duration__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(measurements.durationMs),
        `started ${startedAt}`,
        shard ? `shard ${shard.index}/${shard.count}` : '',
    ]
        .filter(Boolean)
        .join(', ');
}
function describeAbort(aborted) {
    return `aborted after ${(0,_runtime_duration__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(aborted.atMs)} by the abortOnFail threshold ${aborted.threshold}`;
}


/***/ }),

/***/ 910:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AL: () => (/* binding */ loadResult),
/* harmony export */   S4: () => (/* binding */ judge),
/* harmony export */   n0: () => (/* binding */ mergeResults)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _runtime_files__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2191);
/* harmony import */ var _gate__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6360);
/* harmony import */ var _metrics__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8946);




function judge(result, baseline) {
    const thresholds = (0,_gate__WEBPACK_IMPORTED_MODULE_2__/* .evaluateThresholds */ .S$)(result.scenario.thresholds, (0,_metrics__WEBPACK_IMPORTED_MODULE_3__/* .deserialize */ .iu)(result.measurements), baseline && (0,_metrics__WEBPACK_IMPORTED_MODULE_3__/* .deserialize */ .iu)(baseline.measurements));
    return {
        passed: !result.aborted && thresholds.every((threshold) => threshold.passed),
        thresholds,
        aborted: result.aborted,
    };
}
/**
 * Merges the shards of one run: histograms added (the merged percentiles are those of all the
 * samples, never an average of percentiles), counts summed. The shards must be of one scenario.
 */
function mergeResults(results) {
    const [first] = results;
    if (!first)
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(['nothing to merge: give the result files of the shards']);
    const others = results.filter((result) => JSON.stringify(result.scenario) !== JSON.stringify(first.scenario));
    if (others.length > 0) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d([
            `the results are of different scenarios or thresholds (${first.scenario.name} and ${others[0]?.scenario.name}): merge the shards of one run only`,
        ]);
    }
    const summarized = results.find((result) => result.measurements.latencySummary);
    if (summarized) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d([
            `a ${summarized.engine} result holds latency percentiles, not samples, and cannot be merged exactly: judge it on its own`,
        ]);
    }
    const merged = (0,_metrics__WEBPACK_IMPORTED_MODULE_3__/* .emptyMeasurements */ .H0)();
    for (const result of results)
        (0,_metrics__WEBPACK_IMPORTED_MODULE_3__/* .mergeInto */ .Pz)(merged, (0,_metrics__WEBPACK_IMPORTED_MODULE_3__/* .deserialize */ .iu)(result.measurements));
    const aborted = results.find((result) => result.aborted)?.aborted;
    const startedAt = results.map((result) => result.startedAt).sort()[0] ?? first.startedAt;
    return { ...first, shard: undefined, startedAt, aborted, measurements: (0,_metrics__WEBPACK_IMPORTED_MODULE_3__/* .serialize */ .lK)(merged) };
}
/** Reads a result file, checking that it is one. */
async function loadResult(file) {
    const text = await (0,_runtime_files__WEBPACK_IMPORTED_MODULE_1__/* .readInputFile */ .jH)(file, 'load-test result');
    let result;
    try {
        result = JSON.parse(text);
    }
    catch (error) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d([`${file}: not JSON: ${error.message}`]);
    }
    if (result?.kind !== 'load-test-result' || result.version !== 1 || !result.measurements?.latency) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d([
            `${file}: not a Rampart load-test result (rampart load-test run --out FILE writes one)`,
        ]);
    }
    return result;
}


/***/ }),

/***/ 3111:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B7: () => (/* binding */ parseThreshold),
/* harmony export */   O: () => (/* binding */ boundValue),
/* harmony export */   Rc: () => (/* binding */ METRIC_KINDS),
/* harmony export */   UD: () => (/* binding */ compare),
/* harmony export */   Vt: () => (/* binding */ ThresholdSyntaxError)
/* harmony export */ });
/**
 * Thresholds in k6's syntax: `<aggregation> <operator> <value>`, e.g. `p(95)<500`, `rate<0.01`,
 * `count>100`, and relative to a baseline run: `p(95) < baseline * 1.10`.
 */
const METRIC_KINDS = {
    http_req_duration: 'trend',
    http_req_failed: 'rate',
    http_reqs: 'counter',
    checks: 'rate',
};
/**
 * The aggregations k6 allows on each kind of metric, and `count` on a rate metric (how many failed:
 * the source article's FAILURE_THRESHOLD).
 */
const AGGREGATIONS = {
    trend: ['avg', 'min', 'max', 'med', 'p(N)'],
    rate: ['rate', 'count'],
    counter: ['count', 'rate'],
};
class ThresholdSyntaxError extends Error {
}
/** Parses one threshold expression of `metric`; throws ThresholdSyntaxError saying what is wrong. */
function parseThreshold(metric, source, options = {}) {
    const text = source.trim();
    const { aggregation, percentile, rest } = readAggregation(metric, text);
    const operatorMatch = /^\s*(===|==|!=|<=|>=|<|>)\s*/.exec(rest);
    if (!operatorMatch)
        throw new ThresholdSyntaxError(`"${source}": expected an operator (<, <=, >, >=, ==, !=) after ${aggregation}`);
    const operator = operatorMatch[1];
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
function readAggregation(metric, text) {
    const allowed = AGGREGATIONS[METRIC_KINDS[metric]];
    const percentile = /^p\(\s*(\d+(?:\.\d+)?)\s*\)/.exec(text);
    if (percentile) {
        const value = Number(percentile[1]);
        if (!allowed.includes('p(N)'))
            throw new ThresholdSyntaxError(`"${text}": ${metric} has no percentiles (it takes ${allowed.join(', ')})`);
        if (value < 0 || value > 100)
            throw new ThresholdSyntaxError(`"${text}": a percentile is between 0 and 100`);
        return { aggregation: `p(${percentile[1]})`, percentile: value, rest: text.slice(percentile[0].length) };
    }
    const word = /^[a-z]+/.exec(text)?.[0] ?? '';
    if (!allowed.includes(word)) {
        throw new ThresholdSyntaxError(`"${text}": ${metric} takes ${allowed.join(', ')}${word ? `, not ${word}` : ''}`);
    }
    return { aggregation: word, rest: text.slice(word.length) };
}
function readBound(source, text) {
    if (/^-?\d+(?:\.\d+)?(?:e-?\d+)?$/i.test(text))
        return { kind: 'number', value: Number(text) };
    const relative = /^baseline(?:\s*([*+-])\s*(\d+(?:\.\d+)?))?$/.exec(text);
    if (relative) {
        return relative[1]
            ? { kind: 'baseline', operation: relative[1], operand: Number(relative[2]) }
            : { kind: 'baseline' };
    }
    throw new ThresholdSyntaxError(`"${source}": expected a number or "baseline" (optionally * + - a number) after the operator, not "${text}"`);
}
/** The bound as a number, given the baseline's value of the same aggregation (if there is one). */
function boundValue(bound, baseline) {
    if (bound.kind === 'number')
        return bound.value;
    if (baseline === undefined)
        return undefined;
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
function compare(value, operator, bound) {
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


/***/ }),

/***/ 1170:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   Er: () => (/* binding */ parseTimeLimit),
/* harmony export */   a3: () => (/* binding */ formatDuration)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

/** Durations as k6 writes them (`500ms`, `30s`, `1m30s`, `2h`): scenario files, timeouts, time limits. */
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/** Milliseconds, or undefined when the text is not a duration. */
function parseDuration(text) {
    if (!/^(?:\d+(?:\.\d+)?(?:ms|s|m|h))+$/.test(text))
        return undefined;
    let total = 0;
    for (const [, amount, unit] of text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)) {
        total += Number(amount) * (UNIT_MS[unit] ?? 0);
    }
    return total;
}
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    const seconds = Math.round(ms / 1000);
    return seconds < 60
        ? `${seconds}s`
        : `${Math.floor(seconds / 60)}m${seconds % 60 ? `${seconds % 60}s` : ''}`;
}
/** A time limit the user gave (`what` names the flag or input), in milliseconds. */
function parseTimeLimit(text, what) {
    const ms = parseDuration(text);
    if (!ms)
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d([`${what} "${text}" must be a duration such as 90s, 45m or 1h30m`]);
    return ms;
}


/***/ }),

/***/ 2191:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ez: () => (/* binding */ writeTextAtomically),
/* harmony export */   FH: () => (/* binding */ readJsonInputFile),
/* harmony export */   jH: () => (/* binding */ readInputFile),
/* harmony export */   ti: () => (/* binding */ writeJsonAtomically)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);



/** Reads a file the user named; a missing or unreadable file is bad input (`what` says what it was for). */
async function readInputFile(file, what) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (error) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d([`${file}: cannot read ${what}: ${error.message}`]);
    }
}
/** Reads and parses a JSON file the user named; unreadable or malformed, it is bad input naming the file. */
async function readJsonInputFile(file, what) {
    const text = await readInputFile(file, what);
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d([`${file}: the ${what} is not JSON: ${error.message}`]);
    }
}
/** Writes through a temporary file and a rename, so that readers never see half a file. */
async function writeTextAtomically(path, text) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(temporary, text);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(temporary, path);
}
function writeJsonAtomically(path, value) {
    return writeTextAtomically(path, `${JSON.stringify(value, null, 2)}\n`);
}


/***/ })

};
;