/** `.rampart/consumers.yml`: who hears about a release of the libraries built in this repository. */
import { existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import {
  compileSchema,
  formatPath,
  type Problem,
  parseValidatedYaml,
  type SourceMap,
} from '../config/yaml-document';
import { readInputFile } from '../runtime/files';
import schema from './consumers.schema.json';

export const DEFAULT_CONSUMERS_FILE = '.rampart/consumers.yml';

export type Consumer =
  | { kind: 'repository'; repository: string; packages?: string[] }
  | { kind: 'eventBus'; eventBus: string; packages?: string[] };

interface WrittenConsumer {
  repository?: string;
  eventBus?: string;
  packages?: string[];
}

const validateConsumers = compileSchema<{ consumers: WrittenConsumer[] }>(schema);

/** `shownAs` is how problems name the file (the path as the user gave it). */
export async function loadConsumers(file: string, shownAs = file): Promise<Consumer[]> {
  return parseConsumers(await readInputFile(file, 'the consumers file'), shownAs);
}

/**
 * The consumers file (relative to `root`), plus an extra event bus. Without a bus the file must
 * exist; with one, the default file is read only when it is there.
 */
export async function loadConsumersAndBus(
  file: string | undefined,
  eventBus: string | undefined,
  root: string,
): Promise<Consumer[]> {
  const bus: Consumer[] = eventBus ? [{ kind: 'eventBus', eventBus }] : [];
  const path = file ?? DEFAULT_CONSUMERS_FILE;
  const absolute = isAbsolute(path) ? path : join(root, path);
  if (!file && bus.length > 0 && !existsSync(absolute)) return bus;
  return [...(await loadConsumers(absolute, path)), ...bus];
}

export function parseConsumers(text: string, file: string): Consumer[] {
  const { data } = parseValidatedYaml(text, file, {
    validate: validateConsumers,
    rootName: 'consumers file',
    furtherProblems: consumerProblems,
  });
  return data.consumers.map((consumer) =>
    consumer.repository
      ? { kind: 'repository', repository: consumer.repository, packages: consumer.packages }
      : { kind: 'eventBus', eventBus: consumer.eventBus ?? '', packages: consumer.packages },
  );
}

/** The consumers that take this package: those that list it, and those that list none. */
export function consumersOf(consumers: Consumer[], packageName: string): Consumer[] {
  return consumers.filter((consumer) => !consumer.packages || consumer.packages.includes(packageName));
}

export function consumerName(consumer: Consumer): string {
  return consumer.kind === 'repository' ? consumer.repository : consumer.eventBus;
}

function consumerProblems(data: unknown, source: SourceMap): Problem[] {
  const consumers = (data as { consumers?: unknown })?.consumers;
  if (!Array.isArray(consumers)) return [];
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  consumers.forEach((consumer: WrittenConsumer | null, index) => {
    const path = ['consumers', index];
    const targets = [consumer?.repository, consumer?.eventBus].filter((target) => target !== undefined);
    if (consumer && typeof consumer === 'object' && targets.length !== 1) {
      problems.push({
        line: source.lineOf(path),
        text: `${formatPath(path)} needs exactly one of "repository" and "eventBus"`,
      });
    }
    const [target] = targets;
    if (typeof target !== 'string') return;
    const first = seen.get(target);
    if (first === undefined) seen.set(target, index);
    else
      problems.push({
        line: source.lineOf(path),
        text: `${formatPath(path)} repeats consumers[${first}] (${target})`,
      });
  });
  return problems;
}
