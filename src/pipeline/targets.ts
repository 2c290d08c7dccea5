import { declaredOnly, planDeployment } from '../deploy/targets';
import type { DeployTarget, TemplateSource } from '../deploy/types';
import { InputError } from '../errors';
import type { Manifest } from '../manifest/types';
import type { Environment, PipelineConfig } from './types';

/** A production wave cut into stages of at most `maxActionsPerStage` deploy actions. */
export interface WaveStage {
  wave: number;
  /** 1-based; a wave that fits in one stage has only part 1. */
  part: number;
  parts: number;
  targets: DeployTarget[];
}

/** Everything the pipeline deploys, in order: environments, then each wave's stages. */
export interface PipelineTargets {
  environments: Environment[];
  waveStages: WaveStage[];
}

/** CodePipeline's limit on stages per pipeline. */
export const MAX_STAGES = 50;

/**
 * Every enabled tenant of the manifest, in waves, checked against what CodePipeline can do:
 * every problem found is reported together in one InputError. With the template at hand (in the
 * build), parameters it does not declare are left out and those it requires are checked.
 */
export function pipelineTargets(
  manifest: Manifest,
  config: PipelineConfig,
  template?: TemplateSource,
): PipelineTargets {
  const plan = planDeployment({
    manifest,
    template,
    app: config.app,
    stackNamePattern: config.stackName,
    stackNameOrigin: `${config.file} stackName "${config.stackName}"`,
    tenantIds: [],
    waves: [],
  });
  const targets = plan.waves.flatMap((wave) => wave.targets);
  const problems = [
    ...externalIdProblems(manifest, targets),
    ...regionProblems(manifest, config, targets),
    ...config.environments.flatMap((environment, index) =>
      environmentParameterProblems(config, environment, index, template),
    ),
  ];
  if (problems.length > 0) throw new InputError(problems);
  const waveStages = plan.waves.flatMap(({ wave, targets: waveTargets }) =>
    splitWave(wave, waveTargets, config.production.maxActionsPerStage),
  );
  checkStageCount(config, waveStages);
  const environments = config.environments.map((environment) => ({
    ...environment,
    parameters: declaredOnly(template, environment.parameters),
  }));
  return { environments, waveStages };
}

function environmentParameterProblems(
  config: PipelineConfig,
  environment: Environment,
  index: number,
  template: TemplateSource | undefined,
): string[] {
  if (template?.kind !== 'body') return [];
  return template.parameters
    .filter((parameter) => !parameter.hasDefault && !(parameter.name in environment.parameters))
    .map(
      (parameter) =>
        `${config.file}:${config.lineOf(['environments', index])}: environments[${index}] ("${environment.name}") sets no value for parameter "${parameter.name}", which ${template.file} requires (it has no Default)`,
    );
}

/** CodePipeline assumes an action's role without an ExternalId, so such a role can never be assumed. */
function externalIdProblems(manifest: Manifest, targets: DeployTarget[]): string[] {
  const tenants = new Set(
    targets.filter((target) => target.tenant.externalId).map((target) => target.tenant),
  );
  return [...tenants].map(
    (tenant) =>
      `${manifest.file}:${manifest.lineOf(['tenants', tenant.index, 'externalId'])}: tenants[${tenant.index}] "${tenant.id}" has an externalId, but CodePipeline cannot pass one when it assumes an action role: deploy without ExternalId in its trust policy (tenant-bootstrap.yaml ExternalId ''), or deploy this tenant with \`rampart deploy\``,
  );
}

function regionProblems(manifest: Manifest, config: PipelineConfig, targets: DeployTarget[]): string[] {
  const missing = targets.filter((target) => !(target.region in config.artifactStores));
  return [...new Set(missing.map((target) => target.tenant))].map((tenant) => {
    const regions = missing.filter((target) => target.tenant === tenant).map((target) => target.region);
    return `${manifest.file}:${manifest.lineOf(['tenants', tenant.index])}: tenants[${tenant.index}] "${tenant.id}" deploys to ${regions.join(', ')}, which ${config.file} artifactStores does not list: CodePipeline needs an artifact bucket and key in every region it deploys to (deploy tooling-account.yaml there and add it)`;
  });
}

function splitWave(wave: number, targets: DeployTarget[], maxActionsPerStage: number): WaveStage[] {
  const parts = Math.ceil(targets.length / maxActionsPerStage);
  return Array.from({ length: parts }, (_, index) => ({
    wave,
    part: index + 1,
    parts,
    targets: targets.slice(index * maxActionsPerStage, (index + 1) * maxActionsPerStage),
  }));
}

function checkStageCount(config: PipelineConfig, waveStages: WaveStage[]): void {
  // Source, build, one per environment, the approval, and the production stages.
  const stages = 2 + config.environments.length + (config.approval ? 1 : 0) + waveStages.length;
  if (stages > MAX_STAGES) {
    throw new InputError([
      `${config.file}: the pipeline would have ${stages} stages, more than the ${MAX_STAGES} CodePipeline allows: use fewer waves, or split the tenants over several pipelines`,
    ]);
  }
}
