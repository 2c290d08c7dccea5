import { isMap, LineCounter, parseDocument } from 'yaml';
import { InputError } from '../errors';
import { readInputFile } from '../runtime/files';
import type { TemplateParameter, TemplateSource } from './types';

/** CloudFormation's limit for TemplateBody in one request; larger templates must come from S3. */
export const MAX_TEMPLATE_BODY_BYTES = 51_200;

/** Reads a local template (YAML or JSON), or takes an S3 https URL as it is. */
export async function loadTemplate(location: string): Promise<TemplateSource> {
  if (/^https:\/\//.test(location)) return { kind: 'url', url: location };
  const body = await readInputFile(location, 'template');
  return { kind: 'body', file: location, body, parameters: parseTemplate(body, location) };
}

/** Checks the size and syntax of a template and lists the parameters it declares. */
export function parseTemplate(body: string, file: string): TemplateParameter[] {
  const size = Buffer.byteLength(body);
  if (size > MAX_TEMPLATE_BODY_BYTES) {
    throw new InputError([
      `${file}: template is ${size} bytes; CloudFormation takes at most ${MAX_TEMPLATE_BODY_BYTES} inline: upload it to S3 and pass its https URL as the template`,
    ]);
  }
  return templateParameters(body, file);
}

/** Checks the syntax of a template (YAML or JSON) and lists the parameters it declares. */
export function templateParameters(body: string, file: string): TemplateParameter[] {
  const lineCounter = new LineCounter();
  // CloudFormation's short-form intrinsics (!Ref, !Sub, …) are unknown YAML tags here; only their presence matters.
  const document = parseDocument(body, { lineCounter, uniqueKeys: false, logLevel: 'silent' });
  const problems = document.errors.map(
    (error) => `${file}:${lineCounter.linePos(error.pos[0]).line}: ${firstLine(error.message)}`,
  );
  if (problems.length > 0) throw new InputError(problems);
  if (!isMap(document.contents))
    throw new InputError([`${file}: a template must be a mapping with a Resources section`]);
  return declaredParameters(document.toJS({ maxAliasCount: -1 }));
}

function declaredParameters(template: {
  Parameters?: Record<string, { Default?: unknown }>;
}): TemplateParameter[] {
  return Object.entries(template.Parameters ?? {}).map(([name, declaration]) => ({
    name,
    hasDefault: declaration?.Default !== undefined,
  }));
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text;
}
