import type { DeployTarget } from '../deploy/types';
import type { ParameterValues, Tags } from '../manifest/types';
import type { PipelineTargets } from './targets';

/** The folder of the build output that holds one template configuration file per stack. */
export const TEMPLATE_CONFIG_DIR = 'rampart-template-configs';

/** One stack the pipeline deploys: an environment, or a tenant in one of its regions. */
export interface StackDeployment {
  accountId: string;
  region: string;
  stackName: string;
  parameters: ParameterValues;
  tags: Tags;
  /** Assumed by the pipeline in `accountId`. */
  deployRoleName: string;
  /** CloudFormation's service role in `accountId`. */
  cloudFormationRoleName: string;
}

/** A CloudFormation action's template configuration file (its `TemplateConfiguration`). */
export interface TemplateConfiguration {
  Parameters: ParameterValues;
  Tags: Tags;
}

/** Every stack of the pipeline: environments first, then the tenants wave by wave. */
export function stackDeployments(targets: PipelineTargets): StackDeployment[] {
  return [...targets.environments, ...targets.waveStages.flatMap((stage) => stage.targets.map(tenantStack))];
}

export function tenantStack(target: DeployTarget): StackDeployment {
  const { accountId, deployRoleName, cloudFormationRoleName } = target.tenant;
  return { ...target, accountId, deployRoleName, cloudFormationRoleName };
}

type StackLocation = Pick<StackDeployment, 'accountId' | 'region' | 'stackName'>;

/** Account and region make the name unique, as they do the stack. */
function templateConfigFileName(stack: StackLocation): string {
  return `${stack.accountId}-${stack.region}-${stack.stackName}.json`;
}

/** Where a deploy action finds its stack's file in the build output. */
export function templateConfigPath(stack: StackLocation): string {
  return `${TEMPLATE_CONFIG_DIR}/${templateConfigFileName(stack)}`;
}

/** Every template configuration file of the pipeline, by file name. */
export function templateConfigurationFiles(targets: PipelineTargets): Map<string, TemplateConfiguration> {
  return new Map(
    stackDeployments(targets).map((stack) => [
      templateConfigFileName(stack),
      { Parameters: stack.parameters, Tags: stack.tags },
    ]),
  );
}
