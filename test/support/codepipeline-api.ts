/**
 * A local stand-in for the CodePipeline API (JSON 1.1: POST / with X-Amz-Target
 * CodePipeline_20150709.<Operation>) for the calls moto 5.2.1 does not implement
 * (StartPipelineExecution, GetPipelineExecution, ListActionExecutions, GetPipelineState and
 * PutApprovalResult answer 500 there). Answers are shaped like the API reference's response syntax:
 * timestamps as epoch seconds, errors as `{"__type": ..., "message": ...}` with HTTP 400.
 * Pointed at with AWS_ENDPOINT_URL, so the real SDK client, its retries and its parsing run.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { closeAwsConnections } from '../../src/aws/client-factory';

export interface Call {
  operation: string;
  body: Record<string, unknown>;
}

export interface Reply {
  status?: number;
  body: unknown;
}

/** Answers one call; `calls` holds every call so far, this one last. */
export type Handler = (
  operation: string,
  body: Record<string, unknown>,
  calls: Call[],
) => Reply | Promise<Reply>;

export interface FakeCodePipeline {
  endpoint: string;
  calls: Call[];
  /** The calls of one operation, in order. */
  callsOf(operation: string): Record<string, unknown>[];
  close(): Promise<void>;
}

const TARGET_PREFIX = 'CodePipeline_20150709.';

export async function startFakeCodePipeline(handler: Handler): Promise<FakeCodePipeline> {
  const calls: Call[] = [];
  const server = createServer(async (incoming, outgoing) => {
    const reply = await answer(incoming, calls, handler);
    outgoing.writeHead(reply.status ?? 200, {
      'content-type': 'application/x-amz-json-1.1',
      'x-amzn-requestid': `req-${calls.length}`,
    });
    outgoing.end(JSON.stringify(reply.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls,
    callsOf: (operation) => calls.filter((call) => call.operation === operation).map((call) => call.body),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function answer(incoming: IncomingMessage, calls: Call[], handler: Handler): Promise<Reply> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const target = String(incoming.headers['x-amz-target'] ?? '');
  if (!String(incoming.headers.authorization ?? '').startsWith('AWS4-HMAC-SHA256 ')) {
    return awsError('MissingAuthenticationTokenException', 'Missing Authentication Token', 403);
  }
  if (!target.startsWith(TARGET_PREFIX)) return awsError('UnknownOperationException', target);
  const call = {
    operation: target.slice(TARGET_PREFIX.length),
    body: JSON.parse(Buffer.concat(chunks).toString() || '{}'),
  };
  calls.push(call);
  return handler(call.operation, call.body, calls);
}

export function awsError(type: string, message: string, status = 400): Reply {
  return { status, body: { __type: type, message } };
}

// ---- responses shaped like the API reference ---------------------------------------------------

export const EXECUTION_ID = '3137f7cb-7cf7-4b1f-9c4e-9a6a7c1e9d21';
const T0 = 1_718_000_000;
const ROLE = 'arn:aws:iam::123456789012:role/rampart-pipeline';

export interface ActionSpec {
  name: string;
  category: 'Source' | 'Build' | 'Deploy' | 'Test' | 'Invoke' | 'Approval';
}
export interface StageSpec {
  name: string;
  actions: ActionSpec[];
}

const PROVIDER: Record<ActionSpec['category'], string> = {
  Source: 'CodeStarSourceConnection',
  Build: 'CodeBuild',
  Deploy: 'CloudFormation',
  Test: 'CodeBuild',
  Invoke: 'Lambda',
  Approval: 'Manual',
};

/** GetPipeline: a V2 pipeline with these stages (actions in run order) and declared variables. */
export function getPipelineReply(
  name: string,
  stages: StageSpec[],
  options: { type?: 'V1' | 'V2'; variables?: { name: string; defaultValue?: string }[] } = {},
): Reply {
  return {
    body: {
      pipeline: {
        name,
        roleArn: ROLE,
        artifactStore: { type: 'S3', location: 'rampart-artifacts' },
        stages: stages.map((stage) => ({
          name: stage.name,
          actions: stage.actions.map((action, index) => ({
            name: action.name,
            actionTypeId: {
              category: action.category,
              owner: 'AWS',
              provider: PROVIDER[action.category],
              version: '1',
            },
            runOrder: index + 1,
            configuration: {},
            inputArtifacts: [],
            outputArtifacts: [],
          })),
        })),
        version: 3,
        executionMode: 'SUPERSEDED',
        pipelineType: options.type ?? 'V2',
        variables: options.variables ?? [],
      },
      metadata: {
        pipelineArn: `arn:aws:codepipeline:us-east-1:123456789012:${name}`,
        created: T0,
        updated: T0,
      },
    },
  };
}

export interface ActionRunSpec {
  stage: string;
  action: string;
  status: 'InProgress' | 'Succeeded' | 'Failed' | 'Abandoned';
  /** Seconds after the execution started; later runs of one action supersede earlier ones. */
  at?: number;
  summary?: string;
  error?: { code: string; message: string };
  url?: string;
}

/** One entry of ListActionExecutions' actionExecutionDetails. */
export function actionExecutionDetail(
  run: ActionRunSpec,
  executionId = EXECUTION_ID,
): Record<string, unknown> {
  const started = T0 + (run.at ?? 0);
  const done = run.status !== 'InProgress';
  return {
    pipelineExecutionId: executionId,
    actionExecutionId: `${run.stage}-${run.action}-${run.at ?? 0}`,
    pipelineVersion: 3,
    stageName: run.stage,
    actionName: run.action,
    startTime: started,
    lastUpdateTime: started + 5,
    updatedBy: 'arn:aws:sts::123456789012:assumed-role/rampart-pipeline/session',
    status: run.status,
    input: {
      actionTypeId: { category: 'Build', owner: 'AWS', provider: 'CodeBuild', version: '1' },
      configuration: { ProjectName: 'app-build' },
      resolvedConfiguration: { ProjectName: 'app-build' },
      roleArn: ROLE,
      region: 'us-east-1',
      inputArtifacts: [],
      namespace: `${run.stage}-${run.action}`,
    },
    ...(done || run.url
      ? {
          output: {
            outputArtifacts: [],
            executionResult: {
              externalExecutionId: `app-build:${run.at ?? 0}`,
              ...(run.summary ? { externalExecutionSummary: run.summary } : {}),
              ...(run.url ? { externalExecutionUrl: run.url } : {}),
              ...(run.error ? { errorDetails: run.error } : {}),
            },
            outputVariables: {},
          },
        }
      : {}),
  };
}

/** GetPipelineExecution. */
export function getPipelineExecutionReply(
  name: string,
  status: string,
  statusSummary?: string,
  executionId = EXECUTION_ID,
): Reply {
  return {
    body: {
      pipelineExecution: {
        pipelineName: name,
        pipelineVersion: 3,
        pipelineExecutionId: executionId,
        status,
        ...(statusSummary ? { statusSummary } : {}),
        artifactRevisions: [],
        variables: [],
        trigger: {
          triggerType: 'StartPipelineExecution',
          triggerDetail: 'arn:aws:sts::123456789012:assumed-role/gha/run',
        },
        executionMode: 'SUPERSEDED',
        executionType: 'STANDARD',
      },
    },
  };
}

export interface Look {
  /** GetPipelineExecution's status at this look. */
  status: string;
  statusSummary?: string;
  runs: ActionRunSpec[];
}

/**
 * A pipeline that moves one look per GetPipelineExecution call (the last look repeats):
 * ListActionExecutions lists the runs of the look last read, `pageSize` to a page.
 */
export function scriptedPipeline(
  name: string,
  stages: StageSpec[],
  looks: Look[],
  options: { pageSize?: number; variables?: { name: string; defaultValue?: string }[] } = {},
): Handler {
  let look = -1;
  const pageSize = options.pageSize ?? 100;
  return (operation, body) => {
    switch (operation) {
      case 'GetPipeline':
        return body.name === name
          ? getPipelineReply(name, stages, { variables: options.variables })
          : awsError(
              'PipelineNotFoundException',
              `Account '123456789012' does not have a pipeline with name '${String(body.name)}'`,
            );
      case 'StartPipelineExecution':
        return { body: { pipelineExecutionId: EXECUTION_ID } };
      case 'GetPipelineExecution': {
        look = Math.min(look + 1, looks.length - 1);
        const current = looks[look] as Look;
        return getPipelineExecutionReply(name, current.status, current.statusSummary);
      }
      case 'ListActionExecutions': {
        const details = (looks[Math.max(look, 0)] as Look).runs.map((run) => actionExecutionDetail(run));
        const start = Number(body.nextToken ?? 0);
        const end = start + pageSize;
        return {
          body: {
            actionExecutionDetails: details.slice(start, end),
            ...(end < details.length ? { nextToken: String(end) } : {}),
          },
        };
      }
      default:
        return awsError('UnknownOperationException', operation);
    }
  };
}

export interface ActionStateSpec {
  name: string;
  latest?: { status: string; token?: string; summary?: string };
}

/** GetPipelineState: each stage's latest execution and its actions' latest runs. */
export function getPipelineStateReply(
  name: string,
  stages: { name: string; executionId?: string; status?: string; actions: ActionStateSpec[] }[],
): Reply {
  return {
    body: {
      pipelineName: name,
      pipelineVersion: 3,
      created: T0,
      updated: T0,
      stageStates: stages.map((stage) => ({
        stageName: stage.name,
        inboundTransitionState: { enabled: true },
        actionStates: stage.actions.map((action) => ({
          actionName: action.name,
          ...(action.latest
            ? {
                latestExecution: {
                  actionExecutionId: `${stage.name}-${action.name}`,
                  status: action.latest.status,
                  lastStatusChange: T0 + 60,
                  ...(action.latest.summary ? { summary: action.latest.summary } : {}),
                  ...(action.latest.token ? { token: action.latest.token } : {}),
                },
              }
            : {}),
        })),
        ...(stage.executionId
          ? {
              latestExecution: {
                pipelineExecutionId: stage.executionId,
                status: stage.status ?? 'InProgress',
              },
            }
          : {}),
      })),
    },
  };
}

/**
 * A handler that passes every call on to moto (which checks no signature: any SigV4-looking
 * Authorization header acts in its default account), undoing one difference of moto 5.2.1:
 * GetPipeline's metadata timestamps come as ISO strings, where the API reference has epoch seconds
 * (the SDK cannot read moto's answer otherwise).
 */
export function throughMoto(motoEndpoint: string): Handler {
  return async (operation, body) => {
    const response = await fetch(motoEndpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': `${TARGET_PREFIX}${operation}`,
        authorization: 'AWS4-HMAC-SHA256 Credential=testing/20240610/us-east-1/codepipeline/aws4_request',
      },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    let answer: { metadata?: Record<string, unknown> };
    try {
      answer = JSON.parse(text);
    } catch {
      return awsError(
        'InternalFailure',
        `moto answered ${response.status}: ${text.slice(0, 200)}`,
        response.status,
      );
    }
    if (!response.ok || operation !== 'GetPipeline') return { status: response.status, body: answer };
    for (const [field, value] of Object.entries(answer.metadata ?? {})) {
      if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) {
        (answer.metadata as Record<string, unknown>)[field] = Date.parse(value) / 1000;
      }
    }
    return { body: answer };
  };
}

/**
 * For a test file: `serve(handler)` starts a fake for one test and points the SDK at it
 * (AWS_ENDPOINT_URL, test credentials, us-east-1); it is closed after the test.
 */
export function useFakeCodePipeline(): (handler: Handler) => Promise<FakeCodePipeline> {
  let current: FakeCodePipeline | undefined;
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  afterAll(() => closeAwsConnections());
  return async (handler) => {
    current = await startFakeCodePipeline(handler);
    Object.assign(process.env, {
      AWS_ENDPOINT_URL: current.endpoint,
      AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      AWS_REGION: 'us-east-1',
    });
    delete process.env.AWS_PROFILE;
    delete process.env.AWS_SESSION_TOKEN;
    return current;
  };
}
