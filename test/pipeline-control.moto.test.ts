/**
 * `rampart pipeline run` and `approve` against moto, for what moto 5.2.1 implements of CodePipeline:
 * CreatePipeline and GetPipeline (with pipelineType, executionMode and variables), read through a front that turns its
 * ISO metadata timestamps into the API's epoch seconds (see throughMoto). Its
 * StartPipelineExecution, GetPipelineExecution, ListActionExecutions, GetPipelineState and
 * PutApprovalResult answer 500 (not implemented): the first test pins that down, and the other
 * pipeline-control tests use a stand-in shaped like the API reference for those calls.
 */
import {
  CodePipelineClient,
  CreatePipelineCommand,
  type PipelineDeclaration,
} from '@aws-sdk/client-codepipeline';
import { CreateRoleCommand, IAMClient } from '@aws-sdk/client-iam';
import { createAwsClient } from '../src/aws/client-factory';
import { InputError } from '../src/errors';
import { runPipeline } from '../src/pipeline-control/run';
import { throughMoto, useFakeCodePipeline } from './support/codepipeline-api';
import { REGION, toolingAccountRequest, useLocalAws } from './support/local-aws';

const moto = useLocalAws();
const serve = useFakeCodePipeline();

const CONTROL_CALLS: [string, Record<string, unknown>][] = [
  ['StartPipelineExecution', { name: 'app-release' }],
  ['GetPipelineExecution', { pipelineName: 'app-release', pipelineExecutionId: 'x' }],
  ['ListActionExecutions', { pipelineName: 'app-release' }],
  ['GetPipelineState', { name: 'app-release' }],
  [
    'PutApprovalResult',
    {
      pipelineName: 'app-release',
      stageName: 'Approve',
      actionName: 'Release',
      result: { status: 'Approved', summary: 'ok' },
      token: '0f4c2b8e-5d1a-4e7b-9a36-2c8d7e1f4b90',
    },
  ],
];

async function createPipeline(name: string, extra: Partial<PipelineDeclaration>): Promise<void> {
  const iam = createAwsClient(IAMClient, { region: REGION });
  const role = await iam
    .send(
      new CreateRoleCommand({
        RoleName: `${name}-role`,
        AssumeRolePolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { Service: 'codepipeline.amazonaws.com' },
              Action: 'sts:AssumeRole',
            },
          ],
        }),
      }),
    )
    .then((created) => created.Role?.Arn ?? '');
  await createAwsClient(CodePipelineClient, { region: REGION }).send(
    new CreatePipelineCommand({
      pipeline: {
        name,
        roleArn: role,
        artifactStore: { type: 'S3', location: 'rampart-artifacts' },
        stages: [
          {
            name: 'Source',
            actions: [
              {
                name: 'Checkout',
                actionTypeId: { category: 'Source', owner: 'AWS', provider: 'S3', version: '1' },
                configuration: { S3Bucket: 'rampart-artifacts', S3ObjectKey: 'source.zip' },
                outputArtifacts: [{ name: 'source' }],
              },
            ],
          },
          {
            name: 'Approve',
            actions: [
              {
                name: 'Release',
                actionTypeId: { category: 'Approval', owner: 'AWS', provider: 'Manual', version: '1' },
              },
            ],
          },
        ],
        ...extra,
      },
    }),
  );
}

beforeAll(async () => {
  await createPipeline('app-release', {
    pipelineType: 'V2',
    executionMode: 'QUEUED',
    variables: [{ name: 'RELEASE' }, { name: 'TENANTS', defaultValue: 'all' }],
  });
  await createPipeline('legacy', {});
});

test('moto 5.2.1 answers StartPipelineExecution, GetPipelineExecution, ListActionExecutions, GetPipelineState and PutApprovalResult with 500 (not implemented)', async () => {
  process.env.AWS_ENDPOINT_URL = moto.endpoint();
  for (const [operation, body] of CONTROL_CALLS) {
    const response = await toolingAccountRequest('codepipeline', {
      method: 'POST',
      path: '/',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': `CodePipeline_20150709.${operation}`,
      },
      body: JSON.stringify(body),
    });
    expect({ operation, status: response.status }).toEqual({ operation, status: 500 });
  }
});

async function refusal(pipeline: string, variables: { name: string; value: string }[]): Promise<string[]> {
  const front = await serve(throughMoto(moto.endpoint()));
  const error = await runPipeline({ pipeline, region: REGION, variables, wait: true }).catch(
    (caught: unknown) => caught,
  );
  if (!(error instanceof InputError)) throw error;
  expect(front.calls.map((call) => call.operation)).toEqual(['GetPipeline']);
  return error.problems;
}

test('moto (GetPipeline): variables the V2 pipeline does not declare are refused before starting, naming the declared ones', async () => {
  expect(await refusal('app-release', [{ name: 'RELEASES', value: '1.4.2' }])).toEqual([
    'pipeline "app-release" declares no variable "RELEASES" (it declares RELEASE, TENANTS)',
  ]);
});

test('moto (GetPipeline): variables for a V1 pipeline are refused before starting', async () => {
  expect(await refusal('legacy', [{ name: 'RELEASE', value: '1.4.2' }])).toEqual([
    'pipeline "legacy" declares no variables (a V1 pipeline; variables need a V2 pipeline): remove the variables or declare them in the pipeline',
  ]);
});

test('moto (GetPipeline: PipelineNotFoundException): an unknown pipeline is bad input', async () => {
  expect(await refusal('app-relase', [])).toEqual([
    `pipeline "app-relase" does not exist in ${REGION} (in the account of the current credentials)`,
  ]);
});
