import { InputError } from '../errors';
import { flagName, type InputNamer } from './message';

/** Where a message goes. `label` names it in reports and never holds a webhook URL. */
export type NotifyTarget =
  | { kind: 'sns'; label: string; topicArn: string }
  | { kind: 'slack'; label: string; webhookUrl: string }
  | { kind: 'events'; label: string; eventBus: string; region: string };

export interface TargetContext {
  env: NodeJS.ProcessEnv;
  /** The region of event buses given by name (an ARN names its own). */
  region?: string;
}

export const TARGET_FORMS = 'sns:TOPIC_ARN, slack:WEBHOOK_URL, slack:env:VARIABLE or events:BUS_NAME_OR_ARN';

const SNS_TOPIC_ARN = /^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,256}(\.fifo)?$/;
const EVENT_BUS_NAME = /^[A-Za-z0-9._\-/]{1,256}$/;
const EVENT_BUS_ARN = /^arn:aws[a-z-]*:events:[a-z0-9-]+:\d{12}:event-bus\/[A-Za-z0-9._\-/]{1,256}$/;
const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '[::1]'];

/**
 * Parses `--to` values. Every problem is reported at once; none of them quotes a webhook URL (a
 * webhook URL is a credential: whoever has it can post).
 */
export function parseTargets(
  specs: string[],
  context: TargetContext,
  name: InputNamer = flagName,
): NotifyTarget[] {
  const problems: string[] = [];
  const targets: NotifyTarget[] = [];
  if (specs.length === 0) problems.push(`${name('to')} is needed: one or more of ${TARGET_FORMS}`);
  for (const spec of specs) {
    try {
      targets.push(parseTarget(spec.trim(), context, name));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) throw new InputError(problems);
  return targets;
}

function parseTarget(spec: string, context: TargetContext, name: InputNamer): NotifyTarget {
  const separator = spec.indexOf(':');
  const kind = separator < 0 ? spec : spec.slice(0, separator);
  const value = separator < 0 ? '' : spec.slice(separator + 1);
  // A URL in the wrong place may still be a webhook's: it is never quoted.
  const quoted = spec.includes('://') ? `${kind}:…` : spec;
  const problem = (why: string, shown = quoted) => new InputError([`${name('to')} ${shown}: ${why}`]);
  switch (kind) {
    case 'sns':
      if (!SNS_TOPIC_ARN.test(value))
        throw problem('expected an SNS topic ARN, arn:aws:sns:REGION:ACCOUNT:NAME');
      return { kind, label: `sns ${value}`, topicArn: value };
    case 'events':
      return eventBus(value, context.region, problem, name);
    case 'slack':
      return value.startsWith('env:')
        ? slackFromEnvironment(value.slice(4), context.env, problem)
        : slackUrl(value, problem);
    default:
      throw problem(`expected one of ${TARGET_FORMS}`, `${kind}:…`);
  }
}

/**
 * The webhook URLs among `--to` values, given directly or through an environment variable, whether
 * or not they parse: an adapter masks them before anything is printed.
 */
export function webhookUrlsIn(specs: string[], env: NodeJS.ProcessEnv): string[] {
  return specs
    .map((spec) => spec.trim())
    .filter((spec) => spec.startsWith('slack:'))
    .map((spec) => spec.slice('slack:'.length))
    .map((value) => (value.startsWith('env:') ? env[value.slice('env:'.length)] : value))
    .filter((url): url is string => Boolean(url));
}

type Problem = (why: string, shown?: string) => InputError;

function eventBus(
  value: string,
  region: string | undefined,
  problem: Problem,
  name: InputNamer,
): NotifyTarget {
  const arnRegion = EVENT_BUS_ARN.test(value) ? value.split(':')[3] : undefined;
  if (!arnRegion && !EVENT_BUS_NAME.test(value)) {
    throw problem('expected an event bus name or arn:aws:events:REGION:ACCOUNT:event-bus/NAME');
  }
  const busRegion = arnRegion ?? region;
  if (!busRegion) throw problem(`an event bus name needs a region: give ${name('region')} or set AWS_REGION`);
  return { kind: 'events', label: `events ${value}`, eventBus: value, region: busRegion };
}

function slackFromEnvironment(variable: string, env: NodeJS.ProcessEnv, problem: Problem): NotifyTarget {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(variable))
    throw problem('expected an environment variable name after env:');
  const url = env[variable];
  if (!url) throw problem(`the environment variable ${variable} is empty`);
  const target = slackUrl(url, (why) => problem(why, `slack:env:${variable}`));
  return { ...target, label: `slack (env ${variable})` };
}

function slackUrl(value: string, problem: Problem): NotifyTarget & { kind: 'slack' } {
  const hidden = 'slack:…';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw problem('expected a webhook URL (https://hooks.slack.com/…) or env:VARIABLE', hidden);
  }
  const loopback = LOOPBACK_HOSTS.includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw problem('the webhook URL must be https (it is a credential)', hidden);
  }
  return { kind: 'slack', label: `slack webhook on ${url.host}`, webhookUrl: value };
}
