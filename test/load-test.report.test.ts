import {
  emptyMeasurements,
  type Measurements,
  type Outcome,
  recordRequest,
  serialize,
} from '../src/load-test/metrics';
import { judge, type LoadTestResult } from '../src/load-test/result';
import { type MetricName, parseThreshold, type Threshold } from '../src/load-test/thresholds';
import { htmlReport } from '../src/load-test/report/html';
import { junitReport } from '../src/load-test/report/junit';
import { markdownReport } from '../src/load-test/report/markdown';
import { progressLine } from '../src/load-test/report/progress';
import { changes, keyMetrics, timelineSeries } from '../src/load-test/report/summary';

const TARGET = 'https://dev.example.com';
const ODD_NAME = 'api <v2> & "beta" | canary';

/** `seconds` seconds of 100 requests each, taking 1..100 ms times `scale`; every 20th fails. */
function steadyRun(seconds: number, scale = 1): Measurements {
  const measurements = emptyMeasurements();
  for (let second = 0; second < seconds; second++) {
    for (let index = 0; index < 100; index++) {
      const kind: Outcome = index % 20 === 0 ? 'unexpected-status' : 'ok';
      recordRequest(measurements, { kind, latencyMs: (index + 1) * scale, second, checked: true });
    }
  }
  measurements.durationMs = seconds * 1000;
  return measurements;
}

function threshold(metric: MetricName, source: string): Threshold {
  return parseThreshold(metric, source);
}

const THRESHOLDS = [
  threshold('http_req_duration', 'p(95)<500'),
  threshold('http_req_duration', 'p(99)<50'),
  threshold('http_req_failed', 'rate<0.01'),
  threshold('http_reqs', 'count>100'),
  threshold('checks', 'rate>0.9'),
];

function resultOf(
  measurements: Measurements,
  thresholds: Threshold[] = THRESHOLDS,
  extra: Partial<LoadTestResult> = {},
): LoadTestResult {
  return {
    tool: 'rampart',
    kind: 'load-test-result',
    version: 1,
    engine: 'local',
    scenario: { name: 'checkout-api', target: TARGET, executor: 'constant-arrival-rate', thresholds },
    startedAt: '2024-05-01T10:00:00.000Z',
    measurements: serialize(measurements),
    ...extra,
  };
}

function withName(result: LoadTestResult, name: string): LoadTestResult {
  return { ...result, scenario: { ...result.scenario, name } };
}

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
}

/** Enough of an XML reader for the report: every tag closed in order, attribute values escaped. */
function readXml(xml: string): XmlElement[] {
  const body = xml.replace(/^<\?xml[^>]*\?>\s*/, '');
  const open: string[] = [];
  const elements: XmlElement[] = [];
  const decode = (text: string) =>
    text.replace(
      /&(lt|gt|quot|#39|amp);/g,
      (_, entity: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[entity] as string,
    );
  for (const [, closing, name, attributeText, selfClosing] of body.matchAll(
    /<(\/?)([\w-]+)((?:\s+[\w-]+="[^"<]*")*)\s*(\/?)>/g,
  )) {
    if (closing) {
      expect(open.pop()).toBe(name);
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const [, key, value] of (attributeText ?? '').matchAll(/([\w-]+)="([^"]*)"/g)) {
      expect(value).not.toMatch(/&(?!(lt|gt|quot|#39|amp);)/);
      attributes[key as string] = decode(value as string);
    }
    elements.push({ name: name as string, attributes });
    if (!selfClosing) open.push(name as string);
  }
  expect(open).toEqual([]);
  expect(body.replace(/<[^>]*>/g, '').trim()).toBe('');
  return elements;
}

describe('key metrics and the timeline', () => {
  it('aggregates requests, failures, checks and latency percentiles', () => {
    const metrics = keyMetrics(steadyRun(10));
    expect(metrics).toMatchObject({
      requests: 1000,
      rps: 100,
      failed: 50,
      failedRate: 0.05,
      unexpectedStatus: 50,
      timeouts: 0,
      checksRate: 0.95,
    });
    expect(metrics.latencyAvgMs).toBeCloseTo(50.5, 0);
    expect(metrics.latencyP50Ms).toBeCloseTo(50, 0);
    expect(metrics.latencyP95Ms).toBeCloseTo(95, 0);
    expect(metrics.latencyP99Ms).toBeCloseTo(99, 0);
    expect(metrics.latencyMaxMs).toBeCloseTo(100, 0);
  });

  it('gives the change against a baseline, absolute and in percent', () => {
    const difference = changes(keyMetrics(steadyRun(10)), keyMetrics(steadyRun(5, 0.5)));
    expect(difference.requests).toEqual({ absolute: 500, percent: 100 });
    expect(difference.rps).toEqual({ absolute: 0, percent: 0 });
    expect(difference.latencyP95Ms?.percent).toBeCloseTo(100, -1);
  });

  it('merges the histograms of a bucket for its p95 rather than averaging percentiles', () => {
    const measurements = emptyMeasurements();
    for (let second = 0; second < 600; second++) {
      recordRequest(measurements, { kind: 'ok', latencyMs: (second % 10) + 1, second, checked: false });
    }
    expect(timelineSeries(measurements)).toHaveLength(600);
    const buckets = timelineSeries(measurements, 60);
    expect(buckets).toHaveLength(60);
    expect(buckets[1]).toMatchObject({ startSecond: 10, seconds: 10, rps: 1, failed: 0 });
    // The seconds' own p95s average 5.5 ms; the bucket's samples, 1..10 ms, have a p95 of 10 ms.
    expect(buckets[0]?.p95Ms).toBeCloseTo(10, 1);
  });
});

describe('junitReport', () => {
  const result = withName(resultOf(steadyRun(10)), ODD_NAME);
  const verdict = judge(result);

  it('has one test case per threshold and a failure for each failed one', () => {
    const elements = readXml(junitReport(result, verdict));
    const cases = elements.filter((element) => element.name === 'testcase');
    const failures = elements.filter((element) => element.name === 'failure');
    const failedThresholds = verdict.thresholds.filter((outcome) => !outcome.passed);
    expect(cases).toHaveLength(THRESHOLDS.length);
    expect(failedThresholds).toHaveLength(2);
    expect(failures).toHaveLength(failedThresholds.length);
    const suite = elements.find((element) => element.name === 'testsuite');
    expect(suite?.attributes).toMatchObject({ name: ODD_NAME, tests: '5', failures: '2', time: '10.000' });
    expect(failures[0]?.attributes.message).toMatch(/^measured 99(\.\d+)? ms, bound 50 ms \(p\(99\)<50\)$/);
    expect(failures[1]?.attributes.message).toBe('measured 5%, bound 1% (rate<0.01)');
  });

  it('escapes names and class names', () => {
    const xml = junitReport(result, verdict);
    expect(xml).toContain('name="http_req_duration p(95)&lt;500"');
    expect(xml).toContain('classname="rampart.load-test.api &lt;v2&gt; &amp; &quot;beta&quot; | canary"');
    const first = readXml(xml).find((element) => element.name === 'testcase');
    expect(first?.attributes).toEqual({
      name: 'http_req_duration p(95)<500',
      classname: `rampart.load-test.${ODD_NAME}`,
      time: '0',
    });
  });

  it('drops the control characters XML 1.0 cannot hold', () => {
    expect(junitReport(withName(result, 'bell\u0007'), verdict)).toContain('<testsuite name="bell" ');
  });

  it('reports an abort as a failed test case of its own', () => {
    const aborted = resultOf(steadyRun(10), [THRESHOLDS[0] as Threshold], {
      aborted: { threshold: 'p(99)<50', atMs: 3000 },
    });
    const elements = readXml(junitReport(aborted, judge(aborted)));
    expect(elements.filter((element) => element.name === 'testcase')).toHaveLength(2);
    const failures = elements.filter((element) => element.name === 'failure');
    expect(failures.map((failure) => failure.attributes.message)).toEqual([
      'aborted after 3s by the abortOnFail threshold p(99)<50',
    ]);
  });
});

describe('markdownReport', () => {
  const result = resultOf(steadyRun(10));
  const markdown = markdownReport(result, judge(result));

  it('heads with the verdict and tabulates the thresholds with their results', () => {
    expect(markdown).toMatch(/^### Load test checkout-api: ❌ FAIL\n/);
    expect(markdown).toContain(
      '\n\nhttps://dev.example.com, local engine, constant-arrival-rate, 10s, started 2024-05-01T10:00:00.000Z\n\n',
    );
    expect(markdown).toContain('| metric | threshold | measured | result |');
    expect(markdown).toMatch(/\| http_req_duration \| p\(95\)&#60;500 \| 95(\.\d+)? ms \| ✅ \|/);
    expect(markdown).toMatch(/\| http_req_duration \| p\(99\)&#60;50 \| 99(\.\d+)? ms \| ❌ \|/);
    expect(markdown).toContain('| http_req_failed | rate&#60;0.01 | 5% | ❌ |');
    expect(markdown).toContain('| http_reqs | count&#62;100 | 1000 | ✅ |');
    expect(markdown).toContain('| checks | rate&#62;0.9 | 95% | ✅ |');
  });

  it('tabulates the key metrics', () => {
    expect(markdown).toContain('| requests | 1000 |');
    expect(markdown).toContain('| throughput | 100/s |');
    expect(markdown).toContain('| failure rate | 5% |');
    expect(markdown).toContain('| unexpected status | 50 |');
    expect(markdown).toMatch(/\| latency p95 \| 95(\.\d+)? ms \|/);
  });

  it('draws latency and throughput as mermaid charts, a point per second', () => {
    const charts = [...markdown.matchAll(/```mermaid\nxychart-beta\n([\s\S]*?)```/g)].map(
      (match) => match[1],
    );
    expect(charts).toHaveLength(2);
    for (const chart of charts) {
      expect(chart).toMatch(/x-axis "second" \["0", "1", .*"9"\]/);
      expect(/ line \[(.*)\]/.exec(chart ?? '')?.[1]?.split(', ')).toHaveLength(10);
    }
    expect(charts[1]).toContain('line [100, 100, 100, 100, 100, 100, 100, 100, 100, 100]');
  });

  it('downsamples a 600-second run to 60 points', () => {
    const long = resultOf(steadyRun(600), []);
    const report = markdownReport(long, judge(long));
    const charts = [...report.matchAll(/x-axis "second" \[(.*)\]\n.*\n\s+line \[(.*)\]/g)];
    expect(charts).toHaveLength(2);
    for (const [, labels, values] of charts) {
      expect(labels?.split(', ')).toHaveLength(60);
      expect(labels?.split(', ').slice(0, 3)).toEqual(['"0"', '"10"', '"20"']);
      expect(values?.split(', ')).toHaveLength(60);
    }
    expect(report).toContain('Latency p95 (ms), per 10 s');
  });

  it('escapes pipes and angle brackets in cells and headings', () => {
    const odd = withName(result, ODD_NAME);
    const heading = markdownReport(odd, judge(odd)).split('\n')[0];
    expect(heading).toBe('### Load test api &#60;v2&#62; & "beta" &#124; canary: ❌ FAIL');
  });

  it('shows the baseline and the change when given one', () => {
    const baseline = resultOf(steadyRun(5, 0.5));
    const relative = [...THRESHOLDS, threshold('http_req_duration', 'p(95) < baseline * 1.10')];
    const current = resultOf(steadyRun(10), relative);
    const report = markdownReport(current, judge(current, baseline), baseline);
    expect(report).toContain('| metric | threshold | measured | baseline | change | result |');
    expect(report).toMatch(
      /\| http_req_duration \| p\(95\)&#60;500 \| 95(\.\d+)? ms \| 47\.\d+ ms \| \+4\d(\.\d+)? ms \(\+\d+(\.\d+)?%\) \| ✅ \|/,
    );
    expect(report).toMatch(
      /\| p\(95\) &#60; baseline \* 1\.10 \| 95(\.\d+)? ms \(bound 52\.\d+ ms\) \|.*\| ❌ \|/,
    );
    expect(report).toContain('| metric | value | baseline | change |');
    expect(report).toContain('| requests | 1000 | 500 | +500 (+100%) |');
    expect(report).toContain('| failure rate | 5% | 5% | 0 pp (0%) |');
  });
});

describe('htmlReport', () => {
  const result = withName(resultOf(steadyRun(10)), ODD_NAME);
  const html = htmlReport(result, judge(result));

  it('is one self-contained page: nothing to fetch', () => {
    expect(html).not.toMatch(/<script|<link|<img|<iframe|src=|href=|url\(|@import/i);
    expect(html.split(TARGET).join('')).not.toMatch(/https?:/);
    expect(html).toMatch(/^<!doctype html>/);
  });

  it('draws two SVG charts with axes and tick labels', () => {
    expect(html.match(/<svg /g)).toHaveLength(2);
    expect(html.match(/<\/svg>/g)).toHaveLength(2);
    expect(html).toContain('>0s</text>');
    expect(html).toContain('>100</text>');
    expect(html).toMatch(/<path class="series" d="M[\d.]+,[\d.]+( L[\d.]+,[\d.]+){9}"\/>/);
  });

  it('escapes every text and holds the same tables', () => {
    expect(html).not.toContain('<v2>');
    expect(html).toContain('Load test api &lt;v2&gt; &amp; &quot;beta&quot; | canary');
    expect(html).toContain('<td>p(95)&lt;500</td>');
    expect(html).toContain('<td>failure rate</td><td>5%</td>');
    expect(html.match(/<td>❌<\/td>/g)).toHaveLength(2);
  });
});

describe('progressLine', () => {
  it('shows requests, rate, p95, errors and elapsed of total', () => {
    expect(
      progressLine({ requests: 1200, failed: 3, elapsedMs: 6000, totalMs: 60_000, p95Ms: 45.21, rps: 200 }),
    ).toBe('1200 requests, 200/s, p95 45.21 ms, 3 errors (0.25%), 6s of 1m');
  });

  it('says so when there is no p95 yet', () => {
    expect(progressLine({ requests: 0, failed: 0, elapsedMs: 0, totalMs: 30_000, rps: 0 })).toBe(
      '0 requests, 0/s, p95 -, 0 errors, 0ms of 30s',
    );
  });
});

describe('reports of an engine that gives only summary statistics', () => {
  const measurements = emptyMeasurements();
  Object.assign(measurements, {
    requests: 1000,
    failed: 5,
    durationMs: 60_000,
    latencySummary: { avgMs: 120, maxMs: 900, percentilesMs: { 50: 100, 90: 180, 95: 210, 99: 400 } },
  });
  const thresholds = [
    threshold('http_req_duration', 'p(95)<500'),
    threshold('http_req_duration', 'p(99.9)<2000'),
  ];
  const result = resultOf(measurements, thresholds);
  const verdict = judge(result);

  it('takes the reported percentiles as key metrics', () => {
    expect(keyMetrics(measurements)).toMatchObject({
      latencyAvgMs: 120,
      latencyP50Ms: 100,
      latencyP90Ms: 180,
      latencyP95Ms: 210,
      latencyP99Ms: 400,
      latencyMaxMs: 900,
      failedRate: 0.005,
    });
  });

  it('renders every report with the reported values', () => {
    const markdown = markdownReport(result, verdict);
    expect(markdown).toContain('| latency p95 | 210 ms |');
    expect(markdown).toContain('| latency max | 900 ms |');
    expect(markdown).toContain('| http_req_duration | p(95)&#60;500 | 210 ms | ✅ |');
    expect(markdown).toContain('p(99.9)&#60;2000 | — (the engine reports only');
    expect(markdown).toContain('#### Over time\n\nNo per-second timeline was recorded.\n');
    const html = htmlReport(result, verdict);
    expect(html).toContain('<td>latency p99</td><td>400 ms</td>');
    expect(html).not.toContain('<svg');
    expect(html).toContain('<p>No per-second timeline was recorded.</p>');
    const failures = readXml(junitReport(result, verdict)).filter((element) => element.name === 'failure');
    expect(failures.map((failure) => failure.attributes.message)).toEqual([
      'the engine reports only avg, min, max and p(50), p(90), p(95), p(99) of http_req_duration',
    ]);
  });
});
