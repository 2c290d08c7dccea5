import { CloudFormationClient, GetTemplateCommand, ListStacksCommand } from '@aws-sdk/client-cloudformation';
import { DeleteParameterCommand, PutParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { assumedRoleCredentials } from '../../src/aws/assume-role';
import { closeAwsConnections, createAwsClient } from '../../src/aws/client-factory';
import { type MotoServer, startMotoServer } from '../../tools/moto-server';

export const TOOLING_ACCOUNT = '123456789012';
export const REGION = 'us-east-1';

/**
 * Starts moto for one test file and points the AWS SDK at it through AWS_ENDPOINT_URL, with
 * credentials of moto's default (tooling) account.
 */
export function useLocalAws(): { endpoint(): string } {
  let moto: MotoServer | undefined;
  beforeAll(async () => {
    moto = await startMotoServer();
    Object.assign(process.env, {
      AWS_ENDPOINT_URL: moto.endpoint,
      AWS_ACCESS_KEY_ID: 'testing',
      AWS_SECRET_ACCESS_KEY: 'testing',
      AWS_REGION: REGION,
    });
    delete process.env.AWS_PROFILE;
  });
  afterAll(async () => {
    closeAwsConnections();
    await moto?.stop();
  });
  return { endpoint: () => moto?.endpoint ?? '' };
}

/** Credentials that act inside `accountId`, as moto grants them to any AssumeRole into that account. */
function credentialsIn(accountId: string, region = REGION) {
  return assumedRoleCredentials({
    roleArn: `arn:aws:iam::${accountId}:role/test-inspector`,
    region,
    sessionName: 'test-inspector',
  });
}

export function cloudFormationIn(accountId: string, region = REGION): CloudFormationClient {
  return createAwsClient(CloudFormationClient, { region, credentials: credentialsIn(accountId, region) });
}

export async function stackNamesIn(accountId: string, region = REGION): Promise<string[]> {
  const response = await cloudFormationIn(accountId, region).send(new ListStacksCommand({}));
  return (response.StackSummaries ?? [])
    .filter((stack) => stack.StackStatus !== 'DELETE_COMPLETE')
    .map((stack) => stack.StackName ?? '')
    .sort();
}

export async function templateOf(accountId: string, stackName: string, region = REGION): Promise<string> {
  const response = await cloudFormationIn(accountId, region).send(
    new GetTemplateCommand({ StackName: stackName }),
  );
  return response.TemplateBody ?? '';
}

/** Creates an SSM parameter in a tenant account, e.g. to make a stack that creates the same name fail. */
export async function putParameterIn(accountId: string, name: string, region = REGION): Promise<void> {
  await ssmIn(accountId, region).send(
    new PutParameterCommand({ Name: name, Value: 'taken', Type: 'String' }),
  );
}

export async function deleteParameterIn(accountId: string, name: string, region = REGION): Promise<void> {
  await ssmIn(accountId, region).send(new DeleteParameterCommand({ Name: name }));
}

function ssmIn(accountId: string, region: string): SSMClient {
  return createAwsClient(SSMClient, { region, credentials: credentialsIn(accountId, region) });
}
