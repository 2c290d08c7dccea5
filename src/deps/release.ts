/**
 * A library release and the events that carry it: GitHub's `repository_dispatch` (event type
 * `library-released`, the release in `client_payload`) and EventBridge events shaped like
 * CodeArtifact's `CodeArtifact Package Version State Change`, so that one consumer rule matches both
 * releases published to CodeArtifact and those announced by Rampart.
 */
import { createHash } from 'node:crypto';
import { InputError } from '../errors';
import { type Ecosystem, packageNameProblems, parseEcosystem } from './ecosystems';
import { isPlainVersion } from './versions';

export interface Release {
  package: string;
  ecosystem: Ecosystem;
  version: string;
  changelogUrl?: string;
  /** The library's repository (owner/name): where failures are reported. */
  producer?: string;
}

export const DISPATCH_EVENT_TYPE = 'library-released';
export const CODEARTIFACT_DETAIL_TYPE = 'CodeArtifact Package Version State Change';
/** EventBridge keeps `aws.*` sources for AWS services: Rampart's own events come from here. */
export const RAMPART_EVENT_SOURCE = 'rampart.deps';

/** The release as written by a user or an event, before it is checked. */
export interface ReleaseFields {
  package?: string;
  ecosystem?: string;
  version?: string;
  changelogUrl?: string;
  producer?: string;
}

/** Where each field came from, for problems: `--version`, `input "version"`. */
export type FieldNames = Record<keyof ReleaseFields, string>;

/** Checks the fields (given ones first, then those from the event) and says every problem at once. */
export function resolveRelease(given: ReleaseFields, fromEvent: ReleaseFields, names: FieldNames): Release {
  const pick = (field: keyof ReleaseFields) => given[field] || fromEvent[field] || undefined;
  const problems: string[] = [];
  const required = (['package', 'ecosystem', 'version'] as const).filter((field) => !pick(field));
  for (const field of required) problems.push(`${names[field]} is required (or an event that carries it)`);
  let ecosystem: Ecosystem | undefined;
  try {
    ecosystem = pick('ecosystem') ? parseEcosystem(pick('ecosystem') ?? '', names.ecosystem) : undefined;
  } catch (error) {
    problems.push(...(error as InputError).problems);
  }
  const packageName = pick('package');
  if (ecosystem && packageName) problems.push(...packageNameProblems(ecosystem, packageName, names.package));
  const version = pick('version');
  if (version && !isPlainVersion(version)) problems.push(`${names.version} "${version}" is not a version`);
  const producer = pick('producer');
  if (producer && !/^[\w.-]+\/[\w.-]+$/.test(producer))
    problems.push(`${names.producer} "${producer}" is not owner/name`);
  if (problems.length > 0 || !ecosystem || !packageName || !version) throw new InputError(problems);
  return { package: packageName, ecosystem, version, changelogUrl: pick('changelogUrl'), producer };
}

// --- GitHub repository_dispatch

/** client_payload: at most 10 top-level properties, GitHub says. */
export function dispatchPayload(release: Release): Record<string, string> {
  return withoutEmpty({
    package: release.package,
    ecosystem: release.ecosystem,
    version: release.version,
    changelogUrl: release.changelogUrl,
    producer: release.producer,
  });
}

// --- EventBridge, shaped like CodeArtifact's event

export interface EventOrigin {
  account: string;
  region: string;
  partition?: string;
  /** What stands in for CodeArtifact's domain and repository names. */
  domainName: string;
  repositoryName: string;
}

/** The `detail` of a CodeArtifact package version event, for a release CodeArtifact did not see. */
export function codeArtifactShapedDetail(release: Release, origin: EventOrigin): Record<string, unknown> {
  const { namespace, name } = codeArtifactName(release);
  const identity = `${release.ecosystem}/${release.package}@${release.version}`;
  return {
    domainName: origin.domainName,
    domainOwner: origin.account,
    repositoryName: origin.repositoryName,
    repositoryAdministrator: origin.account,
    packageFormat: release.ecosystem,
    packageNamespace: namespace,
    packageName: name,
    packageVersion: release.version,
    packageVersionState: 'Published',
    packageVersionRevision: digest(`revision:${identity}`),
    changes: {
      assetsAdded: 0,
      assetsRemoved: 0,
      metadataUpdated: true,
      assetsUpdated: 0,
      statusChanged: true,
    },
    operationType: 'Created',
    sequenceNumber: 1,
    eventDeduplicationId: digest(`release:${identity}`),
    // Not CodeArtifact's: what a consumer needs beyond it.
    rampart: withoutEmpty({ changelogUrl: release.changelogUrl, producer: release.producer }),
  };
}

/** The CodeArtifact package ARN the event is about. */
export function codeArtifactPackageArn(release: Release, origin: EventOrigin): string {
  const { namespace, name } = codeArtifactName(release);
  const partition = origin.partition ?? 'aws';
  return `arn:${partition}:codeartifact:${origin.region}:${origin.account}:package/${origin.domainName}/${origin.repositoryName}/${release.ecosystem}/${namespace ?? ''}/${name}`;
}

/** CodeArtifact splits Maven `group:artifact` and npm `@scope/name` into a namespace and a name. */
function codeArtifactName(release: Release): { namespace: string | null; name: string } {
  if (release.ecosystem === 'maven') {
    const [namespace = '', name = ''] = release.package.split(':');
    return { namespace, name };
  }
  const scoped = /^@([^/]+)\/(.+)$/.exec(release.package);
  return scoped
    ? { namespace: scoped[1] ?? '', name: scoped[2] ?? '' }
    : { namespace: null, name: release.package };
}

function joinCodeArtifactName(format: string, namespace: unknown, name: string): string {
  if (typeof namespace !== 'string' || !namespace) return name;
  return format === 'maven' ? `${namespace}:${name}` : `@${namespace}/${name}`;
}

// --- Reading events

/**
 * The release an event carries: a repository_dispatch webhook payload (its client_payload), or an
 * EventBridge event from CodeArtifact or from Rampart (its detail). Anything else carries none.
 */
export function releaseFieldsOfEvent(event: unknown): ReleaseFields {
  const payload = asRecord(event);
  const client = asRecord(payload.client_payload);
  if (Object.keys(client).length > 0) {
    return {
      package: text(client.package),
      ecosystem: text(client.ecosystem),
      version: text(client.version),
      changelogUrl: text(client.changelogUrl),
      producer: text(client.producer),
    };
  }
  if (payload['detail-type'] !== CODEARTIFACT_DETAIL_TYPE) return {};
  const detail = asRecord(payload.detail);
  const extras = asRecord(detail.rampart);
  const format = text(detail.packageFormat) ?? '';
  return {
    package:
      text(detail.packageName) &&
      joinCodeArtifactName(format, detail.packageNamespace, text(detail.packageName) ?? ''),
    ecosystem: format || undefined,
    version: text(detail.packageVersion),
    changelogUrl: text(extras.changelogUrl),
    producer: text(extras.producer),
  };
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value ? value : undefined;
}

function withoutEmpty(values: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('base64');
}
