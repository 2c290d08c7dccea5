/**
 * The user's words for a pipeline run or approval, checked against CodePipeline's own limits before
 * any call, each problem one line naming the flag or input (`what`).
 */
import type { PipelineVariable } from '@aws-sdk/client-codepipeline';
import { InputError } from '../errors';
import type { Decision } from './types';

/** Pipeline, stage and action names (PipelineName, StageName, ActionName in the API reference). */
const RESOURCE_NAME = /^[A-Za-z0-9.@\-_]{1,100}$/;
/** PipelineVariable: name 1..128 of [A-Za-z0-9@\-_], value 1..1000 characters, at most 50 per execution. */
const VARIABLE_NAME = /^[A-Za-z0-9@\-_]+$/;
const MAX_VARIABLE_NAME = 128;
const MAX_VARIABLE_VALUE = 1000;
const MAX_VARIABLES = 50;
/** ApprovalResult.summary. */
const MAX_APPROVAL_SUMMARY = 512;
/** A comma (or line break) starts a new variable only where `NAME=` follows, so values may hold commas. */
const VARIABLE_SEPARATOR = /[,\n](?=\s*[A-Za-z0-9@\-_]+=)/;

export const DECISIONS = ['approve', 'reject'] as const;

export function resourceName(text: string, what: string): string {
  if (!RESOURCE_NAME.test(text)) {
    throw new InputError([`${what} "${text}" must be 1 to 100 of A-Z a-z 0-9 . @ - _`]);
  }
  return text;
}

/**
 * `NAME=value` entries, each entry possibly several separated by commas or line breaks
 * (`A=1,B=2`). A value may contain commas and `=`; a comma followed by `NAME=` starts the next one.
 */
export function parseVariables(entries: string[], what: string): PipelineVariable[] {
  const items = entries
    .flatMap((entry) => entry.split(VARIABLE_SEPARATOR))
    .map((item) => item.trim())
    .filter(Boolean);
  const problems: string[] = [];
  const variables: PipelineVariable[] = [];
  for (const item of items) {
    const equals = item.indexOf('=');
    const name = equals < 0 ? item : item.slice(0, equals).trim();
    const value = equals < 0 ? undefined : item.slice(equals + 1);
    const problem = variableProblem(name, value, variables);
    if (problem) problems.push(`${what} "${item}": ${problem}`);
    else variables.push({ name, value });
  }
  if (variables.length > MAX_VARIABLES) {
    problems.push(`${what}: ${variables.length} variables, CodePipeline takes at most ${MAX_VARIABLES}`);
  }
  if (problems.length > 0) throw new InputError(problems);
  return variables;
}

function variableProblem(
  name: string,
  value: string | undefined,
  earlier: PipelineVariable[],
): string | undefined {
  if (value === undefined) return 'must be NAME=value';
  if (!VARIABLE_NAME.test(name)) return `the name "${name}" must be made of A-Z a-z 0-9 @ - _`;
  if (name.length > MAX_VARIABLE_NAME) return `the name is longer than ${MAX_VARIABLE_NAME} characters`;
  if (value === '') return 'the value is empty (CodePipeline refuses empty values)';
  if (value.length > MAX_VARIABLE_VALUE) return `the value is longer than ${MAX_VARIABLE_VALUE} characters`;
  if (earlier.some((variable) => variable.name === name)) return `"${name}" is given twice`;
  return undefined;
}

export function parseDecision(text: string, what: string): Decision {
  if (text === 'approve') return 'Approved';
  if (text === 'reject') return 'Rejected';
  throw new InputError([`${what} "${text}" must be approve or reject`]);
}

export function approvalSummary(text: string, what: string): string {
  if (text.length > MAX_APPROVAL_SUMMARY) {
    throw new InputError([
      `${what} is ${text.length} characters long; CodePipeline keeps at most ${MAX_APPROVAL_SUMMARY}`,
    ]);
  }
  return text;
}

/** The region given, else the environment's (AWS_REGION, then AWS_DEFAULT_REGION). */
export function regionOf(given: string | undefined, what: string, env: NodeJS.ProcessEnv): string {
  const region = given || env.AWS_REGION || env.AWS_DEFAULT_REGION;
  if (!region) throw new InputError([`${what} is needed: AWS_REGION is not set`]);
  return region;
}
