import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { assumedRoleCredentials } from '../src/aws/assume-role';

// STS's answers here follow the AssumeRole API reference; moto does not report ExternalId or session tags back.
describe('assumedRoleCredentials with API-reference-shaped STS responses', () => {
  const sts = mockClient(STSClient);
  const client = new STSClient({ region: 'us-east-1' });
  const answer = (accessKeyId: string, expiresInMs: number) => ({
    Credentials: {
      AccessKeyId: accessKeyId,
      SecretAccessKey: `secret-of-${accessKeyId}`,
      SessionToken: `token-of-${accessKeyId}`,
      Expiration: new Date(Date.now() + expiresInMs),
    },
    AssumedRoleUser: { Arn: 'arn:aws:sts::111111111111:assumed-role/Deploy/s', AssumedRoleId: 'AROA:s' },
  });
  beforeEach(() => sts.reset());

  test('assumes the role once with external id, session name and tags, and hands every secret to onSecret', async () => {
    sts.on(AssumeRoleCommand).resolves(answer('ASIAFIRST', 3_600_000));
    const secrets: string[] = [];
    const provider = assumedRoleCredentials(
      {
        roleArn: 'arn:aws:iam::111111111111:role/Deploy',
        region: 'us-east-1',
        sessionName: 'rampart-unicorn-run/42',
        externalId: 'shared-secret',
        sessionTags: { Repository: 'acme/app', Commit: 'abc', Tenant: 'unicorn', Empty: '' },
        onSecret: (value) => secrets.push(value),
      },
      client,
    );

    const [first, second] = await Promise.all([provider(), provider()]);

    expect(first).toEqual(second);
    expect(first.accessKeyId).toBe('ASIAFIRST');
    expect(sts.commandCalls(AssumeRoleCommand)).toHaveLength(1);
    expect(sts.commandCalls(AssumeRoleCommand)[0]?.args[0].input).toEqual({
      RoleArn: 'arn:aws:iam::111111111111:role/Deploy',
      RoleSessionName: 'rampart-unicorn-run-42',
      ExternalId: 'shared-secret',
      Tags: [
        { Key: 'Repository', Value: 'acme/app' },
        { Key: 'Commit', Value: 'abc' },
        { Key: 'Tenant', Value: 'unicorn' },
      ],
    });
    expect(secrets).toEqual(['ASIAFIRST', 'secret-of-ASIAFIRST', 'token-of-ASIAFIRST']);
  });

  test('assumes the role again once the credentials are within five minutes of expiring', async () => {
    sts
      .on(AssumeRoleCommand)
      .resolvesOnce(answer('ASIAOLD', 7 * 60_000))
      .resolves(answer('ASIANEW', 3_600_000));
    const provider = assumedRoleCredentials(
      { roleArn: 'arn:aws:iam::111111111111:role/Deploy', region: 'us-east-1', sessionName: 's1' },
      client,
    );

    expect((await provider()).accessKeyId).toBe('ASIAOLD');
    const now = Date.now();
    const clock = jest.spyOn(Date, 'now').mockReturnValue(now + 3 * 60_000);
    try {
      const [first, second] = await Promise.all([provider(), provider()]);
      expect([first.accessKeyId, second.accessKeyId]).toEqual(['ASIANEW', 'ASIANEW']);
    } finally {
      clock.mockRestore();
    }
    expect(sts.commandCalls(AssumeRoleCommand)).toHaveLength(2);
  });

  test('a refused AssumeRole names the role, and the next call tries again', async () => {
    const denied = Object.assign(new Error('User is not authorized to perform: sts:TagSession'), {
      name: 'AccessDenied',
    });
    sts.on(AssumeRoleCommand).rejectsOnce(denied).resolves(answer('ASIALATER', 3_600_000));
    const provider = assumedRoleCredentials(
      {
        roleArn: 'arn:aws:iam::111111111111:role/Deploy',
        region: 'us-east-1',
        sessionName: 's1',
        sessionTags: { Tenant: 'unicorn' },
      },
      client,
    );

    await expect(provider()).rejects.toThrow(
      'could not assume arn:aws:iam::111111111111:role/Deploy: User is not authorized to perform: sts:TagSession (if the trust policy does not allow sts:TagSession, allow it or turn session tags off)',
    );
    expect((await provider()).accessKeyId).toBe('ASIALATER');
  });
});
