import { closeAwsConnections } from '../../aws/client-factory';
import { decideApproval } from '../../pipeline-control/approve';
import {
  approvalSummary,
  parseDecision,
  parseVariables,
  regionOf,
  resourceName,
} from '../../pipeline-control/inputs';
import { approvalLine, eventLine, outcomeText } from '../../pipeline-control/report';
import { runPipeline } from '../../pipeline-control/run';
import { type CommandSpec, type FlagSpec, listFlag, stringFlag } from '../args';
import { ExitCode } from '../exit-codes';
import { parseTimeLimit } from '../../runtime/duration';

const NAME_FLAG: FlagSpec = {
  name: 'name',
  type: 'string',
  value: 'PIPELINE',
  required: true,
  description: 'The CodePipeline pipeline.',
};

const REGION_FLAG: FlagSpec = {
  name: 'region',
  type: 'string',
  value: 'REGION',
  description: "The pipeline's region (default: AWS_REGION, then AWS_DEFAULT_REGION).",
};

export const pipelineRunCommand: CommandSpec = {
  name: 'pipeline run',
  summary:
    'Start a CodePipeline execution; with --wait follow it stage by stage: exit 0 Succeeded, 1 Failed, Stopped, Superseded or still running at --timeout, 2 bad input. Prints the execution id on standard output, progress on standard error.',
  flags: [
    NAME_FLAG,
    {
      name: 'variables',
      type: 'string',
      value: 'NAME=VALUE',
      multiple: true,
      description:
        'Pipeline variables for this execution (V2 pipelines); repeat the flag or separate them with commas: A=1,B=2.',
    },
    { name: 'wait', type: 'boolean', description: 'Follow the execution until it ends.' },
    {
      name: 'timeout',
      type: 'string',
      value: 'DURATION',
      default: '60m',
      description: 'With --wait: stop waiting and fail after this long (the execution goes on).',
    },
    REGION_FLAG,
  ],
  async run(values) {
    const request = {
      pipeline: resourceName(String(values.name), '--name'),
      region: regionOf(stringFlag(values.region), '--region', process.env),
      variables: parseVariables(listFlag(values.variables), '--variables'),
      wait: values.wait === true,
      timeoutMs: parseTimeLimit(String(values.timeout), '--timeout'),
    };
    try {
      const outcome = await runPipeline({
        ...request,
        onEvent: (event) => {
          if (event.kind === 'started') process.stdout.write(`${event.executionId}\n`);
          process.stderr.write(`${eventLine(event)}\n`);
        },
      });
      process.stderr.write(outcomeText(outcome));
      return outcome.status === 'Succeeded' || outcome.status === 'Started'
        ? ExitCode.Success
        : ExitCode.Failure;
    } finally {
      closeAwsConnections();
    }
  },
};

export const pipelineApproveCommand: CommandSpec = {
  name: 'pipeline approve',
  summary:
    'Approve or reject the manual approval waiting at a stage and action of a CodePipeline pipeline: exit 0 decided, 1 nothing is waiting there, 2 bad input (including an unknown pipeline, stage or action).',
  flags: [
    NAME_FLAG,
    {
      name: 'stage',
      type: 'string',
      value: 'STAGE',
      required: true,
      description: 'The stage of the approval.',
    },
    {
      name: 'action',
      type: 'string',
      value: 'ACTION',
      required: true,
      description: 'The manual approval action.',
    },
    {
      name: 'decision',
      type: 'string',
      value: 'approve|reject',
      required: true,
      description: 'The decision.',
    },
    {
      name: 'summary',
      type: 'string',
      value: 'TEXT',
      required: true,
      description: "Why (up to 512 characters); CodePipeline shows it with the approval's history.",
    },
    {
      name: 'execution-id',
      type: 'string',
      value: 'ID',
      description: 'Decide only if the approval waiting is for this pipeline execution.',
    },
    REGION_FLAG,
  ],
  async run(values) {
    const request = {
      pipeline: resourceName(String(values.name), '--name'),
      stage: resourceName(String(values.stage), '--stage'),
      action: resourceName(String(values.action), '--action'),
      decision: parseDecision(String(values.decision), '--decision'),
      summary: approvalSummary(String(values.summary), '--summary'),
      executionId: stringFlag(values['execution-id']),
      region: regionOf(stringFlag(values.region), '--region', process.env),
    };
    try {
      process.stdout.write(`${approvalLine(await decideApproval(request))}\n`);
      return ExitCode.Success;
    } finally {
      closeAwsConnections();
    }
  },
};
