import { contentTypeSet, isHtmlType, mediaTypeOf, mediaTypesOfExpr } from '../analysis/content-types';
import type { CallSite, ModelResult, SinkUse } from '../analysis/model';
import type { FunctionUnit } from '../analysis/program';
import {
  addRest,
  CLEAN,
  constant,
  deepTaints,
  elementsOf,
  join,
  readProp,
  setProp,
  tainted,
  unionTaints,
  type Value,
} from '../analysis/values';
import type { Expr, FunctionDecl, Location, SourceModule } from '../ir';
import {
  guardOfCall,
  isAllowList,
  referenceCleans,
  sanitizerCall,
  stripHarmlessWrappers,
  typeCleans,
} from './sanitizers';
import { isCredentialLiteral, isCredentialName, isSecretValueName, mentionsSecret } from './secret-names';
import { isTextBody, responseBody, sinkUses, userCallSinks } from './sinks';
import { memberSource, paramSource, scriptParamSource, sourceCall, type ParamContext } from './sources';
import {
  callName,
  chainRoot,
  constString,
  everything,
  importsFastApi,
  KIND,
  own,
  qualifiedName,
  STRING,
  typed,
  XPATH_CALLABLE,
} from './support';
import { acceptsLabel, ruleOfCategory } from './taint-rules';

/**
 * The library models the interpreter consults for every call it cannot resolve to the program's
 * own code: sources, sinks, sanitizers, and how data moves through strings, builders and
 * collections. The rest of the file answers the interpreter's other questions (property reads,
 * assignments, returns).
 */
export {
  userCallSinks,
  acceptsLabel,
  guardOfCall,
  isAllowList,
  isCredentialLiteral,
  paramSource,
  referenceCleans,
  ruleOfCategory,
  scriptParamSource,
  type ParamContext,
  stripHarmlessWrappers,
  typeCleans,
};

export function modelCall(site: CallSite): ModelResult | undefined {
  const produced = sourceCall(site);
  if (produced) return produced;
  const sinks = sinkUses(site);
  const effect = sanitizerCall(site) ?? structureCall(site) ?? kindCall(site) ?? setterCall(site);
  if (sinks.length === 0) return effect;
  return { ...effect, result: effect && !site.isNew ? effect.result : sinkResult(site), sinks };
}

/** `request.setPlaintext(p)`: a library object's setter stores the data in the object. */
function setterCall(site: CallSite): ModelResult | undefined {
  const receiver = site.receiver;
  if (!receiver || site.args.length !== 1 || !/^set[A-Z]/.test(site.method) || receiver.ref) return undefined;
  const updated: Value = { ...receiver, taints: unionTaints(receiver.taints, deepTaints(site.args[0]!)) };
  return { result: CLEAN, receiver: updated };
}

/** What a sink call returns: a typed object (a statement, a process) holding no attacker data. */
function sinkResult(site: CallSite): Value {
  if (site.isNew && site.method === 'EncryptCommand') return typed(everything(site), 'EncryptCommand');
  const kind = resultKind(site);
  return kind ? { taints: [], type: kind } : CLEAN;
}

// ---- library object kinds ---------------------------------------------------------------------

const DECLARED_KINDS: Record<string, string> = {
  HttpServletRequest: KIND.request,
  ServletRequest: KIND.request,
  HttpServletRequestWrapper: KIND.request,
  MultipartHttpServletRequest: KIND.request,
  HttpServletResponse: KIND.response,
  ServletResponse: KIND.response,
  HttpSession: KIND.session,
  ServletContext: KIND.servletContext,
  Statement: KIND.sqlStatement,
  PreparedStatement: KIND.sqlStatement,
  CallableStatement: KIND.sqlStatement,
  Connection: KIND.sqlConnection,
  JdbcTemplate: KIND.jdbcTemplate,
  NamedParameterJdbcTemplate: KIND.jdbcTemplate,
  JdbcOperations: KIND.jdbcTemplate,
  DatabaseClient: KIND.jdbcTemplate,
  JdbcClient: KIND.jdbcTemplate,
  DirContext: KIND.ldap,
  InitialDirContext: KIND.ldap,
  LdapContext: KIND.ldap,
  InitialLdapContext: KIND.ldap,
  LdapTemplate: KIND.ldap,
  LdapOperations: KIND.ldap,
  LDAPConnection: KIND.ldap,
  LDAPConnectionPool: KIND.ldap,
  LDAPInterface: KIND.ldap,
  XPath: KIND.xpath,
  Document: KIND.xmlDocument,
  Element: KIND.xmlDocument,
  Node: KIND.xmlDocument,
  Branch: KIND.xmlDocument,
  JspWriter: KIND.writer,
  ServletOutputStream: KIND.writer,
  Random: KIND.insecureRandom,
  ThreadLocalRandom: KIND.insecureRandom,
  SecureRandom: KIND.secureRandom,
  AWSKMS: KIND.kms,
  AWSKMSClient: KIND.kms,
  AWSKMSAsync: KIND.kms,
  KmsClient: KIND.kms,
  KmsAsyncClient: KIND.kms,
  KMSClient: KIND.kms,
  ProcessBuilder: KIND.processBuilder,
  File: KIND.file,
  Path: KIND.path,
  MultipartFile: KIND.upload,
  Part: KIND.upload,
  InputStream: KIND.stream,
  Request: KIND.request,
  Response: KIND.response,
  // Spring WebFlux and JAX-RS request objects: their methods that return request data are sources.
  ServerRequest: KIND.request,
  ServerHttpRequest: KIND.request,
  ServerWebExchange: KIND.request,
  UriInfo: KIND.request,
  ContainerRequestContext: KIND.request,
  WebSession: KIND.session,
};

/** Declared types whose kind depends on the package the file imports them from (the simple names are common). */
const IMPORTED_KINDS: readonly { type: string; packageName: string; kind: string }[] = [
  { type: 'HttpRequest', packageName: 'io.micronaut.http', kind: KIND.request },
  { type: 'Session', packageName: 'io.micronaut.session', kind: KIND.session },
  { type: 'HttpHeaders', packageName: 'javax.ws.rs.core', kind: KIND.request },
  { type: 'HttpHeaders', packageName: 'jakarta.ws.rs.core', kind: KIND.request },
];

/** Python and JavaScript types by the name they are imported under, where the simple name means something else elsewhere. */
const IMPORTED_SCRIPT_KINDS: Record<string, string> = {
  'ldap3.Connection': KIND.ldap,
};

function importedKind(type: string, module: SourceModule): string | undefined {
  const imports = (packageName: string) =>
    module.imports.some(
      (entry) =>
        entry.module === `${packageName}.${type}` || (entry.alias === '*' && entry.module === packageName),
    );
  return IMPORTED_KINDS.find((entry) => entry.type === type && imports(entry.packageName))?.kind;
}

/**
 * The library kind a declared type stands for. A `PrintWriter` handed to a method as a
 * parameter, or declared in servlet code, is taken to be the response's writer: that is what
 * page-rendering helpers receive.
 */
export function libraryKindOfDeclared(
  declaredType: string,
  module: SourceModule,
  isParameter = false,
): string | undefined {
  const simple = declaredType.slice(declaredType.lastIndexOf('.') + 1);
  const imported = module.imports.find((entry) => entry.alias === declaredType)?.module;
  const kind =
    own(IMPORTED_SCRIPT_KINDS, imported) ??
    own(DECLARED_KINDS, simple) ??
    (module.language === 'java' ? importedKind(simple, module) : undefined);
  if (kind) return kind;
  if (
    (declaredType === 'PrintWriter' || declaredType === 'Writer') &&
    (isParameter || module.imports.some((entry) => /servlet/.test(entry.module)))
  ) {
    return KIND.writer;
  }
  return undefined;
}

/** The kind of object a library call returns, for recognising later calls on it. */
function resultKind(site: CallSite): string | undefined {
  const name = callName(site) ?? '';
  const method = site.method;
  if (site.isNew) {
    if (importedConstructor(site) === 'ldapts.Client') return KIND.ldap;
    return own(NEW_KINDS, method) ?? (EMPTY_COLLECTIONS.test(method) ? method : undefined);
  }
  if (
    (method === 'getWriter' || method === 'getOutputStream') &&
    (site.receiverType === KIND.response ||
      /^(resp|response|res|httpResponse|servletResponse)$/.test(site.receiverName ?? ''))
  ) {
    return KIND.writer;
  }
  if (
    site.receiverType === KIND.writer &&
    (method === 'append' || method === 'format' || method === 'printf')
  )
    return KIND.writer;
  if (method === 'getSession' && site.receiverType !== KIND.session) return KIND.session;
  if (site.language === 'java' && site.receiverType === KIND.request) {
    // ServerWebExchange.getRequest(), ContainerRequestContext.getUriInfo(), ServerRequest.exchange() and .session()
    if (method === 'getRequest' || method === 'getUriInfo' || method === 'exchange') return KIND.request;
    if (method === 'session') return KIND.session;
  }
  // WebFlux's WebSession.getAttributes(): the session's attribute map
  if (method === 'getAttributes' && site.receiverType === KIND.session) return KIND.session;
  if (method === 'getServletContext') return KIND.servletContext;
  if (name === 'Runtime.getRuntime') return 'lib:Runtime';
  if (
    name === 'DriverManager.getConnection' ||
    (method === 'getConnection' && site.receiverType !== KIND.kms)
  )
    return KIND.sqlConnection;
  if (method === 'createStatement' || method === 'prepareStatement' || method === 'prepareCall')
    return KIND.sqlStatement;
  if (method === 'newXPath' || name === 'XPathFactory.newInstance')
    return method === 'newXPath' ? KIND.xpath : undefined;
  if (name === 'ThreadLocalRandom.current' || name === 'RandomStringUtils.insecure')
    return KIND.insecureRandom;
  if (name === 'RandomStringUtils.secure' || name === 'RandomStringUtils.secureStrong')
    return KIND.secureRandom;
  if (name.startsWith('SecureRandom.')) return KIND.secureRandom;
  if (
    /^(Paths\.get|Path\.of)$/.test(name) ||
    method === 'toPath' ||
    (method === 'resolve' && site.receiverType === KIND.path)
  )
    return KIND.path;
  if (method === 'toFile' || method === 'getCanonicalFile' || method === 'getAbsoluteFile') return KIND.file;
  if (
    method === 'getInputStream' ||
    method === 'getReader' ||
    method === 'openStream' ||
    method === 'newInputStream'
  )
    return KIND.stream;
  if (method === 'getSubmittedFileName' || method === 'getOriginalFilename') return STRING;
  if (
    /^ResponseEntity\.(ok|status|badRequest|accepted|created|notFound|internalServerError|unprocessableEntity)$/.test(
      name,
    ) ||
    JAVA_RESPONSE_BUILDERS.test(name) ||
    site.receiverType === KIND.responseEntity
  )
    return KIND.responseEntity;
  if (isKmsFactory(site, name)) return KIND.kms;
  return pythonOrScriptKind(site, name);
}

/** JAX-RS `Response.ok(entity, type)` and Micronaut `HttpResponse.ok(body)`: responses built like Spring's `ResponseEntity`. */
const JAVA_RESPONSE_BUILDERS =
  /^(Response|HttpResponse)\.(ok|status|accepted|created|noContent|serverError|notFound|badRequest)$/;

const NEW_KINDS: Record<string, string> = {
  Random: KIND.insecureRandom,
  SecureRandom: KIND.secureRandom,
  ProcessBuilder: KIND.processBuilder,
  File: KIND.file,
  InitialDirContext: KIND.ldap,
  InitialLdapContext: KIND.ldap,
  LDAPConnection: KIND.ldap,
  LdapTemplate: KIND.ldap,
  JdbcTemplate: KIND.jdbcTemplate,
  KMSClient: KIND.kms,
  KMS: KIND.kms,
  AWSKMSClient: KIND.kms,
  StringBuilder: KIND.stringBuilder,
  StringBuffer: KIND.stringBuilder,
  StringWriter: KIND.stringBuilder,
  ResponseEntity: KIND.responseEntity,
  Database: KIND.sqlConnection,
  Path: KIND.path,
  PurePath: KIND.path,
};

function isKmsFactory(site: CallSite, name: string): boolean {
  if (name === 'boto3.client' || name === 'boto3.session.Session.client' || site.method === 'client') {
    return constString(site.args[0]) === 'kms' || constString(site.keywords.get('service_name')) === 'kms';
  }
  const root = chainRoot(site.receiverExpr) ?? '';
  return (
    /^(AWSKMSClientBuilder|AWSKMSClient|KmsClient|KmsAsyncClient|AWSKMSAsyncClientBuilder)$/.test(root) &&
    /^(build|create|defaultClient|standard)$/.test(site.method) &&
    site.method !== 'standard'
  );
}

/** Python responses that are never an HTML body built from their arguments: JSON, redirects, files. */
const NOT_HTML_RESPONSES = new Set([
  'flask.jsonify',
  'jsonify',
  'JsonResponse',
  'django.http.JsonResponse',
  'flask.redirect',
  'redirect',
  'django.shortcuts.redirect',
  'HttpResponseRedirect',
  'django.http.HttpResponseRedirect',
  'HttpResponsePermanentRedirect',
  'flask.send_file',
  'send_file',
  'flask.send_from_directory',
  'send_from_directory',
  'FileResponse',
  'django.http.FileResponse',
  'flask.url_for',
  'url_for',
]);

const PYTHON_DB_CONNECT =
  /^(sqlite3|psycopg2|psycopg|pymysql|MySQLdb|mysql\.connector|cx_Oracle|oracledb|pyodbc|pymssql)\.connect$/;

function pythonOrScriptKind(site: CallSite, name: string): string | undefined {
  if (site.language === 'java') return undefined;
  if (PYTHON_DB_CONNECT.test(name) || name === 'sqlalchemy.create_engine' || name === 'create_engine')
    return KIND.sqlConnection;
  if (site.method === 'cursor' && site.receiverType === KIND.sqlConnection) return KIND.sqlConnection;
  if (
    /^(ldap\.initialize|ldap3\.Connection|ldapjs\.createClient|ldap\.createClient)$/.test(name) ||
    (site.method === 'createClient' && /ldap/.test(site.qualifier ?? ''))
  )
    return KIND.ldap;
  if (
    /(^|\.)(etree|ElementTree|ET|cElementTree)\.(parse|fromstring|XML|ElementTree)$/.test(name) ||
    (site.method === 'getroot' && site.receiverType === KIND.xmlDocument)
  )
    return KIND.xmlDocument;
  if (/^(libxmljs|libxmljs2)\.(parseXml|parseXmlString)$/.test(name)) return KIND.xmlDocument;
  if (name === 'random.Random') return KIND.insecureRandom;
  if (/^aiohttp_session\.(get_session|new_session)$/.test(name)) return KIND.session;
  if (name === 'random.SystemRandom') return KIND.secureRandom;
  if (name === 'pathlib.Path' || name === 'Path' || name === 'pathlib.PurePath') return KIND.path;
  if (NOT_HTML_RESPONSES.has(name)) return KIND.json;
  if (
    [
      'status',
      'code',
      'type',
      'set',
      'header',
      'headers',
      'cookie',
      'append',
      'location',
      'vary',
      'links',
      'clearCookie',
    ].includes(site.method) &&
    (site.receiverType === KIND.response || site.receiverType === KIND.textReply)
  )
    return site.receiverType;
  return undefined;
}

/** The imported name a `new` expression's type is: `new Client()` after `import { Client } from 'ldapts'` is `ldapts.Client`. */
function importedConstructor(site: CallSite): string | undefined {
  if (site.expr.kind !== 'new') return undefined;
  const [head, ...rest] = site.expr.type.split('.');
  const entry = site.imports.find((candidate) => candidate.alias === head);
  return entry ? [entry.module, ...rest].join('.') : undefined;
}

// ---- strings, builders and collections --------------------------------------------------------

const STRING_METHODS = new Set([
  'toString',
  'trim',
  'strip',
  'substring',
  'substr',
  'slice',
  'toLowerCase',
  'toUpperCase',
  'lower',
  'upper',
  'concat',
  'replace',
  'replaceAll',
  'replaceFirst',
  'format',
  'formatted',
  'join',
  'repeat',
  'padStart',
  'padEnd',
  'intern',
  'decode',
  'encode',
  'valueOf',
  'getValue',
  'getName',
  'getOriginalFilename',
  'getSubmittedFileName',
  'readLine',
  'nextLine',
  'toFixed',
  'capitalize',
  'title',
  'lstrip',
  'rstrip',
  'asText',
  'getString',
]);

/** Encodings a value survives unchanged in substance: each adds a flow step so a finding shows the round trip. */
const TRANSCODERS: Record<string, string> = {
  'Base64.decodeBase64': 'decoded from Base64',
  'Base64.encodeBase64': 'encoded to Base64',
  'Base64.encodeBase64String': 'encoded to Base64',
  'Base64.encodeBase64URLSafeString': 'encoded to Base64',
  'URLDecoder.decode': 'URL-decoded',
  'base64.b64decode': 'decoded from Base64',
  'base64.b64encode': 'encoded to Base64',
  'base64.urlsafe_b64decode': 'decoded from Base64',
  'base64.urlsafe_b64encode': 'encoded to Base64',
  'urllib.parse.unquote': 'URL-decoded',
  'urllib.parse.unquote_plus': 'URL-decoded',
  decodeURIComponent: 'URL-decoded',
  decodeURI: 'URL-decoded',
  atob: 'decoded from Base64',
  btoa: 'encoded to Base64',
  'Buffer.from': 'decoded',
};

/** Collections created empty: elements added later are tracked by index. */
const EMPTY_COLLECTIONS =
  /^(ArrayList|LinkedList|Vector|ArrayDeque|Stack|HashMap|LinkedHashMap|TreeMap|Hashtable|ConcurrentHashMap|HashSet|LinkedHashSet|TreeSet|Properties|Map|Set|Array)$/;

const KEEPS_CONSTANT = new Set([
  'toCharArray',
  'getBytes',
  'toString',
  'trim',
  'strip',
  'encode',
  'intern',
  'toByteArray',
]);

function structureCall(site: CallSite): ModelResult | undefined {
  const name = callName(site) ?? '';
  const receiver = site.receiver;
  const step =
    own(TRANSCODERS, name) ??
    (['decode', 'encode', 'encodeToString'].includes(site.method) &&
    /Base64|Decoder|Encoder/.test(chainRoot(site.receiverExpr) ?? '')
      ? `${/decode/i.test(site.method) ? 'decoded from' : 'encoded to'} Base64`
      : undefined);
  if (step) return { result: typed(everything(site), STRING), step };
  if (
    receiver?.hasConst &&
    typeof receiver.konst === 'string' &&
    KEEPS_CONSTANT.has(site.method) &&
    site.args.length <= 1
  ) {
    return { result: constant(receiver.konst, receiver.constAt) };
  }
  if (site.isNew && EMPTY_COLLECTIONS.test(site.method) && site.args.length === 0) {
    return { result: { taints: [], type: site.method, length: 0 } };
  }
  if (
    site.isNew &&
    (site.method === 'String' || site.method === 'StringBuilder' || site.method === 'StringBuffer') &&
    site.args[0]?.hasConst
  ) {
    return {
      result: {
        ...constant(site.args[0].konst ?? null, site.args[0].constAt),
        type: own(NEW_KINDS, site.method) ?? STRING,
      },
    };
  }
  if ((name === 'util.promisify' || name === 'promisify') && site.args[0]?.ref)
    return { result: site.args[0] };
  if (/(^|\.)xpath\.useNamespaces$|(^|\.)etree\.XPath(Document|Element)?Evaluator$/.test(name))
    return { result: { taints: [], ref: XPATH_CALLABLE } };
  if (name === 'require' || (site.method === 'require' && !site.receiverExpr)) {
    const module = constString(site.args[0]);
    return module ? { result: { taints: [], ref: module } } : undefined;
  }
  if (/^(Pattern\.compile|re\.compile|RegExp)$/.test(name) || (site.isNew && site.method === 'RegExp')) {
    const pattern = constString(site.args[0]);
    return pattern !== undefined ? { result: { taints: [], regex: pattern } } : undefined;
  }
  return builderCall(site) ?? collectionCall(site, name);
}

/** Apache Commons Exec: `new CommandLine(program)` then `addArgument(...)`, an argument vector by index. */
function commandLineCall(site: CallSite): ModelResult | undefined {
  if (site.isNew && site.method === 'CommandLine' && site.args[0]) {
    return {
      result: { taints: [], type: KIND.commandLine, props: new Map([['0', site.args[0]]]), length: 1 },
    };
  }
  const receiver = site.receiver;
  if (
    receiver?.type !== KIND.commandLine ||
    (site.method !== 'addArgument' && site.method !== 'addArguments')
  )
    return undefined;
  const argument = site.args[0] ?? CLEAN;
  const updated =
    receiver.length !== undefined && site.method === 'addArgument'
      ? { ...setProp(receiver, String(receiver.length), argument), length: receiver.length + 1 }
      : addRest(receiver, argument);
  return { result: updated, receiver: updated };
}

function builderCall(site: CallSite): ModelResult | undefined {
  const commandLine = commandLineCall(site);
  if (commandLine) return commandLine;
  const receiver = site.receiver;
  if (!receiver) return undefined;
  const isBuilder =
    receiver.type === KIND.stringBuilder ||
    (site.language === 'java' &&
      /^(StringBuilder|StringBuffer|StringWriter|StringJoiner)$/.test(receiver.type ?? ''));
  if (!isBuilder) return undefined;
  if (
    site.method === 'append' ||
    site.method === 'insert' ||
    site.method === 'add' ||
    site.method === 'write'
  ) {
    const appended = site.method === 'insert' ? site.args[1] : site.args[0];
    const updated: Value = {
      taints: unionTaints(receiver.taints, appended ? deepTaints(appended) : []),
      type: receiver.type,
    };
    return { result: updated, receiver: updated };
  }
  if (site.method === 'toString') return { result: typed(tainted(receiver.taints), STRING) };
  return undefined;
}

const MAP_PUT = new Set(['put', 'putIfAbsent', 'setProperty', 'setdefault', 'set']);
const MAP_GET = new Set([
  'get',
  'getOrDefault',
  'getProperty',
  'getFirst',
  'opt',
  'optString',
  'pop',
  'remove',
  'getString',
  'getParameter',
]);
const LIST_ADD = new Set(['add', 'append', 'push', 'offer', 'addLast', 'addElement']);
const LIST_ADD_MANY = new Set([
  'addAll',
  'extend',
  'unshift',
  'insert',
  'addFirst',
  'update',
  'putAll',
  'concat',
]);
const COLLECTION_FACTORIES =
  /^(List\.of|Set\.of|Arrays\.asList|Collections\.singletonList|Collections\.singleton|Stream\.of|ImmutableList\.of|ImmutableSet\.of|Array\.of|Mono\.just|Mono\.justOrEmpty|Flux\.just)$/;

function collectionCall(site: CallSite, name: string): ModelResult | undefined {
  if (COLLECTION_FACTORIES.test(name)) {
    const props = new Map(site.args.map((value, index) => [String(index), value] as const));
    return { result: { taints: [], props, length: site.args.length, type: 'array' } };
  }
  if (name === 'Map.of' || name === 'ImmutableMap.of') {
    let map: Value = { taints: [], type: 'Map' };
    for (let index = 0; index + 1 < site.args.length; index += 2) {
      const key = constString(site.args[index]);
      map =
        key !== undefined ? setProp(map, key, site.args[index + 1]!) : addRest(map, site.args[index + 1]!);
    }
    return { result: map };
  }
  const receiver = site.receiver;
  if (!receiver || receiver.ref || receiver.type === STRING || receiver.type?.startsWith('lib:'))
    return undefined;
  const key =
    site.args[0] && site.args[0].hasConst && site.args[0].konst !== null
      ? String(site.args[0].konst)
      : undefined;
  if (MAP_PUT.has(site.method) && site.args.length >= 2) {
    const value = site.args[1]!;
    const updated = key !== undefined ? setProp(receiver, key, value) : addRest(receiver, value);
    return { result: CLEAN, receiver: updated };
  }
  if (
    MAP_GET.has(site.method) &&
    site.args.length >= 1 &&
    !(site.method === 'remove' && site.language === 'java' && receiver.type === 'array')
  ) {
    const found = readProp(receiver, key);
    return { result: site.args[1] ? join(found, site.args[1]) : found };
  }
  if (LIST_ADD.has(site.method) && site.args.length === 1) {
    const element = site.args[0]!;
    if (receiver.length !== undefined && !receiver.rest) {
      return {
        result: CLEAN,
        receiver: { ...setProp(receiver, String(receiver.length), element), length: receiver.length + 1 },
      };
    }
    return { result: CLEAN, receiver: addRest(receiver, element) };
  }
  if (LIST_ADD_MANY.has(site.method) || (site.method === 'add' && site.args.length === 2)) {
    let updated = receiver;
    for (const value of site.args)
      updated = addRest(updated, { ...elementsOf(value), taints: deepTaints(value) });
    return {
      result: site.method === 'concat' ? updated : CLEAN,
      receiver: site.method === 'concat' ? undefined : updated,
    };
  }
  if (site.method === 'set' && site.args.length === 2 && site.language === 'java') {
    return {
      result: CLEAN,
      receiver: key !== undefined ? setProp(receiver, key, site.args[1]!) : addRest(receiver, site.args[1]!),
    };
  }
  return undefined;
}

/** Calls that only matter for the kind of object they return, or strings they return. */
function kindCall(site: CallSite): ModelResult | undefined {
  const kind = resultKind(site);
  if (kind === KIND.responseEntity) return { result: responseEntity(site) };
  if (kind) {
    const carries =
      kind === KIND.path ||
      kind === KIND.file ||
      kind === STRING ||
      kind === KIND.stream ||
      kind === KIND.json;
    return { result: carries ? typed(everything(site), kind) : { taints: [], type: kind } };
  }
  const normalizes = normalizingCall(site);
  if (normalizes) return { result: { ...everything(site), normalized: true, type: normalizes } };
  if (STRING_METHODS.has(site.method) && site.language === 'java')
    return { result: typed(everything(site), STRING) };
  if (name2(site) === 'String.join' || name2(site) === 'String.format' || name2(site) === 'String.valueOf')
    return { result: typed(everything(site), STRING) };
  return undefined;
}

/**
 * A response built by `ResponseEntity`, JAX-RS `Response` or Micronaut `HttpResponse`: its body,
 * and the content type it declares (`Response.ok(html, MediaType.TEXT_HTML_TYPE)`, `.type(...)`).
 */
function responseEntity(site: CallSite): Value {
  const setsBody = ['body', 'ok', 'entity'].includes(site.method) || site.isNew;
  const body = setsBody ? site.args[0] : undefined;
  const props = new Map(site.receiver?.type === KIND.responseEntity ? (site.receiver.props ?? []) : []);
  const previous = props.get('body');
  const combined = body && previous ? join(previous, body) : (body ?? previous);
  if (combined) props.set('body', combined);
  const declared =
    site.method === 'ok' && site.args.length >= 2 ? mediaTypeOf(site.args[1]) : contentTypeSet(site);
  if (declared !== undefined) props.set(CONTENT_TYPE_PROP, constant(declared));
  return { taints: [], type: KIND.responseEntity, props: props.size > 0 ? props : undefined };
}

function name2(site: CallSite): string {
  return callName(site) ?? '';
}

const JAVA_NORMALIZERS = new Set(['normalize', 'toRealPath', 'getCanonicalPath', 'getCanonicalFile']);
const PYTHON_NORMALIZERS = new Set(['os.path.realpath', 'os.path.abspath', 'os.path.normpath']);
const NODE_NORMALIZERS = new Set([
  'path.resolve',
  'path.normalize',
  'path.join',
  'fs.realpathSync',
  'path.posix.resolve',
  'path.posix.join',
  'path.posix.normalize',
]);

/** A call that makes a path canonical, so a later `startsWith(base)` check is meaningful; returns the result kind. */
function normalizingCall(site: CallSite): string | undefined {
  const name = qualifiedName(site) ?? '';
  if (site.language === 'java' && JAVA_NORMALIZERS.has(site.method)) {
    return site.method === 'getCanonicalPath'
      ? STRING
      : site.method === 'getCanonicalFile'
        ? KIND.file
        : KIND.path;
  }
  if (site.language === 'java' && site.method === 'toAbsolutePath' && site.receiver?.normalized)
    return KIND.path;
  if (
    site.language === 'python' &&
    (PYTHON_NORMALIZERS.has(name) || (site.method === 'resolve' && site.receiverType === KIND.path))
  ) {
    return site.method === 'resolve' ? KIND.path : STRING;
  }
  if (
    site.language !== 'java' &&
    site.language !== 'python' &&
    NODE_NORMALIZERS.has(name.replace(/^node:/, ''))
  )
    return STRING;
  return undefined;
}

// ---- methods the models know ------------------------------------------------------------------

const COMMON_LIBRARY_METHODS = new Set([
  ...STRING_METHODS,
  ...MAP_PUT,
  ...MAP_GET,
  ...LIST_ADD,
  ...LIST_ADD_MANY,
  'execute',
  'executeQuery',
  'executeUpdate',
  'query',
  'search',
  'evaluate',
  'compile',
  'exec',
  'print',
  'println',
  'write',
  'send',
  'end',
  'setAttribute',
  'getAttribute',
  'getParameter',
  'getHeader',
  'equals',
  'contains',
  'matches',
  'size',
  'length',
  'iterator',
  'next',
  'hasNext',
  'stream',
  'map',
  'filter',
  'forEach',
  'collect',
  'close',
  'open',
  'read',
  'items',
  'keys',
  'values',
  'decrypt',
  'encrypt',
  'then',
  'catch',
]);

/** Whether a method name is one libraries commonly define, so an untyped call is not resolved by name alone. */
export function isKnownLibraryMethod(method: string): boolean {
  return COMMON_LIBRARY_METHODS.has(method);
}

// ---- callbacks --------------------------------------------------------------------------------

const ROUTE_METHODS = new Set([
  'get',
  'post',
  'put',
  'delete',
  'patch',
  'all',
  'use',
  'options',
  'head',
  'route',
]);

/**
 * The values a route handler passed inline receives: each parameter recognised by its name or
 * type (`ctx` is Koa's context, `reply` Fastify's), else by position (Express's request and response).
 */
export function callbackParams(site: CallSite): Value[] | undefined {
  if (site.language === 'java' || site.language === 'python') return undefined;
  if (!ROUTE_METHODS.has(site.method) || !site.receiverExpr) return undefined;
  const positional: Value[] = [
    { taints: [], type: KIND.request },
    { taints: [], type: KIND.response },
    CLEAN,
  ];
  const handler = site.argExprs.find((expr) => expr.kind === 'function');
  if (handler?.kind !== 'function') return positional;
  return positional.map((value, index) => {
    const param = handler.fn.params[index];
    return (param && scriptParamSource(param, { path: site.path, loc: param.loc })) ?? value;
  });
}

// ---- property reads, assignments, returns -----------------------------------------------------

/** A property or constant-key read that is a source or yields a library object; undefined: ordinary data. */
export function memberRead(
  object: Value,
  objectExpr: Expr,
  property: string,
  at: { path: string; loc: Location },
  module: SourceModule,
  isIndex = false,
): Value | undefined {
  // Python subscripts are data (`request.GET["q"]`); JavaScript destructuring reads properties (`const { query } = req`).
  if (isIndex && module.language === 'python') return undefined;
  const found = memberSource(object, objectExpr, property, at, module);
  if (found) return found;
  return property === 'length' && !isIndex ? CLEAN : undefined;
}

/** Sinks an assignment reaches: `el.innerHTML = t`, `session[k] = t`, `req.session.user = t`. */
export function assignmentSinks(
  object: Value,
  objectExpr: Expr,
  property: string | undefined,
  value: Value,
  module: SourceModule,
): SinkUse[] {
  const uses: SinkUse[] = [];
  if (
    module.language !== 'java' &&
    module.language !== 'python' &&
    (property === 'innerHTML' || property === 'outerHTML')
  ) {
    uses.push({ category: 'xss', value, what: `the ${property} property` });
  }
  const isSession =
    object.type === KIND.session ||
    object.ref === 'flask.session' ||
    (module.language === 'python' && object.ref === 'session') ||
    (objectExpr.kind === 'member' && objectExpr.property === 'session' && !object.type);
  if (isSession && module.language !== 'java') {
    uses.push({ category: 'trust', value, what: 'the session' });
    uses.push({ category: 'secretUse', value, what: 'a session value' });
  }
  if (module.language !== 'java' && (property === 'dangerouslySetInnerHTML' || property === '__html')) {
    uses.push({ category: 'xss', value, what: 'dangerouslySetInnerHTML' });
  }
  if (object.type === KIND.koaContext && property === 'body' && isTextBody(value)) {
    uses.push({ category: 'xss', value, what: 'the Koa response body', html: 'sniffed' });
  }
  return uses;
}

/** `ctx.type = 'html'` (Koa, also on `ctx.response`): the content type an assignment declares. */
export function assignedContentType(object: Value, property: string, value: Value): string | undefined {
  if (object.type !== KIND.koaContext || property !== 'type') return undefined;
  return value.hasConst && typeof value.konst === 'string' ? value.konst : undefined;
}

/** A value stored under a secret's name: a predictable random value, or a literal credential. */
export function secretNameSinks(
  name: string,
  value: Value,
  valueExpr: Expr | undefined,
  loc: Location,
): SinkUse[] {
  const uses: SinkUse[] = [];
  if (isSecretValueName(name)) uses.push({ category: 'secretUse', value, what: `the secret value ${name}` });
  if (valueExpr && isCredentialName(name) && isLiteralExpr(valueExpr)) {
    uses.push({ category: 'credential', value, what: `the credential ${name}`, at: loc });
  }
  return uses;
}

function isLiteralExpr(expr: Expr): boolean {
  if (expr.kind === 'literal') return typeof expr.value === 'string';
  if (expr.kind === 'binary' && expr.operator === '+')
    return isLiteralExpr(expr.left) && isLiteralExpr(expr.right);
  if (expr.kind === 'call' && expr.receiver && ['toCharArray', 'getBytes', 'encode'].includes(expr.method))
    return isLiteralExpr(expr.receiver);
  return false;
}

const SPRING_MAPPING = /^(RequestMapping|GetMapping|PostMapping|PutMapping|DeleteMapping|PatchMapping)$/;
/** JAX-RS and Micronaut handler annotations: what they return is HTML only when declared so. */
const DECLARING_MAPPING = /^(GET|POST|PUT|DELETE|PATCH|Get|Post|Put|Delete|Patch)$/;
const PYTHON_ROUTE = /(^|\.)(route|get|post|put|delete|patch)$/;
/** The key under which a built response (`ResponseEntity`, JAX-RS `Response`) keeps the content type it declares. */
const CONTENT_TYPE_PROP = '$content-type';

/**
 * Sinks a returned value reaches: the body of a Spring REST handler, of a JAX-RS or Micronaut
 * handler producing HTML, of a NestJS handler, or of a Flask view is the HTML response; a function
 * named for a secret (`generateToken`) returns a secret value.
 */
export function returnSinks(unit: FunctionUnit, fn: FunctionDecl, value: Value, _expr: Expr): SinkUse[] {
  const uses: SinkUse[] = [];
  if (returnsSecret(fn))
    uses.push({ category: 'secretUse', value, what: `the value returned by ${fn.name}` });
  const body = responseBody(value);
  // A Java or TypeScript handler's other results (objects, entities) are serialised as JSON.
  const text = unit.module.language === 'python' || body?.type === STRING || body?.type === 'string';
  if (body && text && isHtmlResponse(unit, fn, value)) {
    uses.push({ category: 'xss', value: body, what: 'the HTTP response body' });
  }
  return uses;
}

const GENERATOR_VERBS = /^(generate|create|new|make|build|next|issue|random|compute|mint)/i;

/** `generateToken()`, `newSessionId()`, or `generate()` in a `TemporaryPasswordGenerator`: its result is a secret. */
function returnsSecret(fn: FunctionDecl): boolean {
  if (!GENERATOR_VERBS.test(fn.name)) return false;
  const rest = fn.name.replace(GENERATOR_VERBS, '').replace(/^[_]/, '');
  if (rest.length > 0) return isSecretValueName(rest) || mentionsSecret(rest);
  return fn.className !== undefined && mentionsSecret(fn.className);
}

function isHtmlResponse(unit: FunctionUnit, fn: FunctionDecl, value: Value): boolean {
  if (unit.module.language === 'python') return isPythonHtmlView(unit.module, fn);
  if (unit.module.language !== 'java') return isNestHtmlHandler(unit.module, fn);
  const spring = fn.annotations.some((annotation) => SPRING_MAPPING.test(annotation));
  const declaring = fn.annotations.some((annotation) => DECLARING_MAPPING.test(annotation));
  if (!spring && !declaring) return false;
  const built = value.type === KIND.responseEntity ? value.props?.get(CONTENT_TYPE_PROP)?.konst : undefined;
  const declared = typeof built === 'string' ? [built] : producedTypes(fn);
  if (declared.length > 0) return declared.some(isHtmlType);
  if (declaring) return false;
  return fn.annotations.includes('ResponseBody') || isRestControllerModule(unit.module);
}

/** `@Produces(MediaType.TEXT_HTML)`, `@GetMapping(produces = "text/plain")`, `@Get(produces = ...)`: the types a handler declares. */
function producedTypes(fn: FunctionDecl): string[] {
  return fn.annotations.flatMap((annotation, index) => {
    const args = fn.annotationArgs?.[index] ?? [];
    const produces =
      annotation === 'Produces'
        ? args.filter((arg) => !arg.keyword || arg.keyword === 'value')
        : args.filter((arg) => arg.keyword === 'produces');
    return produces.flatMap((arg) => mediaTypesOfExpr(arg.value));
  });
}

const NEST_MAPPING = /^(Get|Post|Put|Delete|Patch|All)$/;

/**
 * A NestJS handler's string result is sent as HTML (Express's `res.send`) unless `@Header('Content-Type', ...)`
 * declares another type; not when it renders a template (`@Render`) or writes the response itself (`@Res()`).
 */
function isNestHtmlHandler(module: SourceModule, fn: FunctionDecl): boolean {
  if (!fn.annotations.some((annotation) => NEST_MAPPING.test(annotation))) return false;
  if (
    fn.annotations.includes('Render') ||
    !module.imports.some((entry) => entry.module.startsWith('@nestjs/'))
  )
    return false;
  if (fn.params.some((param) => param.annotations.includes('Res') || param.annotations.includes('Response')))
    return false;
  const declared = fn.annotations.flatMap((annotation, index) => {
    const [header, value] = fn.annotationArgs?.[index] ?? [];
    const isContentType =
      annotation === 'Header' &&
      header?.value.kind === 'literal' &&
      String(header.value.value).toLowerCase() === 'content-type';
    return isContentType && value ? mediaTypesOfExpr(value.value) : [];
  });
  return declared.length === 0 || declared.some(isHtmlType);
}

/** A Flask view's result is HTML; a FastAPI route's is JSON unless the route declares `response_class=HTMLResponse`. */
function isPythonHtmlView(module: SourceModule, fn: FunctionDecl): boolean {
  const route = fn.annotations.findIndex((annotation) => PYTHON_ROUTE.test(annotation));
  if (route < 0) return false;
  if (!importsFastApi(module)) return true;
  const responseClass = fn.annotationArgs?.[route]?.find((arg) => arg.keyword === 'response_class');
  return responseClass !== undefined && mediaTypesOfExpr(responseClass.value).some(isHtmlType);
}

/** Class annotations are not in the IR: a file importing `RestController` (and not `Controller`) holds REST controllers. */
function isRestControllerModule(module: SourceModule): boolean {
  const imports = module.imports.map((entry) => entry.module);
  if (imports.some((name) => name.endsWith('.RestController'))) return true;
  const wildcard = imports.some(
    (name) =>
      name === 'org.springframework.web.bind.annotation.*' ||
      name === 'org.springframework.web.bind.annotation',
  );
  const plainController = imports.some(
    (name) =>
      name.endsWith('stereotype.Controller') ||
      name.endsWith('stereotype.*') ||
      name === 'org.springframework.stereotype',
  );
  return wildcard && !plainController;
}

export { STRING };
