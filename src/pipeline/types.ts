import type { Capability } from '@aws-sdk/client-cloudformation';
import type { ParameterValues, Tags } from '../manifest/types';

export interface ArtifactStoreLocation {
  bucket: string;
  keyArn: string;
}

export type PipelineSource =
  | { kind: 'github'; connectionArn: string; repository: string; branch: string }
  | { kind: 'codecommit'; repository: string; branch: string }
  | { kind: 's3'; bucket: string; key: string };

export interface BuildSettings {
  image: string;
  computeType: string;
  commands: string[];
  securityReview: boolean;
  secretScan: boolean;
}

/** Gates after an environment's deployment; functions and resources as ARNs or image URIs. */
export interface PostDeployGates {
  lambdaReady: string[];
  inspector?: { resources: string[]; severity: string; minScore?: number };
  /** Assumed in each resource's account; without it the gates run as the CodeBuild role. */
  roleName?: string;
}

/** A pre-production environment: one account and region, deployed before any tenant. */
export interface Environment {
  name: string;
  accountId: string;
  region: string;
  stackName: string;
  deployRoleName: string;
  cloudFormationRoleName: string;
  parameters: ParameterValues;
  tags: Tags;
  integrationTests: string[];
  loadTestScenario?: string;
  gates?: PostDeployGates;
}

export interface ApprovalSettings {
  topicArn?: string;
  notify: string[];
  comment: string;
  reviewUrl?: string;
  timeoutMinutes?: number;
}

export type WaveFailureResult = 'ROLLBACK' | 'FAIL' | 'RETRY';

/** pipeline.yml with defaults applied. Paths are relative to the repository root. */
export interface PipelineConfig {
  file: string;
  name: string;
  region: string;
  app: string;
  template: string;
  stackName: string;
  capabilities: Capability[];
  rampartPath: string;
  artifactStores: Record<string, ArtifactStoreLocation>;
  source: PipelineSource;
  build: BuildSettings;
  environments: Environment[];
  approval?: ApprovalSettings;
  production: { maxActionsPerStage: number; onFailure: WaveFailureResult };
  /** The 1-based line of a node in the file; the nearest existing parent's line when the path is absent. */
  lineOf(path: readonly (string | number)[]): number;
}

/** CodePipeline stores a pipeline's artifacts under the first 20 characters of its name. */
export function artifactPrefixOf(pipelineName: string): string {
  return pipelineName.slice(0, 20);
}
