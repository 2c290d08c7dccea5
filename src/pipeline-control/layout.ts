import {
  type CodePipelineClient,
  GetPipelineCommand,
  type PipelineVariable,
} from '@aws-sdk/client-codepipeline';
import { InputError } from '../errors';
import type { PipelineLayout } from './types';

export function isAwsError(error: unknown, ...names: string[]): error is Error {
  return error instanceof Error && names.includes(error.name);
}

/** The pipeline's stages and actions in order; an unknown pipeline is bad input. */
export async function pipelineLayout(
  client: CodePipelineClient,
  name: string,
  region: string,
): Promise<PipelineLayout> {
  try {
    const { pipeline } = await client.send(new GetPipelineCommand({ name }));
    if (!pipeline) throw new Error(`GetPipeline answered without the pipeline "${name}"`);
    return {
      name,
      type: pipeline.pipelineType ?? 'V1',
      variables: (pipeline.variables ?? []).map((variable) => ({
        name: variable.name ?? '',
        defaultValue: variable.defaultValue,
      })),
      stages: (pipeline.stages ?? []).map((stage) => ({
        name: stage.name ?? '',
        actions: [...(stage.actions ?? [])]
          .sort((a, b) => (a.runOrder ?? 1) - (b.runOrder ?? 1))
          .map((action) => ({ name: action.name ?? '', category: action.actionTypeId?.category ?? '' })),
      })),
    };
  } catch (error) {
    if (isAwsError(error, 'PipelineNotFoundException')) throw noSuchPipeline(name, region);
    throw error;
  }
}

export function noSuchPipeline(name: string, region: string): InputError {
  return new InputError([
    `pipeline "${name}" does not exist in ${region} (in the account of the current credentials)`,
  ]);
}

/** Variables the pipeline does not declare would be refused by StartPipelineExecution: say so first. */
export function checkVariablesDeclared(layout: PipelineLayout, variables: PipelineVariable[]): void {
  if (variables.length === 0) return;
  if (layout.variables.length === 0) {
    throw new InputError([
      `pipeline "${layout.name}" declares no variables (a ${layout.type} pipeline${layout.type === 'V2' ? '' : '; variables need a V2 pipeline'}): remove the variables or declare them in the pipeline`,
    ]);
  }
  const declared = layout.variables.map((variable) => variable.name);
  const undeclared = variables.filter((variable) => !declared.includes(variable.name ?? ''));
  if (undeclared.length > 0) {
    throw new InputError(
      undeclared.map(
        (variable) =>
          `pipeline "${layout.name}" declares no variable "${variable.name}" (it declares ${declared.join(', ')})`,
      ),
    );
  }
}
