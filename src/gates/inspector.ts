/**
 * Gate: no active Amazon Inspector finding at or above a severity (and, optionally, an Inspector
 * score) on the deployed Lambda functions or container images. Inspector rescans a function when its
 * code or dependencies change and whenever a new CVE concerns it, so the gate reads Inspector's
 * current findings rather than scanning anything itself.
 */
import {
  type FilterCriteria,
  type Finding,
  type Inspector2Client,
  ListFindingsCommand,
  type StringFilter,
  type VulnerablePackage,
} from '@aws-sdk/client-inspector2';
import { InputError } from '../errors';
import type { InspectedResource } from './resources';

/** Inspector's severities, lowest first. UNTRIAGED findings have none yet and never block. */
export const SEVERITIES = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;
export type SeverityLevel = (typeof SEVERITIES)[number];

/** A finding blocks when its severity is at least `severity` and, if set, its score at least `minScore`. */
export interface InspectorBar {
  severity: SeverityLevel;
  minScore?: number;
}

export interface PackageReport {
  name: string;
  installedVersion: string;
  /** Inspector says NotAvailable when no fixed version exists yet. */
  fixedInVersion?: string;
  /** The command Inspector suggests, e.g. `npm install lodash@4.17.21`. */
  remediation?: string;
  filePath?: string;
}

export interface BlockingFinding {
  /** The resource as the user named it. */
  resource: string;
  findingArn: string;
  title: string;
  severity: SeverityLevel;
  score?: number;
  type: string;
  vulnerabilityId?: string;
  packages: PackageReport[];
  remediation?: string;
  remediationUrl?: string;
}

export interface InspectorGateResult {
  passed: boolean;
  bar: InspectorBar;
  /** Blocking findings per resource, in the order given. */
  resources: { resource: string; blocking: number }[];
  /** Worst first: severity, then score. */
  findings: BlockingFinding[];
  worstSeverity?: SeverityLevel;
}

export interface InspectorGateOptions {
  resources: InspectedResource[];
  bar: InspectorBar;
  /** The client for the resource's region (and account). */
  inspectorFor(resource: InspectedResource): Inspector2Client;
}

/** ListFindings returns at most this many findings a page. */
const PAGE_SIZE = 100;

export async function runInspectorGate(options: InspectorGateOptions): Promise<InspectorGateResult> {
  const perResource = await Promise.all(
    options.resources.map(async (resource) => ({
      resource,
      findings: await blockingFindings(resource, options),
    })),
  );
  const findings = perResource.flatMap((entry) => entry.findings).sort(worstFirst);
  return {
    passed: findings.length === 0,
    bar: options.bar,
    resources: perResource.map((entry) => ({
      resource: entry.resource.label,
      blocking: entry.findings.length,
    })),
    findings,
    worstSeverity: findings[0]?.severity,
  };
}

async function blockingFindings(
  resource: InspectedResource,
  options: InspectorGateOptions,
): Promise<BlockingFinding[]> {
  const client = options.inspectorFor(resource);
  const filterCriteria = findingFilter(resource, options.bar);
  const found: BlockingFinding[] = [];
  let nextToken: string | undefined;
  do {
    const page = await listFindings(client, resource, { filterCriteria, maxResults: PAGE_SIZE, nextToken });
    found.push(
      ...(page.findings ?? [])
        .filter((finding) => blocks(finding, options.bar))
        .map((finding) => report(resource, finding)),
    );
    nextToken = page.nextToken || undefined;
  } while (nextToken);
  return found;
}

async function listFindings(
  client: Inspector2Client,
  resource: InspectedResource,
  input: ListFindingsCommand['input'],
) {
  try {
    return await client.send(new ListFindingsCommand(input));
  } catch (error) {
    const { name, message } = error as Error;
    throw new Error(
      `Inspector ListFindings for ${resource.label} in ${resource.region} failed: ${name}: ${message}`,
    );
  }
}

const equals = (value: string): StringFilter => ({ comparison: 'EQUALS', value });

/**
 * The bar and the resource as ListFindings filters: criteria of different fields must all match,
 * values within one field are alternatives. Lambda findings are matched by function name and account
 * rather than resource id, so that every version Inspector scanned counts.
 */
export function findingFilter(resource: InspectedResource, bar: InspectorBar): FilterCriteria {
  const common: FilterCriteria = {
    findingStatus: [equals('ACTIVE')],
    severity: severitiesFrom(bar.severity).map(equals),
    ...(bar.minScore !== undefined
      ? { inspectorScore: [{ lowerInclusive: bar.minScore, upperInclusive: 10 }] }
      : {}),
    awsAccountId: [equals(resource.accountId)],
  };
  if (resource.kind === 'lambda-function') {
    return {
      ...common,
      resourceType: [equals('AWS_LAMBDA_FUNCTION')],
      lambdaFunctionName: [equals(resource.name)],
    };
  }
  return {
    ...common,
    resourceType: [equals('AWS_ECR_CONTAINER_IMAGE')],
    ecrImageRepositoryName: [equals(resource.repository)],
    ...('digest' in resource.image
      ? { ecrImageHash: [equals(resource.image.digest)] }
      : { ecrImageTags: [equals(resource.image.tag)] }),
  };
}

/** The filter above, applied again to what came back: the gate's verdict must not rest on the filter alone. */
function blocks(finding: Finding, bar: InspectorBar): boolean {
  if (finding.status !== 'ACTIVE') return false;
  const rank = SEVERITIES.indexOf(finding.severity as SeverityLevel);
  if (rank < SEVERITIES.indexOf(bar.severity)) return false;
  return bar.minScore === undefined || (finding.inspectorScore ?? -1) >= bar.minScore;
}

function severitiesFrom(lowest: SeverityLevel): SeverityLevel[] {
  return SEVERITIES.slice(SEVERITIES.indexOf(lowest));
}

function report(resource: InspectedResource, finding: Finding): BlockingFinding {
  const details = finding.packageVulnerabilityDetails;
  const recommendation = finding.remediation?.recommendation;
  return {
    resource: resource.label,
    findingArn: finding.findingArn ?? '',
    title: finding.title ?? finding.description ?? '',
    severity: finding.severity as SeverityLevel,
    score: finding.inspectorScore,
    type: finding.type ?? '',
    vulnerabilityId: details?.vulnerabilityId,
    packages: (details?.vulnerablePackages ?? []).map(packageReport),
    remediation: recommendation?.text,
    remediationUrl: recommendation?.Url,
  };
}

function packageReport(vulnerable: VulnerablePackage): PackageReport {
  const epoch = vulnerable.epoch ? `${vulnerable.epoch}:` : '';
  const release = vulnerable.release ? `-${vulnerable.release}` : '';
  return {
    name: vulnerable.name ?? '',
    installedVersion: `${epoch}${vulnerable.version ?? ''}${release}`,
    fixedInVersion: vulnerable.fixedInVersion,
    remediation: vulnerable.remediation,
    filePath: vulnerable.filePath,
  };
}

function worstFirst(a: BlockingFinding, b: BlockingFinding): number {
  return SEVERITIES.indexOf(b.severity) - SEVERITIES.indexOf(a.severity) || (b.score ?? 0) - (a.score ?? 0);
}

/** `critical`, `High`: any case. `origin` names the flag or field for the InputError. */
export function parseSeverity(text: string, origin: string): SeverityLevel {
  const severity = text.trim().toUpperCase();
  if ((SEVERITIES as readonly string[]).includes(severity)) return severity as SeverityLevel;
  throw new InputError([`${origin} "${text}" is not one of ${SEVERITIES.join(', ')}`]);
}

/** An Inspector score: 0 to 10, like CVSS. */
export function parseMinScore(text: string, origin: string): number {
  const score = Number(text);
  if (text.trim() === '' || !Number.isFinite(score) || score < 0 || score > 10) {
    throw new InputError([`${origin} "${text}" must be a number from 0 to 10, e.g. 8 or 7.5`]);
  }
  return score;
}
