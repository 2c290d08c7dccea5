import type { Capability } from '@aws-sdk/client-cloudformation';
import type { Manifest, ParameterValues, Tags, Tenant } from '../manifest/types';
import type { RunContext } from '../runtime/run-context';
import type { FailureTolerance } from './failure-tolerance';
import type { PollingPolicy } from '../runtime/polling';

export type DeployMode = 'deploy' | 'plan';
export type TenantStatus = 'deployed' | 'unchanged' | 'failed' | 'skipped' | 'rolled-back' | 'planned';

/** One resource in a change set, as CloudFormation describes it. */
export interface ResourceChange {
  action: string;
  logicalId: string;
  physicalId?: string;
  resourceType: string;
  /** For a Modify: whether CloudFormation replaces the resource (True, False or Conditional). */
  replacement?: string;
}

export interface TenantResult {
  id: string;
  accountId: string;
  region: string;
  wave: number;
  stackName: string;
  status: TenantStatus;
  stackId?: string;
  outputs: Record<string, string>;
  changes: ResourceChange[];
  error?: string;
  durationMs: number;
}

export interface DeploySummary {
  deployed: number;
  unchanged: number;
  failed: number;
  skipped: number;
  rolledBack: number;
  planned: number;
}

export interface DeployResults {
  app: string;
  mode: DeployMode;
  tenants: TenantResult[];
  summary: DeploySummary;
}

/** The template as CloudFormation receives it: inline, or an S3 https URL for large ones. */
export type TemplateSource =
  | { kind: 'body'; file: string; body: string; parameters: TemplateParameter[] }
  | { kind: 'url'; url: string };

export interface TemplateParameter {
  name: string;
  hasDefault: boolean;
}

/** One stack to deploy: a tenant in one of its regions. */
export interface DeployTarget {
  tenant: Tenant;
  region: string;
  stackName: string;
  parameters: ParameterValues;
  tags: Tags;
}

export interface DeployOptions {
  manifest: Manifest;
  template: TemplateSource;
  app: string;
  /** Stack name with placeholders {app}, {tenant}, {region}, {accountId} and {wave}. */
  stackNamePattern: string;
  mode: DeployMode;
  /** Only these tenant ids; all enabled tenants when empty. */
  tenantIds: string[];
  /** Only these waves; all when empty. */
  waves: number[];
  concurrency: number;
  failureTolerance: FailureTolerance;
  rollbackFailedWave: boolean;
  recreateRollbackComplete: boolean;
  capabilities: Capability[];
  /** How long one tenant's deployment may take before it is reported failed. */
  timeoutMs: number;
  runContext: RunContext;
  /** Skip session tags for deploy roles whose trust policy does not allow sts:TagSession. */
  skipSessionTags: boolean;
  /** Once aborted (a cancelled workflow), no further tenant starts; running ones finish. */
  signal?: AbortSignal;
  polling?: PollingPolicy;
  /** Receives every credential value Rampart obtains, for masking in logs. */
  onSecret?: (value: string) => void;
  onProgress?: (event: DeployEvent) => void;
}

export type DeployEvent =
  | { type: 'warning'; message: string }
  | { type: 'wave-started'; wave: number; targets: number }
  | { type: 'tenant-started'; target: DeployTarget }
  | { type: 'tenant-finished'; result: TenantResult }
  | { type: 'wave-halted'; wave: number; failed: number; tolerated: number }
  | { type: 'rollback-started'; wave: number; tenants: number };
