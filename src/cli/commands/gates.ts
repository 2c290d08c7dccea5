import { closeAwsConnections } from '../../aws/client-factory';
import { SEVERITIES } from '../../gates/inspector';
import { inspectorText, lambdaReadyText, readinessProgressLine } from '../../gates/report';
import {
  checkInspector,
  checkLambdaReady,
  DEFAULT_LAMBDA_READY_TIMEOUT,
  DEFAULT_SEVERITY,
  inspectorRequest,
  lambdaReadyRequest,
} from '../../gates/requests';
import { type CommandSpec, type FlagSpec, stringFlag, listFlag } from '../args';
import { ExitCode } from '../exit-codes';

const ROLE_NAME_FLAG: FlagSpec = {
  name: 'role-name',
  type: 'string',
  value: 'NAME',
  description:
    "Assume the IAM role of this name in each resource's account (taken from its ARN) instead of using the credentials at hand.",
};

export const gateLambdaReadyCommand: CommandSpec = {
  name: 'gate lambda-ready',
  summary:
    'Wait until every function is ready (State Active, LastUpdateStatus Successful): exit 0 when all are, 1 when one failed, is inactive or missing, or the time ran out.',
  flags: [
    {
      name: 'function',
      type: 'string',
      value: 'NAME|ARN',
      required: true,
      multiple: true,
      description:
        'A function name or ARN, optionally :version or :alias; repeat the flag (or separate with commas) for several. An ARN gives the region and account.',
    },
    {
      name: 'timeout',
      type: 'string',
      value: 'DURATION',
      default: DEFAULT_LAMBDA_READY_TIMEOUT,
      description: 'Give up after this long, e.g. 90s, 10m.',
    },
    {
      name: 'region',
      type: 'string',
      value: 'REGION',
      description: 'The region of functions given by name (default: AWS_REGION).',
    },
    ROLE_NAME_FLAG,
  ],
  async run(values) {
    const request = lambdaReadyRequest(
      {
        functions: listFlag(values.function),
        timeout: stringFlag(values.timeout),
        region: stringFlag(values.region) ?? process.env.AWS_REGION,
        roleName: stringFlag(values['role-name']),
      },
      { functions: '--function', timeout: '--timeout', region: '--region', roleName: '--role-name' },
    );
    try {
      const result = await checkLambdaReady(request, {
        onChange: (readiness) => process.stderr.write(`${readinessProgressLine(readiness)}\n`),
      });
      process.stdout.write(lambdaReadyText(result));
      return result.ready ? ExitCode.Success : ExitCode.Failure;
    } finally {
      closeAwsConnections();
    }
  },
};

export const gateInspectorCommand: CommandSpec = {
  name: 'gate inspector',
  summary:
    'Fail (exit 1) when Amazon Inspector has an active finding at or above the bar on a deployed Lambda function or ECR image, printing each with its package, fixed version and remediation.',
  flags: [
    {
      name: 'resource',
      type: 'string',
      value: 'ARN|URI',
      required: true,
      multiple: true,
      description:
        'A Lambda function ARN, an ECR image ARN, or an ECR image URI (…/repo@sha256:… or …/repo:tag); repeat the flag (or separate with commas) for several.',
    },
    {
      name: 'severity',
      type: 'string',
      value: 'SEVERITY',
      default: DEFAULT_SEVERITY,
      description: `The lowest severity that fails the gate: ${SEVERITIES.join(', ')}.`,
    },
    {
      name: 'min-score',
      type: 'string',
      value: 'SCORE',
      description:
        'Also require an Inspector score of at least this (0-10) for a finding to fail the gate, e.g. 8 (default: any score).',
    },
    ROLE_NAME_FLAG,
  ],
  async run(values) {
    const request = inspectorRequest(
      {
        resources: listFlag(values.resource),
        severity: stringFlag(values.severity),
        minScore: stringFlag(values['min-score']),
        roleName: stringFlag(values['role-name']),
      },
      { resources: '--resource', severity: '--severity', minScore: '--min-score', roleName: '--role-name' },
    );
    try {
      const result = await checkInspector(request);
      process.stdout.write(inspectorText(result));
      return result.passed ? ExitCode.Success : ExitCode.Failure;
    } finally {
      closeAwsConnections();
    }
  },
};
