/**
 * actions/pipeline-run and actions/pipeline-approve, bundled, run as the runner runs them, against
 * the local CodePipeline stand-in (recorded API shapes; moto 5.2.1 lacks these calls).
 */
import { join } from 'node:path';
import { runAction, workflowCommands } from './support/run-action';
import {
  EXECUTION_ID,
  getPipelineStateReply,
  type Handler,
  scriptedPipeline,
  type StageSpec,
  useFakeCodePipeline,
} from './support/codepipeline-api';

const serve = useFakeCodePipeline();
const RUN_ACTION = join(__dirname, '..', 'actions', 'pipeline-run');
const APPROVE_ACTION = join(__dirname, '..', 'actions', 'pipeline-approve');

const PIPELINE = 'app-release';
const STAGES: StageSpec[] = [
  { name: 'Source', actions: [{ name: 'Checkout', category: 'Source' }] },
  { name: 'Build', actions: [{ name: 'Compile', category: 'Build' }] },
  { name: 'Deploy', actions: [{ name: 'Production', category: 'Deploy' }] },
];
const LOG =
  'https://console.aws.amazon.com/codesuite/codebuild/123456789012/projects/app-build/build/app-build:1/log';

const errors = (stdout: string) =>
  workflowCommands(stdout)
    .filter((command) => command.command === 'error')
    .map((command) => command.message);

describe('pipeline-run', () => {
  test('recorded API shapes: follows the execution to Succeeded, with outputs and a stage/action table', async () => {
    await serve(
      scriptedPipeline(
        PIPELINE,
        STAGES,
        [
          { status: 'InProgress', runs: [{ stage: 'Source', action: 'Checkout', status: 'InProgress' }] },
          {
            status: 'Succeeded',
            runs: [
              { stage: 'Source', action: 'Checkout', status: 'Succeeded' },
              { stage: 'Build', action: 'Compile', status: 'Succeeded', at: 5, url: LOG },
              { stage: 'Deploy', action: 'Production', status: 'Succeeded', at: 9 },
            ],
          },
        ],
        { variables: [{ name: 'RELEASE' }] },
      ),
    );
    const run = await runAction(RUN_ACTION, { name: PIPELINE, variables: 'RELEASE=1.4.2' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toEqual({ 'execution-id': EXECUTION_ID, status: 'Succeeded', 'failed-action': '' });
    expect(run.stdout).toContain('  Source/Checkout: InProgress\nstage Source: InProgress\n');
    expect(run.stdout).toContain(`  Build/Compile: Succeeded (log: ${LOG})\n`);
    expect(run.summary).toContain('### ✅ Pipeline `app-release`: Succeeded');
    expect(run.summary).toContain(`| Build (Succeeded) | Compile | ✅ Succeeded | [log](${LOG}) |`);
  });

  test('recorded API shapes: a failed execution fails the step with the action, its error and its log link', async () => {
    await serve(
      scriptedPipeline(PIPELINE, STAGES, [
        {
          status: 'Failed',
          runs: [
            { stage: 'Source', action: 'Checkout', status: 'Succeeded' },
            {
              stage: 'Build',
              action: 'Compile',
              status: 'Failed',
              at: 5,
              url: LOG,
              error: { code: 'JobFailed', message: 'npm test: exit status 1' },
            },
          ],
        },
      ]),
    );
    const run = await runAction(RUN_ACTION, { name: PIPELINE });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toEqual({
      'execution-id': EXECUTION_ID,
      status: 'Failed',
      'failed-action': 'Build/Compile',
    });
    expect(errors(run.stdout)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^pipeline app-release execution ${EXECUTION_ID}: Failed after \\d+ms; Build/Compile failed - JobFailed: npm test: exit status 1 \\(log: ${LOG.replace(/[.?]/g, '\\$&')}\\)$`,
        ),
      ),
    ]);
    expect(run.summary).toContain('**Build/Compile failed**');
    expect(run.summary).toContain('| Deploy | Production | not run |  |');
  });

  test('recorded API shapes: wait "false" starts the execution and reports Started', async () => {
    const fake = await serve(scriptedPipeline(PIPELINE, STAGES, [{ status: 'InProgress', runs: [] }]));
    const run = await runAction(RUN_ACTION, { name: PIPELINE, wait: 'false' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toEqual({ 'execution-id': EXECUTION_ID, status: 'Started', 'failed-action': '' });
    expect(fake.callsOf('GetPipelineExecution')).toEqual([]);
  });

  test('a bad input fails the step before any AWS call, naming the input', async () => {
    const fake = await serve(scriptedPipeline(PIPELINE, STAGES, []));
    const run = await runAction(RUN_ACTION, { name: PIPELINE, variables: 'RELEASE' });
    expect(run.exitCode).toBe(1);
    expect(errors(run.stdout)).toEqual(['input "variables" "RELEASE": must be NAME=value']);
    expect(fake.calls).toEqual([]);
  });
});

describe('pipeline-approve', () => {
  const TOKEN = '0f4c2b8e-5d1a-4e7b-9a36-2c8d7e1f4b90';
  const approval =
    (status: string): Handler =>
    (operation) =>
      operation === 'GetPipelineState'
        ? getPipelineStateReply(PIPELINE, [
            {
              name: 'Approve',
              executionId: EXECUTION_ID,
              actions: [
                { name: 'Release', latest: { status, token: status === 'InProgress' ? TOKEN : undefined } },
              ],
            },
          ])
        : { body: { approvedAt: 1_718_000_600 } };

  test('recorded API shapes: approves the waiting approval, by default with who and which run in the summary', async () => {
    const fake = await serve(approval('InProgress'));
    const run = await runAction(APPROVE_ACTION, { name: PIPELINE, stage: 'Approve', action: 'Release' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toEqual({ decision: 'Approved', 'execution-id': EXECUTION_ID });
    expect(fake.callsOf('PutApprovalResult')).toEqual([
      {
        pipelineName: PIPELINE,
        stageName: 'Approve',
        actionName: 'Release',
        result: {
          status: 'Approved',
          summary: 'Approved by octocat from GitHub Actions, acme/app run 4242-1',
        },
        token: TOKEN,
      },
    ]);
    expect(run.summary).toBe(
      `### ✅ approved pipeline app-release, stage Approve, action Release (execution ${EXECUTION_ID})\n`,
    );
  });

  test('recorded API shapes: rejects with the given summary', async () => {
    const fake = await serve(approval('InProgress'));
    const run = await runAction(APPROVE_ACTION, {
      name: PIPELINE,
      stage: 'Approve',
      action: 'Release',
      decision: 'reject',
      summary: 'p95 over budget',
    });
    expect(run.outputs.decision).toBe('Rejected');
    expect(fake.callsOf('PutApprovalResult')[0]?.result).toEqual({
      status: 'Rejected',
      summary: 'p95 over budget',
    });
  });

  test('recorded API shapes: nothing waiting fails the step, saying what the action is doing', async () => {
    await serve(approval('Failed'));
    const run = await runAction(APPROVE_ACTION, { name: PIPELINE, stage: 'Approve', action: 'Release' });
    expect(run.exitCode).toBe(1);
    expect(errors(run.stdout)).toEqual([
      `nothing is waiting for approval at pipeline "app-release", stage "Approve", action "Release": its latest run is Failed (execution ${EXECUTION_ID})`,
    ]);
  });

  test('a decision other than approve or reject fails the step before any AWS call', async () => {
    const fake = await serve(approval('InProgress'));
    const run = await runAction(APPROVE_ACTION, {
      name: PIPELINE,
      stage: 'Approve',
      action: 'Release',
      decision: 'lgtm',
    });
    expect(run.exitCode).toBe(1);
    expect(errors(run.stdout)).toEqual(['input "decision" "lgtm" must be approve or reject']);
    expect(fake.calls).toEqual([]);
  });
});
