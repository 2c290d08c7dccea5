import { InputError } from '../../errors';
import { formatDuration } from '../../runtime/duration';
import { type RequestSpec, type Scenario, scenarioDurationMs } from '../scenario';
import type { Share } from '../schedule';
import { DLT_PERCENTILE_FIELDS } from './client';

/*
 * The body of `POST {endpoint}/scenarios` for a "simple" test, as the Distributed Load Testing solution
 * validates and stores it (aws-solutions/distributed-load-testing-on-aws: createTestSchema in
 * source/common/src/api/schemas.ts, createTest in source/api-services/lib/scenarios/index.js):
 *   testName, testDescription  at least 3 characters; testName has no surrounding spaces
 *   testType 'simple', fileType 'none'
 *   testTaskConfigs            [{ region, taskCount, concurrency }]: concurrency is per task, the virtual users
 *                              every task runs (DLT copies it into execution[0] of each region's Taurus file)
 *   regionalTaskDetails        { [region]: { dltAvailableTasks } }: required; the API only checks taskCount
 *                              against it, the tasks' Fargate capacity is checked when they start
 *   testScenario               a Taurus configuration run by JMeter on every task: execution[0] { ramp-up,
 *                              hold-for, scenario, throughput }, scenarios { <name>: { requests: [{ url, method,
 *                              headers, body }], and Taurus scenario settings } }
 * ramp-up and hold-for are written as whole seconds ("30s"), or whole minutes above an hour: the API accepts at
 * most 3600s, and computes the test's length from them reading only the units s and m.
 */

export interface DltCreateTestBody {
  testName: string;
  testDescription: string;
  testType: 'simple';
  fileType: 'none';
  showLive: boolean;
  testTaskConfigs: { region: string; taskCount: number; concurrency: number }[];
  regionalTaskDetails: Record<string, { dltAvailableTasks: number }>;
  testScenario: { execution: [DltExecution]; scenarios: Record<string, DltScenario> };
}

export interface DltExecution {
  'ramp-up': string;
  'hold-for': string;
  scenario: string;
  /** Taurus's cap on requests per second, per task; set for arrival-rate executors. */
  throughput?: number;
}

export interface DltScenario {
  requests: DltRequest[];
  /** Taurus's time limit to connect and receive a response. */
  timeout: string;
  keepalive: true;
  /** JMeter would otherwise also fetch the images and scripts an HTML page links to. */
  'retrieve-resources': false;
}

export interface DltRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
}

export interface DltTestOptions {
  /** The region of the DLT stack; the tasks run there. */
  region: string;
  /** How many tasks (Fargate containers) run the test, the load split evenly between them; default 1. */
  taskCount?: number;
  share: Share;
}

export interface DltTestPlan {
  body: DltCreateTestBody;
  /** Where DLT will run the scenario differently from the other engines, for the user to read. */
  notices: string[];
}

/** A round of DLT's requests may hold at most this many (its limit per scenario). */
const MAX_REQUESTS_PER_ROUND = 100;
const LONGEST_TEST_MS = 24 * 3_600_000;
const REGION = /^[a-z]{2}(-gov)?-[a-z]+-\d$/;
const USE_ANOTHER_ENGINE = 'use --engine local or k6';

/** The DLT test for a scenario; throws InputError listing everything DLT cannot run as written. */
export function buildDltTest(scenario: Scenario, options: DltTestOptions): DltTestPlan {
  const taskCount = options.taskCount ?? 1;
  const round = weightedRound(scenario.requests);
  const problems = [
    ...optionProblems(options, taskCount),
    ...scenarioProblems(scenario, round).map((problem) => `${scenario.file}: ${problem}`),
  ];
  if (problems.length > 0 || !round) throw new InputError(problems);
  const load = loadPlan(scenario, taskCount);
  const name = `rampart-${scenario.name}`;
  return {
    body: {
      testName: name,
      testDescription: `Rampart load test ${scenario.name} (${scenario.executor}) from ${scenario.file}`,
      testType: 'simple',
      fileType: 'none',
      showLive: false,
      testTaskConfigs: [{ region: options.region, taskCount, concurrency: load.concurrency }],
      regionalTaskDetails: { [options.region]: { dltAvailableTasks: taskCount } },
      testScenario: {
        execution: [load.execution(name)],
        scenarios: { [name]: dltScenario(scenario, round) },
      },
    },
    notices: [...load.notices, ...expectationNotices(scenario), ...abortNotices(scenario)],
  };
}

function optionProblems(options: DltTestOptions, taskCount: number): string[] {
  const problems: string[] = [];
  if (options.share.count !== 1) {
    problems.push(
      `--shard ${options.share.index + 1}/${options.share.count}: DLT spreads the load over its own tasks; run the dlt engine once, without --shard, and set its task count instead`,
    );
  }
  if (!Number.isInteger(taskCount) || taskCount < 1) {
    problems.push(`the DLT task count must be a whole number of at least 1, not ${taskCount}`);
  }
  if (!REGION.test(options.region)) {
    problems.push(
      `"${options.region}" is not an AWS region such as us-east-1: give the region of the DLT stack`,
    );
  }
  return problems;
}

function scenarioProblems(scenario: Scenario, round: RequestSpec[] | undefined): string[] {
  const problems: string[] = [];
  if (scenario.bursts) {
    problems.push(
      `bursts: DLT holds a steady load and cannot add bursts; remove them or ${USE_ANOTHER_ENGINE}`,
    );
  }
  if (!round) {
    const weights = scenario.requests.map((request) => request.weight).join(':');
    problems.push(
      `requests: DLT sends its requests in turn, so it can mix them only in whole-number proportions of at most ${MAX_REQUESTS_PER_ROUND} requests in all, not ${weights}; ${USE_ANOTHER_ENGINE} for this mix`,
    );
  }
  scenario.requests.forEach((request, index) => {
    const failing = (request.expectStatus ?? []).filter((status) => !isSuccessForDlt(status));
    if (failing.length > 0) {
      problems.push(
        `requests[${index}].expect.status: DLT counts every status outside 200-399 as a failure, so it cannot expect ${failing.join(', ')}; ${USE_ANOTHER_ENGINE}`,
      );
    }
  });
  if (scenarioDurationMs(scenario) > LONGEST_TEST_MS) {
    problems.push(
      `the scenario runs ${formatDuration(scenarioDurationMs(scenario))}; DLT runs a test for at most 24h`,
    );
  }
  return [...problems, ...thresholdProblems(scenario)];
}

function thresholdProblems(scenario: Scenario): string[] {
  const reported = DLT_PERCENTILE_FIELDS.map(([percentile]) => percentile);
  return scenario.thresholds.flatMap((threshold) => {
    if (threshold.metric === 'checks') {
      return [
        `thresholds.checks "${threshold.source}": DLT reports no checks, only successes and failures; judge http_req_failed instead, or ${USE_ANOTHER_ENGINE}`,
      ];
    }
    if (threshold.percentile !== undefined && !reported.includes(threshold.percentile)) {
      return [
        `thresholds.http_req_duration "${threshold.source}": DLT reports only ${reported.map((p) => `p(${p})`).join(', ')}; use one of those, or ${USE_ANOTHER_ENGINE}`,
      ];
    }
    return [];
  });
}

/**
 * The requests repeated in proportion to their weights (weights 1 and 3 give A, B, B, B), which DLT's
 * virtual users send in turn; undefined when the proportions need more than a round of 100.
 */
function weightedRound(requests: RequestSpec[]): RequestSpec[] | undefined {
  const divisor = requests.map((request) => request.weight).reduce(greatestCommonDivisor);
  const counts = requests.map((request) => request.weight / divisor);
  const whole = counts.every((count) => Math.abs(count - Math.round(count)) < 1e-9);
  const total = counts.reduce((sum, count) => sum + Math.round(count), 0);
  if (!whole || total > MAX_REQUESTS_PER_ROUND) return undefined;
  return requests.flatMap((request, index) =>
    Array<RequestSpec>(Math.round(counts[index] ?? 1)).fill(request),
  );
}

function greatestCommonDivisor(a: number, b: number): number {
  return b < 1e-9 ? a : greatestCommonDivisor(b, a % b);
}

function dltScenario(scenario: Scenario, round: RequestSpec[]): DltScenario {
  return {
    requests: round.map((spec) => dltRequest(scenario.target, spec)),
    timeout: `${scenario.timeoutMs}ms`,
    keepalive: true,
    'retrieve-resources': false,
  };
}

function dltRequest(target: string, spec: RequestSpec): DltRequest {
  const request: DltRequest = { url: `${target}${spec.path}`, method: spec.method, headers: spec.headers };
  if (spec.body !== undefined) request.body = spec.body;
  return request;
}

/** What JMeter, which runs DLT's simple tests, counts as a successful response. */
function isSuccessForDlt(status: number): boolean {
  return status >= 200 && status < 400;
}

interface LoadPlan {
  /** Virtual users of each task. */
  concurrency: number;
  execution(scenarioName: string): DltExecution;
  notices: string[];
}

/**
 * DLT's load shape: `concurrency` virtual users on every task, reached by a linear ramp from zero and
 * then held, optionally capped at `throughput` requests per second per task. Arrival-rate executors
 * become that cap (their vus the virtual users); a ramping executor ramps up to its peak and holds it
 * for the rest of its duration.
 */
function loadPlan(scenario: Scenario, taskCount: number): LoadPlan {
  const arrivalRate = scenario.executor.endsWith('arrival-rate');
  const ramping = scenario.executor.startsWith('ramping');
  const start = arrivalRate ? scenario.rate : scenario.vus;
  const peak = ramping ? Math.max(start, ...scenario.stages.map((stage) => stage.target)) : start;
  const rampUpMs = ramping ? msUntilPeak(start, scenario, peak) : 0;
  const holdForMs = Math.max(1000, scenarioDurationMs(scenario) - rampUpMs);
  const virtualUsers = arrivalRate ? scenario.vus : peak;
  const concurrency = Math.max(1, Math.ceil(virtualUsers / taskCount));
  const notices: string[] = [];
  if (concurrency * taskCount !== virtualUsers) {
    notices.push(
      `DLT runs ${concurrency} virtual users on each of its ${taskCount} task(s): ${concurrency * taskCount} in all, where the scenario has ${virtualUsers}`,
    );
  }
  if (ramping && !followsExactly(start, scenario, peak)) {
    notices.push(
      `DLT cannot follow the scenario's ${scenario.stages.length} stage(s): it ramps from 0 to the peak of ${peak} ${arrivalRate ? 'requests per second' : 'virtual users'} over ${formatDuration(rampUpMs)}, then holds the peak for ${formatDuration(holdForMs)}`,
    );
  }
  return {
    concurrency,
    notices,
    execution: (scenarioName) => ({
      'ramp-up': dltDuration(rampUpMs),
      'hold-for': dltDuration(holdForMs),
      scenario: scenarioName,
      ...(arrivalRate && { throughput: Math.round((peak / taskCount) * 1000) / 1000 }),
    }),
  };
}

/** How long the stages take to first reach the peak. */
function msUntilPeak(start: number, scenario: Scenario, peak: number): number {
  if (start >= peak) return 0;
  const peakIndex = scenario.stages.findIndex((stage) => stage.target === peak);
  return scenario.stages.slice(0, peakIndex + 1).reduce((sum, stage) => sum + stage.durationMs, 0);
}

/** Whether the stages are already DLT's shape: one linear rise from zero (or none), then the peak held. */
function followsExactly(start: number, scenario: Scenario, peak: number): boolean {
  const peakIndex = scenario.stages.findIndex((stage) => stage.target === peak);
  const risesInOneStage = start === peak || (start === 0 && peakIndex === 0);
  return risesInOneStage && scenario.stages.slice(peakIndex + 1).every((stage) => stage.target === peak);
}

function dltDuration(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return seconds <= 3600 ? `${seconds}s` : `${Math.ceil(seconds / 60)}m`;
}

function expectationNotices(scenario: Scenario): string[] {
  return scenario.requests.flatMap((request, index) =>
    request.expectStatus?.every(isSuccessForDlt)
      ? [
          `requests[${index}].expect.status [${request.expectStatus.join(', ')}]: DLT counts every 2xx and 3xx response as a success`,
        ]
      : [],
  );
}

function abortNotices(scenario: Scenario): string[] {
  return scenario.thresholds
    .filter((threshold) => threshold.abortOnFail)
    .map(
      (threshold) =>
        `${threshold.metric} "${threshold.source}" (abortOnFail): DLT reports results only when the test ends, so it cannot stop early; the threshold is judged at the end`,
    );
}
