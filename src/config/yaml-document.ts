import type { ErrorObject, ValidateFunction } from 'ajv';
import { type Document, isAlias, isMap, isNode, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { InputError } from '../errors';

/** One path into a YAML document, e.g. ['tenants', 2, 'accountId']. */
export type DocumentPath = readonly (string | number)[];

export type ScalarValue = string | number | boolean;

/** Something wrong at one line of a file; `text` names the field. */
export interface Problem {
  line: number;
  text: string;
}

/** Answers questions about where things are in the YAML source. */
export interface SourceMap {
  /** The 1-based line of a node; the nearest existing parent's line when the path is absent. */
  lineOf(path: DocumentPath): number;
  /** A scalar value as text; numbers keep their written spelling (`1.10` stays "1.10", not "1.1"). */
  textOf(path: DocumentPath, value: ScalarValue): string;
}

export interface ParsedYaml {
  data: unknown;
  source: SourceMap;
}

/** A JSON schema validator, compiled on first use. */
export type SchemaValidator<T> = () => ValidateFunction<T>;

/**
 * A JSON schema validator. `errorMessage` is a non-standard keyword that editors
 * (yaml-language-server) show instead of their generic messages; Rampart's problems use it too.
 * `references` are other schema files the schema points into, keyed by the relative path its
 * `$ref`s use (so editors, which resolve them by path, find them too). Compiling waits for the
 * first use: every command would otherwise pay, at start-up, for every other command's schemas.
 */
export function compileSchema<T>(
  schema: object,
  references: Record<string, object> = {},
): SchemaValidator<T> {
  let compiled: ValidateFunction<T> | undefined;
  return () => {
    if (!compiled) {
      // Loaded on first use, like the schema: a command that reads no such file never loads Ajv.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { default: Ajv } = require('ajv') as typeof import('ajv');
      const ajv = new Ajv({
        allErrors: true,
        verbose: true,
        allowUnionTypes: true,
        keywords: ['errorMessage'],
      });
      for (const [path, referenced] of Object.entries(references)) ajv.addSchema(referenced, path);
      compiled = ajv.compile<T>(schema);
    }
    return compiled;
  };
}

/** Parses YAML, throwing one InputError with every syntax error as `file:line: message`. */
export function parseYaml(text: string, file: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    throw problemsError(
      file,
      doc.errors.map((error) => ({
        line: lineCounter.linePos(error.pos[0]).line,
        text: error.message.split('\n')[0],
      })),
    );
  }
  return { data: doc.toJS(), source: sourceMapOf(doc, lineCounter) };
}

/**
 * Parses YAML and checks it against a schema and any further checks; throws one InputError listing
 * every problem, each as `file:line: field problem`.
 */
export function parseValidatedYaml<T>(
  text: string,
  file: string,
  check: {
    validate: SchemaValidator<T>;
    /** What the whole document is called in problems, e.g. "manifest". */
    rootName: string;
    /** Checks the schema cannot express; the data may not match the schema when they run. */
    furtherProblems?: (data: unknown, source: SourceMap) => Problem[];
  },
): { data: T; source: SourceMap } {
  const { data, source } = parseYaml(text, file);
  const validate = check.validate();
  validate(data);
  const problems = [
    ...schemaProblems(validate.errors ?? [], data, source, check.rootName),
    ...(check.furtherProblems?.(data, source) ?? []),
  ];
  if (problems.length > 0) throw problemsError(file, problems);
  return { data: data as T, source };
}

export function problemsError(file: string, problems: Problem[]): InputError {
  const sorted = [...problems].sort((a, b) => a.line - b.line);
  // Several schema keywords failing on one value yield the same text: report it once.
  return new InputError([...new Set(sorted.map((problem) => `${file}:${problem.line}: ${problem.text}`))]);
}

// --- Where things are in the YAML document

function sourceMapOf(doc: Document, lineCounter: LineCounter): SourceMap {
  return {
    lineOf: (path) => lineCounter.linePos(locate(doc, path).offset).line,
    textOf: (path, value) => {
      if (typeof value !== 'number') return String(value);
      const { node } = locate(doc, path);
      return isScalar(node) && node.source ? node.source : String(value);
    },
  };
}

interface Located {
  node: unknown;
  offset: number;
}

/** Follows `path` as far as it exists. A map entry is located at its key, which is where editors point. */
function locate(doc: Document, path: DocumentPath): Located {
  let here: Located = { node: doc.contents, offset: startOf(doc.contents) ?? 0 };
  for (const segment of path) {
    const next = step(isAlias(here.node) ? here.node.resolve(doc) : here.node, segment);
    if (!next) break;
    here = next;
  }
  return isAlias(here.node) ? { ...here, node: here.node.resolve(doc) } : here;
}

function step(node: unknown, segment: string | number): Located | undefined {
  if (isMap(node)) {
    const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
    const offset = startOf(pair?.key);
    return pair && offset !== undefined ? { node: pair.value, offset } : undefined;
  }
  if (isSeq(node)) {
    const item = node.items[Number(segment)];
    const offset = startOf(item);
    return offset !== undefined ? { node: item, offset } : undefined;
  }
  return undefined;
}

function startOf(node: unknown): number | undefined {
  return isNode(node) ? node.range?.[0] : undefined;
}

// --- Problem texts

/** `['tenants', 2, 'accountId']` as `tenants[2].accountId`. */
export function formatPath(path: DocumentPath, root = 'document'): string {
  if (path.length === 0) return root;
  return path
    .map((segment, index) => {
      if (typeof segment === 'number') return `[${segment}]`;
      if (!/^[A-Za-z_$][\w$]*$/.test(segment)) return `[${JSON.stringify(segment)}]`;
      return index === 0 ? segment : `.${segment}`;
    })
    .join('');
}

/** A value as it appears in a problem text, cut short when long. */
export function show(value: unknown): string {
  if (value === null) return '(empty)';
  const json = JSON.stringify(value);
  return json.length > 60 ? `${json.slice(0, 59)}…` : json;
}

/** Turns a JSON pointer into a path, with array indexes as numbers. */
function pathOf(pointer: string, data: unknown): DocumentPath {
  const path: (string | number)[] = [];
  let value = data;
  for (const token of pointer.split('/').slice(1)) {
    const key = token.replace(/~1/g, '/').replace(/~0/g, '~');
    const segment = Array.isArray(value) ? Number(key) : key;
    path.push(segment);
    value = (value as Record<string | number, unknown>)[segment];
  }
  return path;
}

function schemaProblems(
  errors: ErrorObject[],
  data: unknown,
  source: SourceMap,
  rootName: string,
): Problem[] {
  return (
    errors
      // The inner error of a failed `propertyNames` says what is wrong with the key; the outer one adds nothing.
      .filter((error) => error.keyword !== 'propertyNames')
      .map((error) => schemaProblem(error, data, source, rootName))
  );
}

function schemaProblem(error: ErrorObject, data: unknown, source: SourceMap, rootName: string): Problem {
  const path = pathOf(error.instancePath, data);
  const at = (text: string, linePath = path): Problem => ({ line: source.lineOf(linePath), text });
  const where = formatPath(path, rootName);
  const requirement = String(error.parentSchema?.errorMessage ?? error.message);
  if (error.propertyName !== undefined) {
    return at(`${where} key ${show(error.propertyName)} ${requirement}`, [...path, error.propertyName]);
  }
  switch (error.keyword) {
    case 'required':
      return at(`${where} is missing "${error.params.missingProperty}"`);
    case 'additionalProperties': {
      const unknownKey = [...path, error.params.additionalProperty];
      const known = Object.keys(error.parentSchema?.properties ?? {}).join(', ');
      return at(`${formatPath(unknownKey)} is not a known key (known: ${known})`, unknownKey);
    }
    case 'uniqueItems':
      return at(`${where} lists ${show((error.data as unknown[])[error.params.i])} more than once`);
    case 'maxProperties':
      return at(
        `${where} has ${Object.keys(error.data as object).length} entries, more than the ${error.params.limit} allowed`,
      );
  }
  if (error.keyword === 'type' && error.params.type === 'string' && typeof error.data === 'number') {
    const written = source.textOf(path, error.data);
    return at(
      `${where} ${written} is a number, not text: quote it ("${written}"); unquoted, leading zeros are lost`,
    );
  }
  return at(`${where} ${show(error.data)} ${requirement}`);
}
