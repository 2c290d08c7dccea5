import { isAbsolute, join } from 'node:path';
import { InputError } from '../../src/errors';
import * as github from '../../src/github/actions-toolkit';
import { checkIncidentInputs, type IncidentRequest, startIncident } from '../../src/incident/start-incident';
import type { NotificationMessage } from '../../src/notify/message';
import { prepareNotification } from '../../src/notify/prepare';
import { sendNotification, type TargetResult } from '../../src/notify/send';
import { type NotifyTarget, webhookUrlsIn } from '../../src/notify/targets';
import { runActionMain } from '../../src/github/action-main';
import { markdownTable } from '../../src/runtime/markdown';

const env = process.env;
const root = env.GITHUB_WORKSPACE ?? process.cwd();
const inputName = (input: string) => `input "${input}"`;

function lines(text: string | undefined): string[] {
  return (text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** The incident's checks name their inputs as the CLI's flags: these are the action's. */
const INCIDENT_INPUTS: Record<string, string> = {
  'response-plan': 'incident-response-plan',
  title: 'incident-title',
  impact: 'incident-impact',
  'related-url': 'run-url',
};

interface Work {
  notification?: { message: NotificationMessage; targets: NotifyTarget[] };
  incident?: IncidentRequest;
}

/** Every input checked before anything is sent; all problems reported together. */
async function checkInputs(to: string[]): Promise<Work> {
  const region = github.stringInput('region') ?? env.AWS_REGION;
  const details = github.stringInput('details');
  const problems: string[] = [];
  const work: Work = {};
  try {
    work.notification = await prepareNotification(
      {
        to,
        title: github.stringInput('title'),
        status: github.stringInput('status'),
        detailsFile: details && (isAbsolute(details) ? details : join(root, details)),
        origin: {
          what: github.stringInput('what'),
          where: github.stringInput('where'),
          who: github.stringInput('who'),
          runUrl: github.stringInput('run-url'),
        },
        region,
        env,
      },
      inputName,
    );
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    problems.push(...error.problems);
  }
  const plan = github.stringInput('incident-response-plan');
  const message = work.notification?.message;
  if (plan && message?.status === 'failure') {
    try {
      work.incident = checkIncidentInputs(
        {
          responsePlanArn: plan,
          title: github.stringInput('incident-title') ?? message.title,
          impact: github.stringInput('incident-impact'),
          relatedUrls: message.runUrl ? [message.runUrl] : [],
          region,
        },
        (input) => inputName(INCIDENT_INPUTS[input] ?? input),
      );
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) throw new InputError(problems);
  return work;
}

/** The incident's outcome, kept apart so that a failure to start it hides no notification result. */
async function startIncidentResult(request: IncidentRequest): Promise<{ arn?: string; error?: string }> {
  try {
    return { arn: await startIncident(request) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

function summaryMarkdown(results: TargetResult[], incidentArn?: string): string {
  const table = markdownTable({
    header: ['target', 'status', 'detail'],
    rows: results.map((result) => [result.target, result.status, result.detail]),
  });
  return [
    '### Rampart notify',
    '',
    table,
    ...(incidentArn ? ['', `Incident started: \`${incidentArn}\``] : []),
    '',
  ].join('\n');
}

async function run(): Promise<void> {
  const to = lines(github.stringInput('to'));
  // Before anything is printed, so that the runner hides them wherever they would appear.
  for (const url of webhookUrlsIn(to, env)) github.maskSecret(url);
  const { notification, incident } = await checkInputs(to);
  const [results, incidentResult] = await Promise.all([
    notification ? sendNotification(notification.message, notification.targets) : [],
    incident ? startIncidentResult(incident) : undefined,
  ]);
  for (const result of results) github.info(`${result.target}: ${result.status}: ${result.detail}`);
  const incidentArn = incidentResult?.arn;
  if (incidentArn) github.info(`incident started: ${incidentArn}`);
  const failed = results.filter((result) => result.status === 'failed');
  github.setOutput('results', JSON.stringify(results));
  github.setOutput('failed', String(failed.length));
  github.setOutput('incident-arn', incidentArn ?? '');
  await github.writeJobSummary(summaryMarkdown(results, incidentArn));
  const problems = [
    ...(failed.length > 0 ? [`could not notify ${failed.map((result) => result.target).join(', ')}`] : []),
    ...(incidentResult?.error ? [`could not start the incident: ${incidentResult.error}`] : []),
  ];
  if (problems.length === 0) return;
  if (github.booleanInput('fail-on-error')) github.setFailed(problems.join('\n'));
  else problems.forEach((problem) => github.warning(problem));
}

runActionMain(run);
