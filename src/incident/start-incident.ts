import { createHash } from 'node:crypto';
import { SSMIncidentsClient, StartIncidentCommand } from '@aws-sdk/client-ssm-incidents';
import { createAwsClient } from '../aws/client-factory';
import { InputError } from '../errors';
import { flagName, type InputNamer } from '../notify/message';
import { truncate } from '../notify/text';

/** Incident Manager's limits (StartIncident in its API reference). */
const MAX_TITLE = 200;
const MAX_URL = 1_000;
const MAX_CLIENT_TOKEN = 128;
/** Incident Manager ARNs have no region: arn:aws:ssm-incidents::ACCOUNT:response-plan/NAME. */
const RESPONSE_PLAN_ARN = /^arn:aws[a-z-]*:ssm-incidents::\d{12}:response-plan\/[A-Za-z0-9_-]{1,200}$/;
export const TRIGGER_SOURCE = 'rampart';

/** What an adapter was given, unchecked. */
export interface IncidentInputs {
  responsePlanArn?: string;
  title?: string;
  impact?: string;
  relatedUrls: string[];
  clientToken?: string;
  region?: string;
}

export interface IncidentRequest {
  responsePlanArn: string;
  title: string;
  impact: number;
  relatedUrls: string[];
  /** Calls with the same token start one incident: a retried step does not page twice. */
  clientToken: string;
  region: string;
}

/** Checks every input, reporting all problems at once. */
export function checkIncidentInputs(inputs: IncidentInputs, name: InputNamer = flagName): IncidentRequest {
  const problems: string[] = [];
  const plan = inputs.responsePlanArn ?? '';
  if (!RESPONSE_PLAN_ARN.test(plan)) {
    problems.push(
      `${name('response-plan')} "${plan}" is not a response plan ARN (arn:aws:ssm-incidents::ACCOUNT:response-plan/NAME)`,
    );
  }
  const title = truncate((inputs.title ?? '').trim(), MAX_TITLE);
  if (!title) problems.push(`${name('title')} is needed`);
  if (!/^[1-5]$/.test(inputs.impact ?? '')) {
    problems.push(`${name('impact')} "${inputs.impact ?? ''}" is not 1 (critical) to 5 (no impact)`);
  }
  problems.push(...inputs.relatedUrls.flatMap((url) => urlProblems(url, name('related-url'))));
  if (inputs.clientToken !== undefined && inputs.clientToken.length > MAX_CLIENT_TOKEN) {
    problems.push(`${name('client-token')} is longer than ${MAX_CLIENT_TOKEN} characters`);
  }
  if (!inputs.region) problems.push(`the region is not known: give ${name('region')} or set AWS_REGION`);
  if (problems.length > 0) throw new InputError(problems);
  const request = {
    responsePlanArn: plan,
    title,
    impact: Number(inputs.impact),
    relatedUrls: inputs.relatedUrls,
  };
  return {
    ...request,
    clientToken: inputs.clientToken ?? derivedToken(request),
    region: inputs.region ?? '',
  };
}

function urlProblems(url: string, flag: string): string[] {
  if (url.length > MAX_URL) return [`${flag} is longer than ${MAX_URL} characters`];
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:' ? [] : [`${flag} "${url}" is not an http(s) URL`];
  } catch {
    return [`${flag} "${url}" is not a URL`];
  }
}

/**
 * The same plan, title, impact and links give the same token, so a re-run of a failed step finds the
 * incident it started. The run's URL among the links keeps two runs' incidents apart.
 */
function derivedToken(request: Omit<IncidentRequest, 'clientToken' | 'region'>): string {
  return createHash('sha256').update(JSON.stringify(request)).digest('hex');
}

/** Starts the incident (or finds the one started with the same token); returns its record's ARN. */
export async function startIncident(request: IncidentRequest, now = new Date()): Promise<string> {
  const incidents = createAwsClient(SSMIncidentsClient, { region: request.region });
  const { incidentRecordArn } = await incidents.send(
    new StartIncidentCommand({
      responsePlanArn: request.responsePlanArn,
      title: request.title,
      impact: request.impact,
      clientToken: request.clientToken,
      triggerDetails: { source: TRIGGER_SOURCE, timestamp: now },
      relatedItems: request.relatedUrls.map((url) => ({ identifier: { type: 'OTHER', value: { url } } })),
    }),
  );
  if (!incidentRecordArn) throw new Error('StartIncident answered without an incident record ARN');
  return incidentRecordArn;
}
