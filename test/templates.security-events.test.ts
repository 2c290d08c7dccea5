/**
 * templates/security-event-rules.yaml read as CloudFormation would: the event patterns evaluated
 * against sample events shaped like the AWS documentation's (CloudTrail, GuardDuty, Config,
 * Inspector) by a small matcher for the operators the template uses, and the same events put through
 * moto's own pattern engine (moto 5.2.1 has no TestEventPattern: rules on a bus route them to SQS
 * queues instead). Also EventBridge's five-targets-per-rule limit, the least privilege of the role and
 * topic policy, and cfn-lint.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import {
  CreateEventBusCommand,
  EventBridgeClient,
  PutEventsCommand,
  PutRuleCommand,
  PutTargetsCommand,
} from '@aws-sdk/client-eventbridge';
import { createAwsClient } from '../src/aws/client-factory';
import { readCfnTemplate } from './support/cloudformation-template';
import { REGION, TOOLING_ACCOUNT, toolingAccountRequest, useLocalAws } from './support/local-aws';

useLocalAws();

const TEMPLATE_FILE = join(__dirname, '..', 'templates', 'security-event-rules.yaml');
const template = readCfnTemplate(TEMPLATE_FILE);
/** EventBridge allows at most five targets on a rule. */
const MAX_TARGETS_PER_RULE = 5;
const RULES = [
  'RootActivityRule',
  'GuardDutyHighSeverityRule',
  'S3PublicAccessRule',
  'InspectorCriticalRule',
];

type Pattern = { [key: string]: unknown[] | Pattern };
type SampleEvent = Record<string, unknown>;

/** Parameters replaced by their defaults (a list parameter split); nothing else is resolved. */
function withDefaults(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withDefaults);
  if (node === null || typeof node !== 'object') return node;
  const record = node as Record<string, unknown>;
  if (typeof record.Ref === 'string' && template.Parameters?.[record.Ref]) {
    const { Type, Default = '' } = template.Parameters[record.Ref] ?? { Type: 'String' };
    return Type === 'CommaDelimitedList' ? Default.split(',') : Default;
  }
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, withDefaults(value)]));
}

function patternOf(rule: string): Pattern {
  return withDefaults(template.Resources[rule]?.Properties?.EventPattern) as Pattern;
}

// ---- a matcher for the pattern operators the template uses: exact values, nesting, numeric ------

function matches(pattern: Pattern, event: unknown): boolean {
  return Object.entries(pattern).every(([key, rule]) => {
    const value = (event as Record<string, unknown> | undefined)?.[key];
    if (Array.isArray(rule)) return rule.some((allowed) => valueMatches(allowed, value));
    return typeof value === 'object' && value !== null && matches(rule, value);
  });
}

/** An array in the event matches when any of its elements does. */
function valueMatches(allowed: unknown, value: unknown): boolean {
  if (Array.isArray(value)) return value.some((element) => valueMatches(allowed, element));
  if (typeof allowed !== 'object' || allowed === null) return value === allowed;
  const { numeric, ...others } = allowed as { numeric?: (string | number)[] };
  if (!numeric || Object.keys(others).length > 0) {
    throw new Error(`the test's matcher does not know ${JSON.stringify(allowed)}`);
  }
  return typeof value === 'number' && numericMatches(numeric, value);
}

function numericMatches(conditions: (string | number)[], value: number): boolean {
  const compare: Record<string, (bound: number) => boolean> = {
    '<': (bound) => value < bound,
    '<=': (bound) => value <= bound,
    '=': (bound) => value === bound,
    '>=': (bound) => value >= bound,
    '>': (bound) => value > bound,
  };
  const pairs = conditions.flatMap((item, index) => (index % 2 === 0 ? [[item, conditions[index + 1]]] : []));
  return pairs.every(([operator, bound]) => {
    const check = compare[String(operator)];
    if (!check || typeof bound !== 'number') throw new Error(`bad numeric condition ${operator} ${bound}`);
    return check(bound);
  });
}

// ---- sample events, shaped like the examples in the AWS documentation ---------------------------

function envelope(source: string, detailType: string, detail: object): SampleEvent {
  return {
    version: '0',
    id: '7bf73129-1428-4cd3-a780-95db273d1602',
    'detail-type': detailType,
    source,
    account: '123456789012',
    time: '2024-05-01T10:00:00Z',
    region: 'us-east-1',
    resources: [],
    detail,
  };
}

const rootApiCall = (type: string) =>
  envelope('aws.s3', 'AWS API Call via CloudTrail', {
    eventVersion: '1.08',
    userIdentity: { type, principalId: '123456789012', arn: 'arn:aws:iam::123456789012:root' },
    eventSource: 's3.amazonaws.com',
    eventName: 'PutBucketPolicy',
  });

const consoleSignIn = (type: string) =>
  envelope('aws.signin', 'AWS Console Sign In via CloudTrail', {
    userIdentity: { type, principalId: '123456789012', arn: 'arn:aws:iam::123456789012:root' },
    eventSource: 'signin.amazonaws.com',
    eventName: 'ConsoleLogin',
    responseElements: { ConsoleLogin: 'Success' },
  });

const guardDutyFinding = (severity: number) =>
  envelope('aws.guardduty', 'GuardDuty Finding', {
    schemaVersion: '2.0',
    accountId: '123456789012',
    region: 'us-east-1',
    id: '16afba5c5c43e07c9e3e5e2e544e95df',
    type: 'UnauthorizedAccess:EC2/SSHBruteForce',
    resource: { resourceType: 'Instance', instanceDetails: { instanceId: 'i-99999999' } },
    severity,
    title: '85.224.242.94 is performing SSH brute force attacks against i-99999999.',
  });

const configCompliance = (configRuleName: string, complianceType: string) =>
  envelope('aws.config', 'Config Rules Compliance Change', {
    resourceId: 'example-bucket',
    awsRegion: 'us-east-1',
    awsAccountId: '123456789012',
    configRuleName,
    recordVersion: '1.0',
    configRuleARN: 'arn:aws:config:us-east-1:123456789012:config-rule/config-rule-ab1cd2',
    messageType: 'ComplianceChangeNotification',
    newEvaluationResult: {
      evaluationResultIdentifier: {
        evaluationResultQualifier: {
          configRuleName,
          resourceType: 'AWS::S3::Bucket',
          resourceId: 'example-bucket',
        },
      },
      complianceType,
    },
    resourceType: 'AWS::S3::Bucket',
  });

const inspectorFinding = (severity: string, inspectorScore: number, status = 'ACTIVE') =>
  envelope('aws.inspector2', 'Inspector2 Finding', {
    awsAccountId: '123456789012',
    description: 'A use-after-free in the JSON parser allows remote code execution.',
    findingArn: 'arn:aws:inspector2:us-east-1:123456789012:finding/FINDING_ID',
    inspectorScore,
    packageVulnerabilityDetails: {
      vulnerabilityId: 'CVE-2024-00000',
      vulnerablePackages: [{ name: 'json-parser', version: '1.2.0', fixedInVersion: '1.2.1' }],
    },
    remediation: { recommendation: { text: 'Update json-parser to 1.2.1.' } },
    resources: [
      { id: 'arn:aws:lambda:us-east-1:123456789012:function:checkout', type: 'AWS_LAMBDA_FUNCTION' },
    ],
    severity,
    status,
    type: 'PACKAGE_VULNERABILITY',
  });

/** Each sample and the rules it must reach: none for the ones just outside a rule. */
const CASES: { name: string; event: SampleEvent; rules: string[] }[] = [
  { name: 'root API call', event: rootApiCall('Root'), rules: ['RootActivityRule'] },
  { name: 'root console sign-in', event: consoleSignIn('Root'), rules: ['RootActivityRule'] },
  { name: 'IAM user API call', event: rootApiCall('IAMUser'), rules: [] },
  { name: 'GuardDuty 7.0', event: guardDutyFinding(7.0), rules: ['GuardDutyHighSeverityRule'] },
  { name: 'GuardDuty 7.5', event: guardDutyFinding(7.5), rules: ['GuardDutyHighSeverityRule'] },
  { name: 'GuardDuty 8.9', event: guardDutyFinding(8.9), rules: ['GuardDutyHighSeverityRule'] },
  { name: 'GuardDuty 6.9', event: guardDutyFinding(6.9), rules: [] },
  { name: 'GuardDuty 9.0', event: guardDutyFinding(9.0), rules: [] },
  {
    name: 'public read non-compliant',
    event: configCompliance('s3-bucket-public-read-prohibited', 'NON_COMPLIANT'),
    rules: ['S3PublicAccessRule'],
  },
  {
    name: 'public write non-compliant',
    event: configCompliance('s3-bucket-public-write-prohibited', 'NON_COMPLIANT'),
    rules: ['S3PublicAccessRule'],
  },
  {
    name: 'public write compliant again',
    event: configCompliance('s3-bucket-public-write-prohibited', 'COMPLIANT'),
    rules: [],
  },
  { name: 'another Config rule', event: configCompliance('encrypted-volumes', 'NON_COMPLIANT'), rules: [] },
  {
    name: 'Inspector CRITICAL 8.1',
    event: inspectorFinding('CRITICAL', 8.1),
    rules: ['InspectorCriticalRule'],
  },
  {
    name: 'Inspector CRITICAL 9.8',
    event: inspectorFinding('CRITICAL', 9.8),
    rules: ['InspectorCriticalRule'],
  },
  { name: 'Inspector CRITICAL 8.0', event: inspectorFinding('CRITICAL', 8.0), rules: [] },
  { name: 'Inspector HIGH 8.5', event: inspectorFinding('HIGH', 8.5), rules: [] },
  { name: 'Inspector CRITICAL 9.8 closed', event: inspectorFinding('CRITICAL', 9.8, 'CLOSED'), rules: [] },
];

describe('event patterns against sample events', () => {
  test.each(CASES)('$name reaches $rules', ({ event, rules }) => {
    expect(RULES.filter((rule) => matches(patternOf(rule), event))).toEqual(rules);
  });

  test('GuardDuty uses a numeric range, not a list of values; Inspector a numeric bound', () => {
    expect(patternOf('GuardDutyHighSeverityRule')).toMatchObject({
      detail: { severity: [{ numeric: ['>=', 7, '<', 9] }] },
    });
    expect(patternOf('InspectorCriticalRule')).toMatchObject({
      detail: { severity: ['CRITICAL'], inspectorScore: [{ numeric: ['>', 8] }] },
    });
  });

  test("moto's pattern engine routes every sample to the same rules (rules on a bus, each with an SQS queue)", async () => {
    const bus = 'security-samples';
    const events = createAwsClient(EventBridgeClient, { region: REGION });
    await events.send(new CreateEventBusCommand({ Name: bus }));
    const queues: Record<string, string> = {};
    for (const rule of RULES) {
      queues[rule] = await createQueue(`samples-${rule}`);
      await events.send(
        new PutRuleCommand({ Name: rule, EventBusName: bus, EventPattern: JSON.stringify(patternOf(rule)) }),
      );
      await events.send(
        new PutTargetsCommand({
          Rule: rule,
          EventBusName: bus,
          Targets: [{ Id: 'queue', Arn: `arn:aws:sqs:${REGION}:${TOOLING_ACCOUNT}:samples-${rule}` }],
        }),
      );
    }
    for (const { event } of CASES) {
      const { FailedEntryCount } = await events.send(
        new PutEventsCommand({
          Entries: [
            {
              EventBusName: bus,
              Source: event.source as string,
              DetailType: event['detail-type'] as string,
              Detail: JSON.stringify(event.detail),
            },
          ],
        }),
      );
      expect(FailedEntryCount).toBe(0);
    }
    const routed: Record<string, string[]> = {};
    for (const rule of RULES) {
      for (const body of await receiveAll(queues[rule] ?? '')) {
        const delivered = JSON.parse(body) as SampleEvent;
        const sample = CASES.find(
          (candidate) => JSON.stringify(candidate.event.detail) === JSON.stringify(delivered.detail),
        );
        (routed[sample?.name ?? 'unknown'] ??= []).push(rule);
      }
    }
    const expected = Object.fromEntries(
      CASES.filter((sample) => sample.rules.length > 0).map((sample) => [sample.name, sample.rules]),
    );
    expect(routed).toEqual(expected);
  });
});

describe('rules, targets and permissions', () => {
  type Target = Record<string, unknown>;
  /** A rule's targets when the destination is the response plan (branch 1) or the topic (branch 2). */
  function targetsOf(rule: string, branch: 1 | 2): Target[] {
    const targets = (template.Resources[rule]?.Properties?.Targets ?? []) as Target[];
    return targets
      .map((target) => (Array.isArray(target['Fn::If']) ? (target['Fn::If'][branch] as Target) : target))
      .filter((target) => !(target.Ref === 'AWS::NoValue'));
  }

  test(`every rule has one to ${MAX_TARGETS_PER_RULE} targets whichever the destination (EventBridge's limit is ${MAX_TARGETS_PER_RULE})`, () => {
    const rules = Object.entries(template.Resources).filter(
      ([, resource]) => resource.Type === 'AWS::Events::Rule',
    );
    expect(rules.map(([name]) => name).sort()).toEqual([...RULES].sort());
    for (const [name] of rules) {
      for (const branch of [1, 2] as const) {
        const count = targetsOf(name, branch).length;
        expect([name, branch, count >= 1 && count <= MAX_TARGETS_PER_RULE]).toEqual([name, branch, true]);
      }
    }
  });

  test('incidents: each rule starts one with the response plan through the one role, which may do nothing else', () => {
    for (const rule of RULES) {
      expect(targetsOf(rule, 1)).toEqual([
        {
          Id: 'response-plan',
          Arn: { Ref: 'ResponsePlanArn' },
          RoleArn: { 'Fn::GetAtt': ['StartIncidentRole', 'Arn'] },
        },
      ]);
    }
    const role = template.Resources.StartIncidentRole?.Properties as Record<string, unknown>;
    expect(role.AssumeRolePolicyDocument).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Service: 'events.amazonaws.com' },
          Action: 'sts:AssumeRole',
          Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } },
        },
      ],
    });
    expect(role.Policies).toEqual([
      {
        PolicyName: 'start-incident',
        PolicyDocument: {
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Action: 'ssm-incidents:StartIncident', Resource: { Ref: 'ResponsePlanArn' } },
          ],
        },
      },
    ]);
  });

  test('SNS: each rule publishes to the topic, which lets EventBridge publish for these four rules only, over TLS', () => {
    for (const rule of RULES) {
      expect(targetsOf(rule, 2)).toEqual([
        { Id: 'security-events-topic', Arn: { Ref: 'SecurityEventsTopic' } },
      ]);
    }
    const policy = template.Resources.SecurityEventsTopicPolicy?.Properties as {
      Topics: unknown[];
      PolicyDocument: { Statement: Record<string, unknown>[] };
    };
    expect(policy.Topics).toEqual([{ Ref: 'SecurityEventsTopic' }]);
    expect(policy.PolicyDocument.Statement).toEqual([
      {
        Sid: 'SecurityEventRulesPublish',
        Effect: 'Allow',
        Principal: { Service: 'events.amazonaws.com' },
        Action: 'sns:Publish',
        Resource: { Ref: 'SecurityEventsTopic' },
        Condition: { ArnEquals: { 'aws:SourceArn': RULES.map((rule) => ({ 'Fn::GetAtt': [rule, 'Arn'] })) } },
      },
      {
        Sid: 'TlsOnly',
        Effect: 'Deny',
        Principal: '*',
        Action: 'sns:Publish',
        Resource: { Ref: 'SecurityEventsTopic' },
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      },
    ]);
  });

  test('the destination parameter chooses, and a response plan is required for incidents', () => {
    expect(template.Parameters?.Destination).toMatchObject({ AllowedValues: ['incident-manager', 'sns'] });
    expect(template.Resources.StartIncidentRole?.Condition).toBe('ToIncidentManager');
    expect(template.Resources.SecurityEventsTopic?.Condition).toBe('ToTopic');
    expect(template.Resources.SecurityEventsTopicPolicy?.Condition).toBe('ToTopic');
  });

  test('cfn-lint finds nothing', () => {
    const lint = spawnSync('cfn-lint', [TEMPLATE_FILE], { encoding: 'utf8' });
    if ((lint.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') {
      throw new Error('cfn-lint is not on PATH: pip install cfn-lint');
    }
    expect({ status: lint.status, output: `${lint.stdout}${lint.stderr}` }).toEqual({
      status: 0,
      output: '',
    });
  });
});

// ---- SQS on moto, for the pattern engine check ------------------------------------------------

async function sqs(action: string, body: object): Promise<Record<string, unknown>> {
  const response = await toolingAccountRequest('sqs', {
    method: 'POST',
    path: '/',
    headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': `AmazonSQS.${action}` },
    body: JSON.stringify(body),
  });
  if (response.status !== 200) throw new Error(`SQS ${action}: ${response.status} ${response.body}`);
  return JSON.parse(response.body);
}

async function createQueue(name: string): Promise<string> {
  return ((await sqs('CreateQueue', { QueueName: name })) as { QueueUrl: string }).QueueUrl;
}

async function receiveAll(queueUrl: string): Promise<string[]> {
  const bodies: string[] = [];
  for (;;) {
    const { Messages } = (await sqs('ReceiveMessage', { QueueUrl: queueUrl, MaxNumberOfMessages: 10 })) as {
      Messages?: { Body: string; ReceiptHandle: string }[];
    };
    if (!Messages || Messages.length === 0) return bodies;
    for (const message of Messages) {
      bodies.push(message.Body);
      await sqs('DeleteMessage', { QueueUrl: queueUrl, ReceiptHandle: message.ReceiptHandle });
    }
  }
}
