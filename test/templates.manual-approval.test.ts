/**
 * templates/manual-approval.yaml: the approval function's inline code, taken from the template as it
 * stands and run with the AWS SDK clients stubbed (Step Functions, SNS and Secrets Manager record
 * the commands they get), and the template's state machine, routes and policies read back.
 */
import { spawnSync } from 'node:child_process';
import * as crypto from 'node:crypto';
import { join } from 'node:path';
import { readCfnTemplate } from './support/cloudformation-template';

const TEMPLATE_FILE = join(__dirname, '..', 'templates', 'manual-approval.yaml');
const template = readCfnTemplate(TEMPLATE_FILE);
const resource = (name: string) => template.Resources[name]?.Properties ?? {};

const PAGE = 'https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/approval';
const TASK_TOKEN =
  'AQCEAAAAKgAAAAMAAAAAAAAAAfO2gZ0+Yb8wxLkHk4l/3Q1yJbM6x+9jwWcG1n2cFqPe0c7F8bqK1Z5bQ==' + 'x'.repeat(400);
const SIGNING_KEY = 'k'.repeat(64);
const TIMEOUT_SECONDS = 3600;

interface Sent {
  client: string;
  command: string;
  input: Record<string, unknown>;
}

type Handler = (
  event: unknown,
) => Promise<{ statusCode: number; headers: Record<string, string>; body: string }>;

/** The function as Lambda loads it (index.js, CommonJS), with stubbed SDK clients. */
function loadFunction(sfnError?: string): { handler: Handler; sent: Sent[] } {
  const code = (resource('ApprovalFunction').Code as { ZipFile: string }).ZipFile;
  const sent: Sent[] = [];
  const command = (name: string) =>
    ({
      [name]: class {
        constructor(readonly input: Record<string, unknown>) {}
      },
    })[name];
  const client = (name: string) =>
    class {
      async send(sending: { constructor: { name: string }; input: Record<string, unknown> }) {
        sent.push({ client: name, command: sending.constructor.name, input: sending.input });
        if (name === 'secretsmanager') return { SecretString: SIGNING_KEY };
        if (name === 'sfn' && sfnError)
          throw Object.assign(new Error(`${sfnError} from Step Functions`), { name: sfnError });
        return {};
      }
    };
  const modules: Record<string, unknown> = {
    crypto,
    '@aws-sdk/client-sfn': {
      SFNClient: client('sfn'),
      SendTaskSuccessCommand: command('SendTaskSuccessCommand'),
      SendTaskFailureCommand: command('SendTaskFailureCommand'),
    },
    '@aws-sdk/client-sns': { SNSClient: client('sns'), PublishCommand: command('PublishCommand') },
    '@aws-sdk/client-secrets-manager': {
      SecretsManagerClient: client('secretsmanager'),
      GetSecretValueCommand: command('GetSecretValueCommand'),
    },
  };
  const module = { exports: {} as { handler: Handler } };
  const env = {
    TOPIC_ARN: 'arn:aws:sns:eu-west-1:123456789012:approval',
    SECRET_ARN: 'arn:secret',
    TIMEOUT_SECONDS: String(TIMEOUT_SECONDS),
  };
  new Function('require', 'module', 'exports', 'process', code)(
    (name: string) => {
      if (!(name in modules))
        throw new Error(`the function requires ${name}, which the test does not provide`);
      return modules[name];
    },
    module,
    module.exports,
    { env },
  );
  return { handler: module.exports.handler, sent };
}

/** What Step Functions sends: the task token, the execution's input and name, the page's URL. */
async function requestApproval(
  input: Record<string, unknown> = { subject: 'Release 1.4.2 to production', details: 'p95 212 ms' },
) {
  const fn = loadFunction();
  await fn.handler({ taskToken: TASK_TOKEN, input, execution: 'release-42', url: PAGE });
  const publish = fn.sent.find((sent) => sent.command === 'PublishCommand');
  const link = new URL(/^(https:\/\/\S+)$/m.exec(String(publish?.input.Message))?.[1] ?? 'https://missing');
  return { link, sent: fn.sent, publish };
}

/** API Gateway's HTTP API event (payload format 2.0). */
function httpEvent(method: 'GET' | 'POST', query: string, body?: string) {
  return {
    version: '2.0',
    routeKey: `${method} /approval`,
    rawPath: '/approval',
    rawQueryString: query,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    requestContext: {
      http: { method, path: '/approval', sourceIp: '203.0.113.7', userAgent: 'Mozilla/5.0' },
    },
    ...(body === undefined ? {} : { body: Buffer.from(body).toString('base64'), isBase64Encoded: true }),
  };
}

/** The hidden fields of the page's form, as a browser would post them with a button. */
function formOf(page: string, extra: Record<string, string>): string {
  const fields = [...page.matchAll(/<input type="hidden" name="(\w)" value="([^"]*)">/g)].map(
    ([, name, value]): [string, string] => [
      name ?? '',
      (value ?? '').replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code))),
    ],
  );
  return new URLSearchParams([...fields, ...Object.entries(extra)]).toString();
}

const stepFunctionsCalls = (sent: Sent[]) => sent.filter((call) => call.client === 'sfn');

describe('the approval function (inline code from the template, SDK stubbed)', () => {
  test('from the approval step it mails one link to the page, signed over token, expiry and subject', async () => {
    const now = Date.now();
    const { link, sent, publish } = await requestApproval();
    expect(stepFunctionsCalls(sent)).toEqual([]);
    expect(publish?.input).toMatchObject({
      TopicArn: 'arn:aws:sns:eu-west-1:123456789012:approval',
      Subject: 'Approval needed: Release 1.4.2 to production',
    });
    expect(publish?.input.Message).toContain(
      'Release 1.4.2 to production\n\np95 212 ms\n\nApprove or reject on this page (opening it decides nothing):\n',
    );
    expect(`${link.origin}${link.pathname}`).toBe(PAGE);
    const [t, e, s, h] = ['t', 'e', 's', 'h'].map((name) => link.searchParams.get(name) ?? '');
    expect(t).toBe(TASK_TOKEN);
    expect(Number(e)).toBeGreaterThanOrEqual(Math.floor(now / 1000) + TIMEOUT_SECONDS);
    expect(s).toBe('Release 1.4.2 to production');
    expect(h).toBe(
      crypto
        .createHmac('sha256', SIGNING_KEY)
        .update(JSON.stringify([t, e, s]))
        .digest('base64url'),
    );
  });

  test('without a subject the mail names the execution and shows its input; the SNS subject stays printable and short', async () => {
    const { publish } = await requestApproval({ release: '1.4.2', note: 'ünïcode\nline' });
    expect(publish?.input.Subject).toBe('Approval needed: Execution release-42');
    expect(publish?.input.Message).toContain('"release": "1.4.2"');
    const long = await requestApproval({ subject: `Déploiement ${'x'.repeat(300)}` });
    expect(String(long.publish?.input.Subject)).toMatch(/^Approval needed: D ploiement x+$/);
    expect(String(long.publish?.input.Subject).length).toBe(99);
  });

  test('GET shows the page with Approve and Reject and changes nothing', async () => {
    const { link } = await requestApproval();
    const fn = loadFunction();
    const page = await fn.handler(httpEvent('GET', link.search.slice(1)));
    expect(page.statusCode).toBe(200);
    expect(page.headers).toMatchObject({
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'referrer-policy': 'no-referrer',
    });
    expect(page.headers['content-security-policy']).toContain("form-action 'self'");
    expect(page.body).toContain('<h1>Approval needed: Release 1.4.2 to production</h1>');
    expect(page.body).toContain('<form method="post">');
    expect(page.body).toContain('<button name="decision" value="approve">Approve</button>');
    expect(page.body).toContain('<button name="decision" value="reject">Reject</button>');
    expect(stepFunctionsCalls(fn.sent)).toEqual([]);
  });

  test('POST approve calls SendTaskSuccess once with the decision, the comment and where it came from', async () => {
    const { link } = await requestApproval();
    const fn = loadFunction();
    const page = await fn.handler(httpEvent('GET', link.search.slice(1)));
    const decided = await fn.handler(
      httpEvent(
        'POST',
        link.search.slice(1),
        formOf(page.body, { decision: 'approve', comment: 'Looks good' }),
      ),
    );
    expect(decided.statusCode).toBe(200);
    expect(decided.body).toContain('<h1>Approved</h1>');
    expect(stepFunctionsCalls(fn.sent)).toEqual([
      {
        client: 'sfn',
        command: 'SendTaskSuccessCommand',
        input: {
          taskToken: TASK_TOKEN,
          output: JSON.stringify({ decision: 'approved', comment: 'Looks good', sourceIp: '203.0.113.7' }),
        },
      },
    ]);
  });

  test('POST reject calls SendTaskFailure once with Rejected and the comment as the cause', async () => {
    const { link } = await requestApproval();
    const fn = loadFunction();
    const page = await fn.handler(httpEvent('GET', link.search.slice(1)));
    const decided = await fn.handler(
      httpEvent('POST', '', formOf(page.body, { decision: 'reject', comment: 'p95 over budget' })),
    );
    expect(decided.body).toContain('<h1>Rejected</h1>');
    expect(stepFunctionsCalls(fn.sent)).toEqual([
      {
        client: 'sfn',
        command: 'SendTaskFailureCommand',
        input: { taskToken: TASK_TOKEN, error: 'Rejected', cause: 'p95 over budget' },
      },
    ]);
  });

  describe('a tampered, cut or missing link is refused before any Step Functions call', () => {
    const tamperings: [string, (fields: URLSearchParams) => void][] = [
      ['another task token', (fields) => fields.set('t', `${TASK_TOKEN.slice(0, -1)}y`)],
      ['a later expiry', (fields) => fields.set('e', String(Number(fields.get('e')) + 86_400))],
      ['another subject', (fields) => fields.set('s', 'Release 6.6.6 to production')],
      ['no signature', (fields) => fields.delete('h')],
      ['a signature cut short', (fields) => fields.set('h', String(fields.get('h')).slice(0, 20))],
      ['no task token', (fields) => fields.delete('t')],
    ];
    test.each(tamperings)('%s', async (_, tamper) => {
      const { link } = await requestApproval();
      const fields = new URLSearchParams(link.search);
      tamper(fields);
      const fn = loadFunction();
      const shown = await fn.handler(httpEvent('GET', fields.toString()));
      fields.set('decision', 'approve');
      const posted = await fn.handler(httpEvent('POST', '', fields.toString()));
      for (const answer of [shown, posted]) {
        expect(answer.statusCode).toBe(403);
        expect(answer.body).toContain('This approval link is not valid');
        expect(answer.body).not.toContain('<form');
      }
      expect(stepFunctionsCalls(fn.sent)).toEqual([]);
    });

    test('a POST with the link in its query string but no form decides nothing', async () => {
      const { link } = await requestApproval();
      const fn = loadFunction();
      const answer = await fn.handler(httpEvent('POST', `${link.search.slice(1)}&decision=approve`, ''));
      expect(answer.statusCode).toBe(403);
      expect(stepFunctionsCalls(fn.sent)).toEqual([]);
    });
  });

  test('an expired link is refused', async () => {
    const { link } = await requestApproval();
    const expiry = Number(link.searchParams.get('e')) * 1000;
    const fn = loadFunction();
    const clock = jest.spyOn(Date, 'now').mockReturnValue(expiry + 1000);
    try {
      const answer = await fn.handler(httpEvent('POST', '', `${link.search.slice(1)}&decision=approve`));
      expect(answer.statusCode).toBe(410);
      expect(answer.body).toContain('This approval request has expired');
    } finally {
      clock.mockRestore();
    }
    expect(stepFunctionsCalls(fn.sent)).toEqual([]);
  });

  test('a POST without a decision decides nothing', async () => {
    const { link } = await requestApproval();
    const fn = loadFunction();
    const answer = await fn.handler(httpEvent('POST', '', `${link.search.slice(1)}&decision=maybe`));
    expect(answer.statusCode).toBe(400);
    expect(stepFunctionsCalls(fn.sent)).toEqual([]);
  });

  test.each(['TaskTimedOut', 'TaskDoesNotExist', 'InvalidToken'])(
    'a request no longer waiting (%s) gets a page saying so',
    async (error) => {
      const { link } = await requestApproval();
      const fn = loadFunction(error);
      const answer = await fn.handler(httpEvent('POST', '', `${link.search.slice(1)}&decision=approve`));
      expect(answer.statusCode).toBe(410);
      expect(answer.body).toContain('This request is no longer waiting');
      expect(stepFunctionsCalls(fn.sent)).toHaveLength(1);
    },
  );

  test('other Step Functions errors fail the invocation (API Gateway answers 500)', async () => {
    const { link } = await requestApproval();
    const fn = loadFunction('AccessDeniedException');
    await expect(
      fn.handler(httpEvent('POST', '', `${link.search.slice(1)}&decision=approve`)),
    ).rejects.toThrow('AccessDeniedException from Step Functions');
  });

  test('text from the request is HTML-escaped on the page, in the title and in the form', async () => {
    const subject = `<script>alert("x")</script> & 'quotes'`;
    const { link } = await requestApproval({ subject });
    const page = await loadFunction().handler(httpEvent('GET', link.search.slice(1)));
    expect(page.body).not.toContain('<script>');
    expect(page.body).toContain(
      '<h1>Approval needed: &#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; &#39;quotes&#39;</h1>',
    );
    expect(page.body).toContain(
      '<input type="hidden" name="s" value="&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; &#39;quotes&#39;">',
    );
  });
});

describe('the template', () => {
  test('the approval timeout is a required parameter, and both the step and the links use it', () => {
    expect(template.Parameters?.ApprovalTimeoutSeconds).toEqual(
      expect.not.objectContaining({ Default: expect.anything() }),
    );
    expect(
      (resource('ApprovalFunction').Environment as { Variables: Record<string, unknown> }).Variables
        .TIMEOUT_SECONDS,
    ).toEqual({
      Ref: 'ApprovalTimeoutSeconds',
    });
  });

  test('the state machine waits for the task token, at most the timeout, and ends Rejected or ApprovalTimedOut', () => {
    const sub = resource('ApprovalStateMachine').DefinitionString as { 'Fn::Sub': string };
    const rendered = sub['Fn::Sub'].replace(/\$\{([^}]+)\}/g, (_, name: string) =>
      name === 'ApprovalTimeoutSeconds' ? '7200' : `<${name}>`,
    );
    const definition = JSON.parse(rendered);
    const step = definition.States[definition.StartAt];
    expect(step).toMatchObject({
      Type: 'Task',
      Resource: 'arn:<AWS::Partition>:states:::lambda:invoke.waitForTaskToken',
      TimeoutSeconds: 7200,
      Parameters: {
        FunctionName: '<ApprovalFunction.Arn>',
        Payload: {
          'taskToken.$': '$$.Task.Token',
          'input.$': '$',
          url: '<ApprovalApi.ApiEndpoint>/approval',
        },
      },
    });
    expect(step.Catch).toEqual([
      { ErrorEquals: ['Rejected'], ResultPath: '$.rejection', Next: 'Rejected' },
      { ErrorEquals: ['States.Timeout'], ResultPath: '$.timeout', Next: 'TimedOut' },
    ]);
    expect(definition.States.TimedOut).toMatchObject({ Type: 'Fail', Error: 'ApprovalTimedOut' });
    expect(definition.States[step.Next]).toEqual({ Type: 'Succeed' });
  });

  test('the page has exactly two routes, GET and POST /approval, and only they may invoke the function', () => {
    const routes = Object.values(template.Resources)
      .filter((candidate) => candidate.Type === 'AWS::ApiGatewayV2::Route')
      .map((route) => route.Properties?.RouteKey);
    expect(routes.sort()).toEqual(['GET /approval', 'POST /approval']);
    expect(resource('ApiInvokesApprovalFunction').SourceArn).toEqual({
      'Fn::Sub':
        'arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${ApprovalApi}/*/*/approval',
    });
  });

  test('least privilege: the only "*" resource is for SendTaskSuccess and SendTaskFailure, which take no other', () => {
    const statements = Object.values(template.Resources)
      .filter((candidate) => candidate.Type === 'AWS::IAM::Role')
      .flatMap(
        (role) =>
          (role.Properties?.Policies as { PolicyDocument: { Statement: Record<string, unknown>[] } }[]) ?? [],
      )
      .flatMap((policy) => policy.PolicyDocument.Statement);
    const wildcards = statements.filter((statement) => JSON.stringify(statement.Resource).includes('*'));
    expect(wildcards).toEqual([
      {
        Sid: 'CompleteSignedApprovalTasks',
        Effect: 'Allow',
        Action: ['states:SendTaskSuccess', 'states:SendTaskFailure'],
        Resource: '*',
      },
    ]);
    expect(statements.flatMap((statement) => statement.Action)).not.toContain('*');
  });

  test('cfn-lint finds nothing', () => {
    const lint = spawnSync('cfn-lint', [TEMPLATE_FILE], { encoding: 'utf8' });
    if ((lint.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT')
      throw new Error('cfn-lint is not on PATH: pip install cfn-lint');
    expect({ status: lint.status, output: `${lint.stdout}${lint.stderr}` }).toEqual({
      status: 0,
      output: '',
    });
  });
});
