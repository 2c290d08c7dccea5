/**
 * The `pipeline run` core against a local CodePipeline stand-in whose answers follow the API
 * reference (moto 5.2.1 answers StartPipelineExecution, GetPipelineExecution and
 * ListActionExecutions with 500, see pipeline-control.moto.test.ts). The real SDK client runs, with
 * Rampart's retry strategy; time is a fake clock, so waits and timeouts cost nothing.
 */
import { InputError } from '../src/errors';
import { eventLine, failureMessage, outcomeText, summaryMarkdown } from '../src/pipeline-control/report';
import { type Clock, PIPELINE_POLLING, runPipeline } from '../src/pipeline-control/run';
import type { RunEvent } from '../src/pipeline-control/types';
import {
  awsError,
  EXECUTION_ID,
  type Handler,
  type Look,
  scriptedPipeline,
  type StageSpec,
  useFakeCodePipeline,
} from './support/codepipeline-api';

const serve = useFakeCodePipeline();

const PIPELINE = 'app-release';
const STAGES: StageSpec[] = [
  { name: 'Source', actions: [{ name: 'Checkout', category: 'Source' }] },
  {
    name: 'Build',
    actions: [
      { name: 'Compile', category: 'Build' },
      { name: 'UnitTests', category: 'Test' },
    ],
  },
  { name: 'Approve', actions: [{ name: 'Release', category: 'Approval' }] },
  { name: 'Deploy', actions: [{ name: 'Production', category: 'Deploy' }] },
];
const BUILD_URL =
  'https://console.aws.amazon.com/codesuite/codebuild/123456789012/projects/app-build/build/app-build:7d5a/log?region=us-east-1';
const BUILD_ERROR = {
  code: 'JobFailed',
  message:
    'Build terminated with state: FAILED. Phase: BUILD, Code: COMMAND_EXECUTION_ERROR, Message: Error while executing command: npm test. Reason: exit status 1',
};
const ALL_SUCCEEDED: Look['runs'] = [
  { stage: 'Source', action: 'Checkout', status: 'Succeeded' },
  { stage: 'Build', action: 'Compile', status: 'Succeeded', at: 10, url: BUILD_URL },
  { stage: 'Build', action: 'UnitTests', status: 'Succeeded', at: 20 },
  { stage: 'Approve', action: 'Release', status: 'Succeeded', at: 30, summary: 'Approved by octocat' },
  { stage: 'Deploy', action: 'Production', status: 'Succeeded', at: 40 },
];

/** A clock that moves only when the code under test sleeps, and remembers each sleep. */
function fakeClock(): Clock & { sleeps: number[] } {
  let now = 0;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
  };
}

async function run(
  handler: Handler,
  extra: { variables?: { name: string; value: string }[]; timeoutMs?: number } = {},
) {
  const fake = await serve(handler);
  const events: RunEvent[] = [];
  const clock = fakeClock();
  const outcome = await runPipeline({
    pipeline: PIPELINE,
    region: 'us-east-1',
    variables: extra.variables ?? [],
    wait: true,
    timeoutMs: extra.timeoutMs,
    onEvent: (event) => events.push(event),
    clock,
  });
  return { outcome, events, lines: events.map(eventLine), fake, clock };
}

test('recorded API shapes: a succeeding execution is reported stage by stage and action by action as it changes', async () => {
  const { outcome, lines } = await run(
    scriptedPipeline(PIPELINE, STAGES, [
      { status: 'InProgress', runs: [{ stage: 'Source', action: 'Checkout', status: 'InProgress' }] },
      {
        status: 'InProgress',
        runs: [
          { stage: 'Source', action: 'Checkout', status: 'Succeeded' },
          { stage: 'Build', action: 'Compile', status: 'InProgress', at: 10, url: BUILD_URL },
        ],
      },
      { status: 'Succeeded', runs: ALL_SUCCEEDED },
    ]),
  );
  expect(lines).toEqual([
    `pipeline app-release: started execution ${EXECUTION_ID}`,
    '  Source/Checkout: InProgress',
    'stage Source: InProgress',
    `execution ${EXECUTION_ID}: InProgress`,
    '  Source/Checkout: Succeeded',
    `  Build/Compile: InProgress (log: ${BUILD_URL})`,
    'stage Source: Succeeded',
    'stage Build: InProgress',
    `  Build/Compile: Succeeded (log: ${BUILD_URL})`,
    '  Build/UnitTests: Succeeded',
    '  Approve/Release: Succeeded - Approved by octocat',
    '  Deploy/Production: Succeeded',
    'stage Build: Succeeded',
    'stage Approve: Succeeded',
    'stage Deploy: Succeeded',
    `execution ${EXECUTION_ID}: Succeeded`,
  ]);
  expect(outcome).toMatchObject({ status: 'Succeeded', executionId: EXECUTION_ID, failedAction: undefined });
  expect(outcome.stages.map((stage) => [stage.name, stage.status])).toEqual([
    ['Source', 'Succeeded'],
    ['Build', 'Succeeded'],
    ['Approve', 'Succeeded'],
    ['Deploy', 'Succeeded'],
  ]);
  expect(outcomeText(outcome)).toMatch(
    new RegExp(`^pipeline app-release execution ${EXECUTION_ID}: Succeeded after `),
  );
});

test('recorded API shapes: a failed execution names the failing action, its error message and its log link', async () => {
  const { outcome, lines } = await run(
    scriptedPipeline(PIPELINE, STAGES, [
      {
        status: 'Failed',
        statusSummary: 'Build failed',
        runs: [
          { stage: 'Source', action: 'Checkout', status: 'Succeeded' },
          {
            stage: 'Build',
            action: 'Compile',
            status: 'Failed',
            at: 10,
            url: BUILD_URL,
            error: BUILD_ERROR,
            summary: 'Build failed in phase BUILD',
          },
          { stage: 'Build', action: 'UnitTests', status: 'Succeeded', at: 10 },
        ],
      },
    ]),
  );
  expect(outcome.status).toBe('Failed');
  expect(outcome.failedAction).toEqual({
    stage: 'Build',
    action: 'Compile',
    category: 'Build',
    status: 'Failed',
    summary: 'Build failed in phase BUILD',
    error: BUILD_ERROR,
    url: BUILD_URL,
  });
  expect(lines).toContain(
    `  Build/Compile: Failed - JobFailed: ${BUILD_ERROR.message}; Build failed in phase BUILD (log: ${BUILD_URL})`,
  );
  expect(lines).toContain('stage Build: Failed');
  const text = outcomeText(outcome).split('\n');
  expect(text[0]).toMatch(/: Failed after \d+ms \(Build failed\)$/);
  expect(text.slice(1, 4)).toEqual([
    'failed action: Build/Compile',
    `error: JobFailed: ${BUILD_ERROR.message}; Build failed in phase BUILD`,
    `log: ${BUILD_URL}`,
  ]);
  expect(failureMessage(outcome)).toContain(`Build/Compile failed - JobFailed: ${BUILD_ERROR.message}`);
  const summary = summaryMarkdown(outcome);
  expect(summary).toContain('### ❌ Pipeline `app-release`: Failed');
  expect(summary).toContain(
    `| Build (Failed) | Compile | ❌ Failed | JobFailed: ${BUILD_ERROR.message}; Build failed in phase BUILD [log](${BUILD_URL}) |`,
  );
  expect(summary).toContain('|  | UnitTests | ✅ Succeeded |  |');
  expect(summary).toContain('| Deploy | Production | not run |  |');
});

test('recorded API shapes: provider text with line breaks stays on one log line, so it cannot issue workflow commands', async () => {
  const { outcome, lines } = await run(
    scriptedPipeline(PIPELINE, STAGES, [
      {
        status: 'Failed',
        statusSummary: 'Stopped\n::add-mask::x',
        runs: [
          {
            stage: 'Build',
            action: 'Compile',
            status: 'Failed',
            error: {
              code: 'JobFailed',
              message: 'npm test failed:\n::set-env name=NODE_OPTIONS::--require=/tmp/x.js\n',
            },
          },
        ],
      },
    ]),
  );
  for (const text of [...lines, outcomeText(outcome).trimEnd(), failureMessage(outcome)]) {
    expect(text.split('\n').filter((line) => line.startsWith('::'))).toEqual([]);
  }
  expect(lines).toContain(
    '  Build/Compile: Failed - JobFailed: npm test failed: ::set-env name=NODE_OPTIONS::--require=/tmp/x.js',
  );
});

test('recorded API shapes: a retried action counts by its latest run', async () => {
  const { outcome } = await run(
    scriptedPipeline(PIPELINE, STAGES, [
      {
        status: 'Succeeded',
        runs: [
          ...ALL_SUCCEEDED.filter((r) => r.action !== 'Compile'),
          { stage: 'Build', action: 'Compile', status: 'Succeeded', at: 25 },
          { stage: 'Build', action: 'Compile', status: 'Failed', at: 10, error: BUILD_ERROR },
        ],
      },
    ]),
  );
  expect(outcome).toMatchObject({ status: 'Succeeded', failedAction: undefined });
});

test('recorded API shapes: a stopped execution ends the wait as Stopped, its abandoned action and stage too', async () => {
  const summary = 'Stopped by arn:aws:sts::123456789012:assumed-role/ops/alice: abandon';
  const { outcome, lines } = await run(
    scriptedPipeline(PIPELINE, STAGES, [
      {
        status: 'Stopped',
        statusSummary: summary,
        runs: [
          { stage: 'Source', action: 'Checkout', status: 'Succeeded' },
          { stage: 'Build', action: 'Compile', status: 'Abandoned', at: 10 },
        ],
      },
    ]),
  );
  expect(outcome).toMatchObject({ status: 'Stopped', statusSummary: summary, failedAction: undefined });
  expect(lines).toContain('stage Build: Stopped');
  expect(outcomeText(outcome)).toContain(`: Stopped after 0ms (${summary})`);
});

test('recorded API shapes: a superseded execution ends the wait as Superseded', async () => {
  const { outcome } = await run(
    scriptedPipeline(PIPELINE, STAGES, [
      { status: 'Superseded', runs: [{ stage: 'Source', action: 'Checkout', status: 'Succeeded' }] },
    ]),
  );
  expect(outcome.status).toBe('Superseded');
  expect(failureMessage(outcome)).toContain('Superseded after 0ms: a newer execution overtook it');
});

test('recorded API shapes: still running at the timeout ends the wait as TimedOut, naming the waiting approval', async () => {
  const { outcome, lines, clock } = await run(
    scriptedPipeline(PIPELINE, STAGES, [
      {
        status: 'InProgress',
        runs: [
          ...ALL_SUCCEEDED.slice(0, 3),
          { stage: 'Approve', action: 'Release', status: 'InProgress', at: 30 },
        ],
      },
    ]),
    { timeoutMs: 10 * 60_000 },
  );
  expect(outcome).toMatchObject({ status: 'TimedOut', timeoutMs: 600_000 });
  expect(outcome.inProgress.map((r) => `${r.stage}/${r.action}`)).toEqual(['Approve/Release']);
  expect(lines).toContain(
    `  Approve/Release: InProgress - waiting for a decision: rampart pipeline approve --name app-release --stage Approve --action Release --decision approve|reject --summary "..."`,
  );
  expect(outcomeText(outcome)).toContain(
    'still running after 10m; stopped waiting, the execution goes on in CodePipeline; in progress: Approve/Release (a manual approval)',
  );
  // The waits add up to the timeout exactly: the last one is cut short, none goes past it.
  expect(clock.sleeps.reduce((sum, ms) => sum + ms, 0)).toBe(600_000);
  expect(Math.max(...clock.sleeps)).toBe(PIPELINE_POLLING.maxDelayMs);
});

test('recorded API shapes: looks back off while nothing changes, and come again soon after a change', async () => {
  const waiting: Look = {
    status: 'InProgress',
    runs: [{ stage: 'Source', action: 'Checkout', status: 'InProgress' }],
  };
  const { clock } = await run(
    scriptedPipeline(PIPELINE, STAGES, [
      waiting,
      waiting,
      waiting,
      { status: 'InProgress', runs: [{ stage: 'Source', action: 'Checkout', status: 'Succeeded' }] },
      { status: 'Succeeded', runs: ALL_SUCCEEDED },
    ]),
  );
  const { initialDelayMs: first, backoffFactor: factor } = PIPELINE_POLLING;
  expect(clock.sleeps).toEqual([first, first * factor, first * factor * factor, first]);
});

test('recorded API shapes: throttled reads (ThrottlingException) are retried by the client and the wait goes on', async () => {
  const pipeline = scriptedPipeline(PIPELINE, STAGES, [{ status: 'Succeeded', runs: ALL_SUCCEEDED }]);
  let throttled = 0;
  const { outcome, fake } = await run((operation, body, calls) => {
    if (operation === 'GetPipelineExecution' && throttled < 2) {
      throttled++;
      return awsError('ThrottlingException', 'Rate exceeded');
    }
    return pipeline(operation, body, calls);
  });
  expect(outcome.status).toBe('Succeeded');
  expect(fake.callsOf('GetPipelineExecution')).toHaveLength(3);
});

test('recorded API shapes: every page of ListActionExecutions is read (nextToken), filtered to this execution', async () => {
  const { outcome, fake } = await run(
    scriptedPipeline(PIPELINE, STAGES, [{ status: 'Succeeded', runs: ALL_SUCCEEDED }], { pageSize: 2 }),
  );
  expect(outcome.stages.flatMap((stage) => stage.actions.map((action) => action.run?.status))).toEqual([
    'Succeeded',
    'Succeeded',
    'Succeeded',
    'Succeeded',
    'Succeeded',
  ]);
  expect(fake.callsOf('ListActionExecutions')).toEqual([
    { pipelineName: PIPELINE, filter: { pipelineExecutionId: EXECUTION_ID }, maxResults: 100 },
    {
      pipelineName: PIPELINE,
      filter: { pipelineExecutionId: EXECUTION_ID },
      maxResults: 100,
      nextToken: '2',
    },
    {
      pipelineName: PIPELINE,
      filter: { pipelineExecutionId: EXECUTION_ID },
      maxResults: 100,
      nextToken: '4',
    },
  ]);
});

test('recorded API shapes: variables go to StartPipelineExecution when the pipeline declares them', async () => {
  const variables = [
    { name: 'RELEASE', value: '1.4.2' },
    { name: 'TENANTS', value: 'acme,globex' },
  ];
  const { fake } = await run(
    scriptedPipeline(PIPELINE, STAGES, [{ status: 'Succeeded', runs: ALL_SUCCEEDED }], {
      variables: [{ name: 'RELEASE' }, { name: 'TENANTS', defaultValue: 'all' }],
    }),
    { variables },
  );
  // The SDK adds an idempotency token, so that its retries cannot start a second execution.
  expect(fake.callsOf('StartPipelineExecution')).toEqual([
    { name: PIPELINE, variables, clientRequestToken: expect.stringMatching(/^[a-f0-9-]{36}$/) },
  ]);
});

test('recorded API shapes: without wait the execution is started and not followed', async () => {
  const fake = await serve(scriptedPipeline(PIPELINE, STAGES, [{ status: 'InProgress', runs: [] }]));
  const outcome = await runPipeline({ pipeline: PIPELINE, region: 'us-east-1', variables: [], wait: false });
  expect(outcome).toMatchObject({ status: 'Started', executionId: EXECUTION_ID });
  expect(fake.calls.map((call) => call.operation)).toEqual(['GetPipeline', 'StartPipelineExecution']);
});

describe('bad input is refused before anything starts', () => {
  async function refusal(handler: Handler, variables: { name: string; value: string }[] = [], starts = 0) {
    const fake = await serve(handler);
    const error = await runPipeline({ pipeline: PIPELINE, region: 'us-east-1', variables, wait: true }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(InputError);
    expect(fake.callsOf('StartPipelineExecution').length).toBe(starts);
    return (error as InputError).problems;
  }

  test('recorded API shapes: an unknown pipeline (PipelineNotFoundException)', async () => {
    expect(await refusal(scriptedPipeline('other', STAGES, []))).toEqual([
      'pipeline "app-release" does not exist in us-east-1 (in the account of the current credentials)',
    ]);
  });

  test('recorded API shapes: variables the pipeline does not declare', async () => {
    const handler = scriptedPipeline(PIPELINE, STAGES, [], {
      variables: [{ name: 'RELEASE' }, { name: 'REGION' }],
    });
    expect(await refusal(handler, [{ name: 'RELEASES', value: '1' }])).toEqual([
      'pipeline "app-release" declares no variable "RELEASES" (it declares RELEASE, REGION)',
    ]);
  });

  test('recorded API shapes: variables for a pipeline that declares none', async () => {
    expect(await refusal(scriptedPipeline(PIPELINE, STAGES, []), [{ name: 'RELEASE', value: '1' }])).toEqual([
      'pipeline "app-release" declares no variables (a V2 pipeline): remove the variables or declare them in the pipeline',
    ]);
  });

  test('recorded API shapes: StartPipelineExecution refusing the request (ValidationException)', async () => {
    const pipeline = scriptedPipeline(PIPELINE, STAGES, []);
    const problems = await refusal(
      (operation, body, calls) =>
        operation === 'StartPipelineExecution'
          ? awsError('ValidationException', 'Pipeline variable RELEASE needs a value')
          : pipeline(operation, body, calls),
      [],
      1,
    );
    expect(problems).toEqual([
      'pipeline "app-release" refused to start: Pipeline variable RELEASE needs a value',
    ]);
  });
});
