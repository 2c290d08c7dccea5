/**
 * templates/dependency-feedback.yaml. moto's CloudFormation has no AWS::LanguageExtensions
 * (Fn::ForEach), so the template is not deployed: its SNAPSHOT filter (the inline function's own
 * code) runs here with a stand-in CodeBuild client, its consumer release rule's pattern is put on
 * moto's EventBridge to see which events it matches, its policies are read statement by statement,
 * and cfn-lint checks the rest (templates.bootstrap.test.ts lints every template too).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { CreateEventBusCommand, EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { createAwsClient } from '../src/aws/client-factory';
import { reportFailure } from '../src/deps/failure-report';
import { codeArtifactShapedDetail, type Release } from '../src/deps/release';
import { readCfnTemplate } from './support/cloudformation-template';
import { REGION, TOOLING_ACCOUNT, useLocalAws } from './support/local-aws';
import { queuedEvents, ruleToQueue } from './support/moto-sqs';

const local = useLocalAws();
const TEMPLATE_FILE = join(__dirname, '..', 'templates', 'dependency-feedback.yaml');
const template = readCfnTemplate(TEMPLATE_FILE);
type Properties = Record<string, unknown>;
const properties = (logicalId: string) => template.Resources[logicalId]?.Properties as Properties;

/** The template's values with parameters filled in, for the few Refs its patterns use. */
function withParameters(node: unknown, parameters: Record<string, string | string[]>): unknown {
  if (Array.isArray(node)) return node.map((item) => withParameters(item, parameters));
  if (node && typeof node === 'object') {
    const ref = (node as { Ref?: string }).Ref;
    if (ref !== undefined) return parameters[ref] ?? ref;
    return Object.fromEntries(
      Object.entries(node).map(([key, value]) => [key, withParameters(value, parameters)]),
    );
  }
  return node;
}

const PRODUCER = '111111111111';

function codeArtifactEvent(packageVersion: string, namespace: string | null = 'com.acme', format = 'maven') {
  return {
    version: '0',
    'detail-type': 'CodeArtifact Package Version State Change',
    source: 'aws.codeartifact',
    account: PRODUCER,
    detail: {
      domainName: 'acme',
      domainOwner: PRODUCER,
      repositoryName: 'releases',
      packageFormat: format,
      packageNamespace: namespace,
      packageName: 'shared-lib',
      packageVersion,
      packageVersionState: 'Published',
      operationType: 'Created',
    },
  };
}

describe('the SNAPSHOT filter (the inline function, run with a stand-in CodeBuild client)', () => {
  function loadFilter(env: Record<string, string>) {
    const code = (properties('SnapshotFilterFunction').Code as { ZipFile: string }).ZipFile;
    const started: {
      projectName: string;
      environmentVariablesOverride: { name: string; value: string }[];
    }[] = [];
    class StartBuildCommand {
      constructor(readonly input: (typeof started)[number]) {}
    }
    class CodeBuildClient {
      async send(command: StartBuildCommand) {
        started.push(command.input);
        return { build: { id: `${command.input.projectName}:${started.length}` } };
      }
    }
    const module = { exports: {} as { handler: (event: unknown) => Promise<unknown> } };
    const lambdaRequire = (name: string) => {
      if (name !== '@aws-sdk/client-codebuild') throw new Error(`unexpected require ${name}`);
      return { CodeBuildClient, StartBuildCommand };
    };
    new Function('exports', 'require', 'module', 'process', 'console', code)(
      module.exports,
      lambdaRequire,
      module,
      { env: { UPDATE_PROJECT: 'orders-dependency-update', ALLOW_PRERELEASES: 'false', ...env } },
      { log: () => undefined },
    );
    return { handler: module.exports.handler, started };
  }

  const variables = (
    build: { environmentVariablesOverride: { name: string; value: string }[] } | undefined,
  ) =>
    Object.fromEntries(
      (build?.environmentVariablesOverride ?? []).map((variable) => [variable.name, variable.value]),
    );

  test('a release starts the update build with the package, ecosystem and version', async () => {
    const filter = loadFilter({});
    expect(await filter.handler(codeArtifactEvent('1.0.1'))).toEqual({
      started: 'orders-dependency-update:1',
    });
    expect(filter.started[0]?.projectName).toBe('orders-dependency-update');
    expect(variables(filter.started[0])).toEqual({
      RAMPART_PACKAGE: 'com.acme:shared-lib',
      RAMPART_ECOSYSTEM: 'maven',
      RAMPART_VERSION: '1.0.1',
    });
  });

  test('SNAPSHOT versions never start a build; other pre-releases only when allowed', async () => {
    const strict = loadFilter({});
    for (const version of [
      '1.0.1-SNAPSHOT',
      '1.0.1-snapshot',
      '2.0.0-RC1',
      '2.0.0-M3',
      '2.0.0-beta.2',
      '2.0.0rc1',
    ]) {
      expect(await strict.handler(codeArtifactEvent(version))).toEqual({ skipped: true });
    }
    expect(strict.started).toEqual([]);
    const lenient = loadFilter({ ALLOW_PRERELEASES: 'true' });
    expect(await lenient.handler(codeArtifactEvent('1.0.1-SNAPSHOT'))).toEqual({ skipped: true });
    expect(await lenient.handler(codeArtifactEvent('2.0.0-RC1'))).toEqual({
      started: 'orders-dependency-update:1',
    });
  });

  test("npm scopes and unscoped names, and Rampart's own release events, name the package as rampart deps update takes it", async () => {
    const filter = loadFilter({});
    await filter.handler(codeArtifactEvent('3.1.0', 'acme', 'npm'));
    await filter.handler(codeArtifactEvent('3.1.0', null, 'pypi'));
    const release: Release = { package: '@acme/shared-lib', ecosystem: 'npm', version: '3.2.0' };
    const origin = { account: PRODUCER, region: REGION, domainName: 'acme', repositoryName: 'shared-lib' };
    await filter.handler({ source: 'rampart.deps', detail: codeArtifactShapedDetail(release, origin) });
    expect(filter.started.map((build) => variables(build).RAMPART_PACKAGE)).toEqual([
      '@acme/shared-lib',
      'shared-lib',
      '@acme/shared-lib',
    ]);
  });
});

describe("the consumer's release rule (its pattern on moto's EventBridge)", () => {
  test('matches CodeArtifact releases and Rampart-announced ones from the producer account, nothing else', async () => {
    const events = createAwsClient(EventBridgeClient, { region: REGION });
    await events.send(new CreateEventBusCommand({ Name: 'consumer-default' }));
    // moto gives an event the caller's account: here the producer is moto's default account.
    const ruleFor = (producer: string, name: string) =>
      ruleToQueue(
        local.endpoint(),
        'consumer-default',
        name,
        withParameters(properties('ReleaseRule').EventPattern, {
          ProducerAccountId: producer,
          PackageFormat: 'maven',
        }) as object,
      );
    const fromProducer = await ruleFor(TOOLING_ACCOUNT, 'from-producer');
    const fromElsewhere = await ruleFor(PRODUCER, 'from-elsewhere');
    const release: Release = { package: 'com.acme:shared-lib', ecosystem: 'maven', version: '1.0.2' };
    const origin = {
      account: TOOLING_ACCOUNT,
      region: REGION,
      domainName: 'acme',
      repositoryName: 'shared-lib',
    };
    const put = (source: string, detail: object) =>
      events.send(
        new PutEventsCommand({
          Entries: [
            {
              EventBusName: 'consumer-default',
              Source: source,
              DetailType: 'CodeArtifact Package Version State Change',
              Detail: JSON.stringify(detail),
            },
          ],
        }),
      );
    await put('aws.codeartifact', codeArtifactEvent('1.0.1').detail);
    await put('rampart.deps', codeArtifactShapedDetail(release, origin));
    await put('rampart.deps', { ...codeArtifactShapedDetail(release, origin), packageFormat: 'npm' });
    await put('someone.else', codeArtifactEvent('1.0.3').detail);
    const delivered = await queuedEvents(local.endpoint(), fromProducer);
    expect(
      delivered.map((event) => [event.source, (event.detail as { packageVersion: string }).packageVersion]),
    ).toEqual([
      ['aws.codeartifact', '1.0.1'],
      ['rampart.deps', '1.0.2'],
    ]);
    expect(await queuedEvents(local.endpoint(), fromElsewhere)).toEqual([]);
  });
});

describe("the producer's reported-failure rule (its pattern on moto's EventBridge)", () => {
  test('matches what rampart deps report-failure puts on the bus, from a consumer account', async () => {
    const events = createAwsClient(EventBridgeClient, { region: REGION });
    await events.send(new CreateEventBusCommand({ Name: 'producer-default' }));
    // The consumer puts the event: in moto that is the caller's (default) account.
    const pattern = withParameters(properties('ReportedFailureRule').EventPattern, {
      ConsumerAccountIds: [TOOLING_ACCOUNT],
    });
    const queueUrl = await ruleToQueue(local.endpoint(), 'producer-default', 'reported', pattern as object);
    const release: Release = { package: 'com.acme:shared-lib', ecosystem: 'maven', version: '1.0.2' };
    const [outcome] = await reportFailure(
      { release, consumer: 'acme/orders', runUrl: 'https://github.com/acme/orders/actions/runs/5' },
      { eventBus: 'producer-default', region: REGION },
    );
    expect(outcome?.status).toBe('done');
    const [event] = await queuedEvents(local.endpoint(), queueUrl);
    expect(event?.detail).toMatchObject({ consumer: 'acme/orders', version: '1.0.2' });
  });
});

describe('least privilege', () => {
  interface Statement {
    Effect: string;
    Action: string | string[];
    Resource: unknown;
    Principal?: unknown;
    Condition?: Record<string, Record<string, unknown>>;
  }

  const roleStatements = (logicalId: string): Statement[] =>
    (
      (properties(logicalId).Policies as { PolicyDocument: { Statement: Statement[] } }[] | undefined) ?? []
    ).flatMap((policy) => policy.PolicyDocument.Statement);

  test('every role statement names its actions and resources; roles trust their service in this account only', () => {
    const roles = Object.entries(template.Resources).filter(
      ([, resource]) => resource.Type === 'AWS::IAM::Role',
    );
    expect(roles.map(([id]) => id).sort()).toEqual([
      'FailureForwardRole',
      'ReleaseForwardRole',
      'SnapshotFilterRole',
    ]);
    for (const [id] of roles) {
      for (const statement of roleStatements(id)) {
        expect([statement.Action].flat()).not.toContain('*');
        expect(statement.Resource).not.toBe('*');
      }
      const trust = (properties(id).AssumeRolePolicyDocument as { Statement: Statement[] }).Statement;
      expect(trust).toEqual([
        expect.objectContaining({
          Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } },
        }),
      ]);
    }
    expect(roleStatements('SnapshotFilterRole').map((statement) => statement.Action)).toEqual([
      'codebuild:StartBuild',
      ['logs:CreateLogStream', 'logs:PutLogEvents'],
    ]);
    expect(roleStatements('FailureForwardRole')).toEqual([
      {
        Effect: 'Allow',
        Action: 'events:PutEvents',
        Resource: {
          'Fn::Sub': 'arn:${AWS::Partition}:events:${AWS::Region}:${ProducerAccountId}:event-bus/default',
        },
      },
    ]);
  });

  test('the release forwarding role may put on each consumer account default bus, one policy per account', () => {
    const loop = (template.Resources as unknown as Record<string, unknown>)['Fn::ForEach::ReleaseRules'] as [
      string,
      unknown,
      Record<string, { Type: string; Properties: Properties }>,
    ];
    const [identifier, collection, fragment] = loop;
    expect([identifier, collection]).toEqual(['ConsumerAccountId', { Ref: 'ConsumerAccountIds' }]);
    const policy = fragment['ReleaseForwardTo&{ConsumerAccountId}']?.Properties.PolicyDocument as {
      Statement: Statement[];
    };
    expect(policy.Statement).toHaveLength(1);
    expect(policy.Statement[0]?.Action).toBe('events:PutEvents');
    expect(JSON.stringify(policy.Statement[0]?.Resource)).toContain(
      '{"Ref":"ConsumerAccountId"},":event-bus/default"',
    );
  });

  test('bus policies admit the other side for its own kind of event only; the topic takes the failure rules only', () => {
    const conditionOf = (logicalId: string) => (properties(logicalId).Statement as Statement).Condition;
    expect(conditionOf('ConsumerFailuresPolicy')).toEqual({
      StringEquals: {
        'events:source': ['aws.codebuild', 'rampart.deps'],
        'events:detail-type': ['CodeBuild Build State Change', 'Rampart Dependency Update Failed'],
      },
    });
    expect(conditionOf('ProducerReleasesPolicy')).toEqual({
      StringEquals: {
        'events:source': ['aws.codeartifact', 'rampart.deps'],
        'events:detail-type': 'CodeArtifact Package Version State Change',
      },
    });
    const topic = (properties('FailureTopicPolicy').PolicyDocument as { Statement: Statement[] }).Statement;
    expect(topic).toEqual([
      expect.objectContaining({
        Principal: { Service: 'events.amazonaws.com' },
        Action: 'sns:Publish',
        Condition: {
          ArnEquals: {
            'aws:SourceArn': [
              { 'Fn::GetAtt': ['FailureRule', 'Arn'] },
              { 'Fn::GetAtt': ['ReportedFailureRule', 'Arn'] },
            ],
          },
        },
      }),
    ]);
  });

  test('only failed builds of the pull request project are forwarded', () => {
    expect(properties('FailureForwardRule').EventPattern).toEqual({
      source: ['aws.codebuild'],
      'detail-type': ['CodeBuild Build State Change'],
      detail: { 'build-status': ['FAILED'], 'project-name': [{ Ref: 'VerifyProjectName' }] },
    });
  });
});

test('cfn-lint finds nothing', () => {
  const lint = spawnSync('cfn-lint', [TEMPLATE_FILE], { encoding: 'utf8' });
  if (lint.error) throw new Error('cfn-lint is not on PATH: pip install cfn-lint');
  expect(lint.stdout + lint.stderr).toBe('');
  expect(lint.status).toBe(0);
});
