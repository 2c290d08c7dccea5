import type { CallSite } from '../analysis/model';
import { deepTaints, newTaint, tainted, unionTaints, type Label, type Value } from '../analysis/values';
import type { Expr, Location, SourceModule } from '../ir';

/** Library object kinds the models recognise, kept apart from user class names by the `lib:` prefix. */
export const KIND = {
  request: 'lib:HttpRequest',
  response: 'lib:HttpResponse',
  writer: 'lib:ResponseWriter',
  session: 'lib:HttpSession',
  servletContext: 'lib:ServletContext',
  sqlConnection: 'lib:SqlConnection',
  sqlStatement: 'lib:SqlStatement',
  jdbcTemplate: 'lib:JdbcTemplate',
  ldap: 'lib:Ldap',
  xpath: 'lib:XPath',
  xmlDocument: 'lib:XmlDocument',
  insecureRandom: 'lib:InsecureRandom',
  secureRandom: 'lib:SecureRandom',
  kms: 'lib:Kms',
  processBuilder: 'lib:ProcessBuilder',
  file: 'lib:File',
  path: 'lib:Path',
  stream: 'lib:Stream',
  stringBuilder: 'lib:StringBuilder',
  responseEntity: 'lib:ResponseEntity',
  json: 'lib:Json',
  cookie: 'lib:Cookie',
  upload: 'lib:UploadedFile',
  kmsDecryptResult: 'lib:KmsDecryptResult',
  /** Apache Commons Exec's argument vector. */
  commandLine: 'lib:CommandLine',
  /** Koa's `ctx`: the request's data and the response's body and type in one object. */
  koaContext: 'lib:KoaContext',
  /** A response whose string bodies are plain text unless declared HTML (Fastify's `reply`). */
  textReply: 'lib:TextReply',
  /** hapi's response toolkit `h`: `h.response(string)` is an HTML page. */
  hapiToolkit: 'lib:HapiToolkit',
} as const;

export const STRING = 'String';

/** What `xpath.useNamespaces(...)` and lxml's `XPathEvaluator(doc)` return: a function evaluating an expression. */
export const XPATH_CALLABLE = 'lib:xpath-callable';

/** The call's dotted name when it is made on a module or class (`os.path.join`, `URLDecoder.decode`). */
export function qualifiedName(site: CallSite): string | undefined {
  const qualifier = site.qualifier;
  if (!qualifier) return site.receiverExpr || site.isNew ? undefined : site.method;
  if (!site.receiverExpr && (qualifier === site.method || qualifier.endsWith(`.${site.method}`)))
    return qualifier;
  return `${qualifier}.${site.method}`;
}

/** The last `count` segments of a dotted name: Java calls are matched on `Class.method`. */
export function lastSegments(name: string, count: number): string {
  return name.split('.').slice(-count).join('.');
}

/** The call's name for table lookups: `Class.method` in Java, the full dotted name elsewhere. */
export function callName(site: CallSite): string | undefined {
  const name = qualifiedName(site);
  if (!name) return undefined;
  return site.language === 'java' ? lastSegments(name, 2) : name;
}

export function arg(site: CallSite, index: number, keyword?: string): Value | undefined {
  return (keyword !== undefined ? site.keywords.get(keyword) : undefined) ?? site.args[index];
}

/** Whether the receiver is of a kind, or, when its kind is unknown, is named like one. */
export function receiverIs(site: CallSite, kind: string, names?: RegExp): boolean {
  if (site.receiverType === kind) return true;
  if (site.receiverType && site.receiverType !== 'Object' && site.receiverType !== 'any') return false;
  return names !== undefined && names.test(site.receiverName ?? '');
}

export function source(site: CallSite | { path: string; loc: Location }, label: Label, what: string): Value {
  return { taints: [newTaint(label, { path: site.path, loc: site.loc, message: `${what} read here` })] };
}

/** Everything the receiver and the arguments hold. */
export function everything(site: CallSite): Value {
  let taints = site.receiver ? deepTaints(site.receiver) : [];
  for (const value of site.args) taints = unionTaints(taints, deepTaints(value));
  for (const value of site.keywords.values()) taints = unionTaints(taints, deepTaints(value));
  return tainted(taints);
}

export function argsOnly(site: CallSite): Value {
  let taints: ReturnType<typeof deepTaints> = [];
  for (const value of site.args) taints = unionTaints(taints, deepTaints(value));
  for (const value of site.keywords.values()) taints = unionTaints(taints, deepTaints(value));
  return tainted(taints);
}

export function typed(value: Value, type: string): Value {
  return { ...value, type };
}

export function constString(value: Value | undefined): string | undefined {
  return value?.hasConst && typeof value.konst === 'string' ? value.konst : undefined;
}

/** The name at the root of a receiver chain: `AWSKMSClientBuilder` in `AWSKMSClientBuilder.standard().build()`. */
export function chainRoot(expr: Expr | undefined): string | undefined {
  let at = expr;
  while (at) {
    if (at.kind === 'name') return at.name;
    if (at.kind === 'call') at = at.receiver;
    else if (at.kind === 'member' || at.kind === 'index') at = at.object;
    else if (at.kind === 'new') return at.type;
    else return undefined;
  }
  return undefined;
}

/** The identifier an argument expression names (a constant's name, `Context.SECURITY_CREDENTIALS`). */
export function nameOfExpr(expr: Expr | undefined): string | undefined {
  if (!expr) return undefined;
  if (expr.kind === 'name') return expr.name;
  if (expr.kind === 'member') return expr.property;
  return undefined;
}

/** A table entry by key, never one inherited from Object.prototype (`valueOf`, `toString`...). */
export function own<T>(table: Readonly<Record<string, T>>, key: string | undefined): T | undefined {
  return key !== undefined && Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

/** A Python module of a FastAPI or Starlette application: route parameters come from anywhere in the request, results are JSON. */
export function importsFastApi(module: SourceModule): boolean {
  return module.imports.some((entry) => /^(fastapi|starlette)(\.|$)/.test(entry.module));
}
