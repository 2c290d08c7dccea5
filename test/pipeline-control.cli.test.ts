/**
 * `rampart pipeline run` and `rampart pipeline approve` in-process through the CLI's main(): flags,
 * output streams and exit codes, against the local CodePipeline stand-in (recorded API shapes; moto
 * 5.2.1 lacks these calls).
 */
import {
  awsError,
  EXECUTION_ID,
  getPipelineStateReply,
  type Handler,
  scriptedPipeline,
  type StageSpec,
  useFakeCodePipeline,
} from './support/codepipeline-api';
import { runCli } from './support/run-cli';

const serve = useFakeCodePipeline();

const rampart = (...argv: string[]) => runCli(...argv);

const PIPELINE = 'app-release';
const STAGES: StageSpec[] = [
  { name: 'Source', actions: [{ name: 'Checkout', category: 'Source' }] },
  { name: 'Build', actions: [{ name: 'Compile', category: 'Build' }] },
];
const LOG =
  'https://console.aws.amazon.com/codesuite/codebuild/123456789012/projects/app-build/build/app-build:1/log';
const pipelineEnding = (status: string, statusSummary?: string) =>
  scriptedPipeline(
    PIPELINE,
    STAGES,
    [
      {
        status,
        statusSummary,
        runs: [
          { stage: 'Source', action: 'Checkout', status: 'Succeeded' },
          {
            stage: 'Build',
            action: 'Compile',
            status: status === 'Succeeded' ? 'Succeeded' : 'Failed',
            at: 5,
            url: LOG,
            error:
              status === 'Succeeded' ? undefined : { code: 'JobFailed', message: 'npm test: exit status 1' },
          },
        ],
      },
    ],
    { variables: [{ name: 'RELEASE' }, { name: 'TENANTS' }] },
  );

describe('pipeline run', () => {
  test('recorded API shapes: without --wait it prints the execution id and exits 0', async () => {
    const fake = await serve(pipelineEnding('InProgress'));
    const run = await rampart('pipeline', 'run', '--name', PIPELINE);
    expect(run).toEqual({
      code: 0,
      stdout: `${EXECUTION_ID}\n`,
      stderr: `pipeline app-release: started execution ${EXECUTION_ID}\npipeline app-release execution ${EXECUTION_ID}: started (not waiting for it)\n`,
    });
    expect(fake.callsOf('GetPipelineExecution')).toEqual([]);
  });

  test('recorded API shapes: --wait exits 0 when the execution succeeds; variables repeated and comma-separated', async () => {
    const fake = await serve(pipelineEnding('Succeeded'));
    const run = await rampart(
      'pipeline',
      'run',
      '--name',
      PIPELINE,
      '--wait',
      '--variables',
      'RELEASE=1.4.2',
      '--variables',
      'TENANTS=acme,globex',
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${EXECUTION_ID}\n`);
    expect(run.stderr).toContain(`  Build/Compile: Succeeded (log: ${LOG})\n`);
    expect(run.stderr).toMatch(new RegExp(`execution ${EXECUTION_ID}: Succeeded after \\d+ms\\n$`));
    expect(fake.callsOf('StartPipelineExecution')[0]?.variables).toEqual([
      { name: 'RELEASE', value: '1.4.2' },
      { name: 'TENANTS', value: 'acme,globex' },
    ]);
  });

  test('recorded API shapes: comma-separated variables in one flag', async () => {
    const fake = await serve(pipelineEnding('Succeeded'));
    expect(
      (await rampart('pipeline', 'run', '--name', PIPELINE, '--variables', 'RELEASE=2,TENANTS=a,b')).code,
    ).toBe(0);
    expect(fake.callsOf('StartPipelineExecution')[0]?.variables).toEqual([
      { name: 'RELEASE', value: '2' },
      { name: 'TENANTS', value: 'a,b' },
    ]);
  });

  test.each([
    ['Failed', undefined, 'Failed after'],
    ['Stopped', 'Stopped by alice', 'Stopped after'],
    ['Superseded', undefined, 'Superseded after'],
    ['Cancelled', 'the pipeline was updated', 'Cancelled after'],
  ])(
    'recorded API shapes: --wait exits 1 when the execution ends %s, naming the failed action',
    async (status, summary, said) => {
      await serve(pipelineEnding(status, summary));
      const run = await rampart('pipeline', 'run', '--name', PIPELINE, '--wait');
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`execution ${EXECUTION_ID}: ${said}`);
      expect(run.stderr).toContain(
        `failed action: Build/Compile\nerror: JobFailed: npm test: exit status 1\nlog: ${LOG}\n`,
      );
    },
  );

  test('recorded API shapes: --wait exits 1 when the execution is still running at --timeout', async () => {
    await serve(scriptedPipeline(PIPELINE, STAGES, [{ status: 'InProgress', runs: [] }]));
    const run = await rampart('pipeline', 'run', '--name', PIPELINE, '--wait', '--timeout', '1ms');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'still running after 1ms; stopped waiting, the execution goes on in CodePipeline',
    );
  });

  test.each([
    [['--variables', 'RELEASE'], 'error: --variables "RELEASE": must be NAME=value'],
    [
      ['--variables', 'RELEASE='],
      'error: --variables "RELEASE=": the value is empty (CodePipeline refuses empty values)',
    ],
    [
      ['--variables', 'RE LEASE=1'],
      'error: --variables "RE LEASE=1": the name "RE LEASE" must be made of A-Z a-z 0-9 @ - _',
    ],
    [['--variables', 'A=1,A=2'], 'error: --variables "A=2": "A" is given twice'],
    [['--timeout', 'soon'], 'error: --timeout "soon" must be a duration such as 90s, 45m or 1h30m'],
    [['--name', 'app/release'], 'error: --name "app/release" must be 1 to 100 of A-Z a-z 0-9 . @ - _'],
    [['--wait=yes'], "error: rampart pipeline run: Option '--wait' does not take an argument"],
  ])('bad flags exit 2 before any AWS call: %j', async (flags, message) => {
    const fake = await serve(pipelineEnding('Succeeded'));
    const run = await rampart('pipeline', 'run', '--name', PIPELINE, ...flags);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toContain(message);
    expect(fake.calls).toEqual([]);
  });

  test('no region exits 2', async () => {
    const fake = await serve(pipelineEnding('Succeeded'));
    delete process.env.AWS_REGION;
    delete process.env.AWS_DEFAULT_REGION;
    const run = await rampart('pipeline', 'run', '--name', PIPELINE);
    expect(run).toMatchObject({ code: 2, stderr: 'error: --region is needed: AWS_REGION is not set\n' });
    expect(fake.calls).toEqual([]);
  });

  test('recorded API shapes: an unknown pipeline exits 2', async () => {
    await serve(pipelineEnding('Succeeded'));
    const run = await rampart('pipeline', 'run', '--name', 'app-relase', '--region', 'eu-west-1');
    expect(run).toMatchObject({
      code: 2,
      stderr:
        'error: pipeline "app-relase" does not exist in eu-west-1 (in the account of the current credentials)\n',
    });
  });
});

describe('pipeline approve', () => {
  const TOKEN = '0f4c2b8e-5d1a-4e7b-9a36-2c8d7e1f4b90';
  const withApproval =
    (status?: string): Handler =>
    (operation) =>
      operation === 'GetPipelineState'
        ? getPipelineStateReply(PIPELINE, [
            {
              name: 'Approve',
              executionId: EXECUTION_ID,
              actions: [
                {
                  name: 'Release',
                  latest: status ? { status, token: status === 'InProgress' ? TOKEN : undefined } : undefined,
                },
              ],
            },
          ])
        : operation === 'PutApprovalResult'
          ? { body: { approvedAt: 1_718_000_600 } }
          : awsError('UnknownOperationException', operation);
  const approve = (...flags: string[]) =>
    rampart(
      'pipeline',
      'approve',
      '--name',
      PIPELINE,
      '--stage',
      'Approve',
      '--action',
      'Release',
      '--summary',
      'ok',
      ...flags,
    );

  test('recorded API shapes: a waiting approval is approved (exit 0) or rejected', async () => {
    const fake = await serve(withApproval('InProgress'));
    expect(await approve('--decision', 'approve')).toEqual({
      code: 0,
      stdout: `approved pipeline app-release, stage Approve, action Release (execution ${EXECUTION_ID})\n`,
      stderr: '',
    });
    expect((await approve('--decision', 'reject')).stdout).toMatch(/^rejected /);
    expect(fake.callsOf('PutApprovalResult').map((put) => [put.token, put.result])).toEqual([
      [TOKEN, { status: 'Approved', summary: 'ok' }],
      [TOKEN, { status: 'Rejected', summary: 'ok' }],
    ]);
  });

  test('recorded API shapes: nothing waiting exits 1, saying what the action is doing', async () => {
    const fake = await serve(withApproval('Succeeded'));
    const run = await approve('--decision', 'approve');
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr: `rampart pipeline approve: nothing is waiting for approval at pipeline "app-release", stage "Approve", action "Release": its latest run is Succeeded (execution ${EXECUTION_ID})\n`,
    });
    expect(fake.callsOf('PutApprovalResult')).toEqual([]);
  });

  test('recorded API shapes: an unknown action exits 2', async () => {
    await serve(withApproval('InProgress'));
    const run = await rampart(
      'pipeline',
      'approve',
      '--name',
      PIPELINE,
      '--stage',
      'Approve',
      '--action',
      'Relase',
      '--decision',
      'approve',
      '--summary',
      'ok',
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'error: stage "Approve" of pipeline "app-release" has no action "Relase" (its actions: Release)\n',
    );
  });

  test.each([
    [['--decision', 'yes', '--summary', 'ok'], 'error: --decision "yes" must be approve or reject'],
    [
      ['--decision', 'approve', '--summary', 'x'.repeat(513)],
      'error: --summary is 513 characters long; CodePipeline keeps at most 512',
    ],
    [['--summary', 'ok'], 'error: rampart pipeline approve: --decision is required'],
  ])('bad flags exit 2 before any AWS call: %j', async (flags, message) => {
    const fake = await serve(withApproval('InProgress'));
    const run = await rampart(
      'pipeline',
      'approve',
      '--name',
      PIPELINE,
      '--stage',
      'Approve',
      '--action',
      'Release',
      ...flags,
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`${message}\n`);
    expect(fake.calls).toEqual([]);
  });
});

test('the pipeline group lists run and approve next to synth', async () => {
  const help = await rampart('pipeline', '--help');
  expect(help.code).toBe(0);
  expect(help.stdout).toMatch(/pipeline synth .*\n.*pipeline run .*\n {2}pipeline approve /s);
});
