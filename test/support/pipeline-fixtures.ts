import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { tempDir, type TenantSpec, writeManifest } from './deploy-fixtures';

export const CLI = join(__dirname, '..', '..', 'dist', 'cli', 'index.js');
export const TOOLING = '123456789012';
export const KEY_US = `arn:aws:kms:us-east-1:${TOOLING}:key/1b2c3d4e-0000-4000-8000-000000000001`;
export const KEY_EU = `arn:aws:kms:eu-west-1:${TOOLING}:key/1b2c3d4e-0000-4000-8000-000000000002`;

/** A pipeline.yml as an object, before it is written; tests change what they need. */
export function pipelineConfig(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'app-release',
    app: 'app',
    template: 'app.yaml',
    artifactStores: {
      'us-east-1': { bucket: `rampart-artifacts-${TOOLING}-us-east-1`, keyArn: KEY_US },
      'eu-west-1': { bucket: `rampart-artifacts-${TOOLING}-eu-west-1`, keyArn: KEY_EU },
    },
    source: {
      github: {
        connectionArn: `arn:aws:codeconnections:us-east-1:${TOOLING}:connection/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d`,
        repository: 'acme/app',
      },
    },
    build: { commands: ['npm ci', 'npm test'] },
    environments: [
      {
        name: 'dev',
        accountId: '444444444444',
        parameters: { ApplicationName: 'app-dev' },
        integrationTests: ['npm run test:integration'],
        loadTest: { scenario: 'load-tests/smoke.yml' },
      },
      {
        name: 'beta',
        accountId: '555555555555',
        parameters: { ApplicationName: 'app-beta' },
        integrationTests: ['npm run test:integration'],
      },
    ],
    approval: { notify: ['releases@example.com'] },
    ...overrides,
  };
}

/** `count` tenants with 12-digit accounts from 100000000001 up, in the given wave of each. */
export function manyTenants(count: number, waveOf: (index: number) => number = () => 1): TenantSpec[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `tenant-${String(index + 1).padStart(3, '0')}`,
    accountId: String(100000000001 + index),
    wave: waveOf(index),
  }));
}

export interface PipelineRepository {
  root: string;
  /** Paths relative to root, as `rampart pipeline` is given them. */
  manifest: string;
  config: string;
}

/** A repository folder with tenants.yml, pipeline.yml and the application template. */
export function pipelineRepository(
  tenants: TenantSpec[],
  config: Record<string, unknown> = pipelineConfig(),
  template = APP_TEMPLATE,
): PipelineRepository {
  const root = tempDir();
  writeManifest(tenants, root);
  writeFileSync(join(root, 'pipeline.yml'), stringify(config));
  mkdirSync(join(root, 'infra'), { recursive: true });
  writeFileSync(join(root, String(config.template)), template);
  return { root, manifest: 'tenants.yml', config: 'pipeline.yml' };
}

export const APP_TEMPLATE = `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  ApplicationName: { Type: String }
  LogLevel: { Type: String, Default: WARN }
Resources:
  Settings:
    Type: AWS::SSM::Parameter
    Properties:
      Name: !Sub '/\${ApplicationName}/log-level'
      Type: String
      Value: !Ref LogLevel
`;

export function rampartIn(cwd: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** `rampart pipeline <command>` in the repository, with its manifest and config. */
export function rampartPipeline(repository: PipelineRepository, command: string, ...args: string[]) {
  return rampartIn(
    repository.root,
    'pipeline',
    command,
    '--manifest',
    repository.manifest,
    '--config',
    repository.config,
    ...args,
  );
}
