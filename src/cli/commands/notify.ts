import { closeAwsConnections } from '../../aws/client-factory';
import { NOTIFY_STATUSES } from '../../notify/message';
import { prepareNotification } from '../../notify/prepare';
import { allSent, sendNotification } from '../../notify/send';
import { TARGET_FORMS } from '../../notify/targets';
import { type CommandSpec, listFlag, stringFlag } from '../args';
import { ExitCode } from '../exit-codes';

export const notifyCommand: CommandSpec = {
  name: 'notify',
  summary:
    'Send one message (what ran, where, who, the run link, the details) to SNS topics, Slack webhooks and EventBridge buses, each in its own format. Every target is tried and reported; exit 1 when any failed.',
  flags: [
    {
      name: 'to',
      type: 'string',
      multiple: true,
      required: true,
      value: 'TARGET',
      description: `Where to send, repeatable: ${TARGET_FORMS}. Prefer slack:env:VARIABLE: a URL on the command line shows in process lists.`,
    },
    {
      name: 'status',
      type: 'string',
      required: true,
      value: NOTIFY_STATUSES.join('|'),
      description: 'How the run ended.',
    },
    {
      name: 'title',
      type: 'string',
      value: 'TEXT',
      description: 'The message\'s title (default: the details file\'s, e.g. "Deployment of APP").',
    },
    {
      name: 'details',
      type: 'string',
      value: 'FILE',
      description:
        'JSON: rampart deploy --results (tenants that did not deploy), rampart load-test run --out (thresholds), or {"title", "summary", "fields": {name: value}}.',
    },
    {
      name: 'what',
      type: 'string',
      value: 'TEXT',
      description: 'What ran (default: GITHUB_WORKFLOW, or the CodeBuild project).',
    },
    {
      name: 'where',
      type: 'string',
      value: 'TEXT',
      description: 'Where it ran (default: GITHUB_REPOSITORY@GITHUB_REF_NAME, or the CodeBuild source).',
    },
    {
      name: 'who',
      type: 'string',
      value: 'TEXT',
      description: 'Who started it (default: GITHUB_ACTOR, CODEBUILD_INITIATOR or USER).',
    },
    {
      name: 'run-url',
      type: 'string',
      value: 'URL',
      description: 'Link to the run (default: the GitHub Actions run, or CODEBUILD_BUILD_URL).',
    },
    {
      name: 'region',
      type: 'string',
      value: 'REGION',
      description: 'Region of event buses given by name (default: AWS_REGION).',
    },
  ],
  async run(values) {
    try {
      const { message, targets } = await prepareNotification({
        to: listFlag(values.to),
        title: stringFlag(values.title),
        status: stringFlag(values.status),
        detailsFile: stringFlag(values.details),
        origin: {
          what: stringFlag(values.what),
          where: stringFlag(values.where),
          who: stringFlag(values.who),
          runUrl: stringFlag(values['run-url']),
        },
        region: stringFlag(values.region) ?? process.env.AWS_REGION,
        env: process.env,
      });
      const results = await sendNotification(message, targets);
      for (const result of results) {
        process.stdout.write(`${result.target}: ${result.status}: ${result.detail}\n`);
      }
      return allSent(results) ? ExitCode.Success : ExitCode.Failure;
    } finally {
      closeAwsConnections();
    }
  },
};
