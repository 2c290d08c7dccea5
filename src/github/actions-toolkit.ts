/**
 * The one module that talks to the GitHub Actions runner (@actions/core): inputs, outputs, masking,
 * annotations and the job summary. Action entries use it; the core never does.
 */
import * as core from '@actions/core';

export function stringInput(name: string): string | undefined {
  return core.getInput(name) || undefined;
}

export function requiredInput(name: string): string {
  return core.getInput(name, { required: true });
}

/** YAML 1.2 booleans as the runner passes them (true/True/TRUE, false/…); empty is false. */
export function booleanInput(name: string): boolean {
  return core.getInput(name) ? core.getBooleanInput(name) : false;
}

export const setOutput = core.setOutput;
export const maskSecret = core.setSecret;
export const info = core.info;
export const warning = core.warning;
export const setFailed = core.setFailed;

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export function annotate(
  level: AnnotationLevel,
  message: string,
  title: string,
  place?: { file: string; startLine: number; endLine?: number; startColumn?: number },
): void {
  core[level](message, { title, ...place });
}

export async function writeJobSummary(markdown: string): Promise<void> {
  await core.summary.addRaw(markdown).write();
}

export function addToPath(directory: string): void {
  core.addPath(directory);
}
