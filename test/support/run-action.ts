import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { outputOf } from '../../tools/child-output';

interface ActionDefinition {
  inputs?: Record<string, { required?: boolean; default?: string }>;
  runs: { using: string; main: string };
}

export interface ActionRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Directories the action added to PATH for later steps. */
  addedPath: string[];
}

/**
 * Runs a bundled action the way the runner does: a node process with INPUT_* variables (action.yml
 * defaults applied), GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files and an event payload.
 */
export async function runAction(
  actionDir: string,
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv = {},
): Promise<ActionRun> {
  const definition = parse(readFileSync(join(actionDir, 'action.yml'), 'utf8')) as ActionDefinition;
  const workspace = mkdtempSync(join(tmpdir(), 'rampart-action-'));
  const files = {
    output: join(workspace, 'output'),
    summary: join(workspace, 'summary'),
    path: join(workspace, 'path'),
    event: join(workspace, 'event.json'),
  };
  for (const file of [files.output, files.summary, files.path]) writeFileSync(file, '');
  writeFileSync(files.event, JSON.stringify({ repository: { full_name: 'acme/app' } }));
  const child = spawn(process.execPath, [join(actionDir, definition.runs.main)], {
    env: {
      ...process.env,
      ...runnerVariables(files, workspace),
      ...inputVariables(definition, inputs),
      ...env,
    },
  });
  const { code, stdout, stderr } = await outputOf(child);
  return {
    exitCode: code ?? 1,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(files.output, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
    addedPath: readFileSync(files.path, 'utf8').split('\n').filter(Boolean),
  };
}

function runnerVariables(files: Record<'output' | 'summary' | 'path' | 'event', string>, workspace: string) {
  return {
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: files.output,
    GITHUB_PATH: files.path,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_ACTOR: 'octocat',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: workspace,
  };
}

/** The runner passes every declared input, its default when the workflow gives none. */
function inputVariables(
  definition: ActionDefinition,
  inputs: Record<string, string>,
): Record<string, string> {
  const undeclared = Object.keys(inputs).filter((name) => !definition.inputs?.[name]);
  if (undeclared.length > 0) throw new Error(`inputs not declared in action.yml: ${undeclared.join(', ')}`);
  return Object.fromEntries(
    Object.entries(definition.inputs ?? {}).map(([name, spec]) => [
      `INPUT_${name.replace(/ /g, '_').toUpperCase()}`,
      inputs[name] ?? spec.default ?? '',
    ]),
  );
}

/** GITHUB_OUTPUT holds `name<<DELIMITER`, the value's lines, then `DELIMITER`. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[index] ?? '');
    if (!match) continue;
    const [, name, delimiter] = match as unknown as [string, string, string];
    const end = lines.indexOf(delimiter, index + 1);
    outputs[name] = lines.slice(index + 1, end).join('\n');
    index = end;
  }
  return outputs;
}

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

/** The `::command key=value::message` lines an action printed, with their escaping undone. */
export function workflowCommands(stdout: string): WorkflowCommand[] {
  return [...stdout.matchAll(/^::([\w-]+)(?: ([^:]*))?::(.*)$/gm)].map((match) => ({
    command: match[1] ?? '',
    properties: Object.fromEntries(
      (match[2] ?? '')
        .split(',')
        .filter(Boolean)
        .map((pair) => {
          const [key = '', value = ''] = pair.split('=');
          return [key, unescapeCommandText(value)];
        }),
    ),
    message: unescapeCommandText(match[3] ?? ''),
  }));
}

function unescapeCommandText(text: string): string {
  return text
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%');
}
