import { closeAwsConnections } from '../../aws/client-factory';
import { checkIncidentInputs, startIncident } from '../../incident/start-incident';
import { runOriginFromEnvironment } from '../../notify/message';
import { type CommandSpec, listFlag, stringFlag } from '../args';
import { ExitCode } from '../exit-codes';

export const incidentStartCommand: CommandSpec = {
  name: 'incident start',
  summary:
    'Start an incident with a Systems Manager Incident Manager response plan (its contacts, escalation and runbook), e.g. for a failed production wave or gate, and print the incident record ARN. A re-run with the same inputs finds the same incident.',
  flags: [
    {
      name: 'response-plan',
      type: 'string',
      required: true,
      value: 'ARN',
      description: 'The response plan, arn:aws:ssm-incidents::ACCOUNT:response-plan/NAME.',
    },
    { name: 'title', type: 'string', required: true, value: 'TEXT', description: "The incident's title." },
    {
      name: 'impact',
      type: 'string',
      required: true,
      value: '1..5',
      description: '1 critical, 2 high, 3 medium, 4 low, 5 no impact (overrides the plan).',
    },
    {
      name: 'related-url',
      type: 'string',
      multiple: true,
      value: 'URL',
      description: 'A link for responders, repeatable (default: the GitHub Actions run or CodeBuild build).',
    },
    {
      name: 'client-token',
      type: 'string',
      value: 'TOKEN',
      description: 'Idempotency token (default: derived from the plan, title, impact and links).',
    },
    {
      name: 'region',
      type: 'string',
      value: 'REGION',
      description: 'A region of the Incident Manager replication set (default: AWS_REGION).',
    },
  ],
  async run(values) {
    const given = listFlag(values['related-url']);
    const runUrl = runOriginFromEnvironment(process.env).runUrl;
    const request = checkIncidentInputs({
      responsePlanArn: stringFlag(values['response-plan']),
      title: stringFlag(values.title),
      impact: stringFlag(values.impact),
      relatedUrls: given.length > 0 ? given : runUrl ? [runUrl] : [],
      clientToken: stringFlag(values['client-token']),
      region: stringFlag(values.region) ?? process.env.AWS_REGION,
    });
    try {
      process.stdout.write(`${await startIncident(request)}\n`);
      return ExitCode.Success;
    } finally {
      closeAwsConnections();
    }
  },
};
