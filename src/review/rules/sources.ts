import type { ModelResult, CallSite } from '../analysis/model';
import type { FunctionUnit } from '../analysis/program';
import { CLEAN, INJECTION, readProp, sanitize, type Value } from '../analysis/values';
import type { Expr, FunctionDecl, Location, Parameter, SourceModule } from '../ir';
import { callName, chainRoot, importsFastApi, KIND, own, receiverIs, source } from './support';

/**
 * Where untrusted data enters: Java requests (servlet, Spring MVC and WebFlux, JAX-RS, Micronaut,
 * Quarkus), Python requests (Flask, Django, FastAPI, Starlette, aiohttp), Node requests (Express,
 * Koa, Fastify, hapi, NestJS, Next.js) and the browser's location; plus local input (environment)
 * and the special sources of the dataflow rules (KMS Decrypt plaintext, predictable random numbers).
 */

const REQUEST_NAMES = /^(req|request|httpRequest|servletRequest|httpServletRequest|webRequest|rawRequest)$/;

/** Methods of Java request objects (servlet, Spring WebFlux, JAX-RS, Micronaut) that return request data. */
const JAVA_REQUEST_SOURCES: Record<string, string> = {
  getParameter: 'a request parameter',
  getParameterValues: 'request parameters',
  getParameterMap: 'request parameters',
  getParameterNames: 'request parameter names',
  getHeader: 'a request header',
  getHeaders: 'request headers',
  getHeaderNames: 'request header names',
  getCookies: 'a cookie',
  getQueryString: 'the query string',
  getInputStream: 'the request body',
  getReader: 'the request body',
  getPathInfo: 'the request path',
  getRequestURI: 'the request URI',
  getRequestURL: 'the request URL',
  getPart: 'an uploaded file',
  getParts: 'uploaded files',
  getFile: 'an uploaded file',
  getFiles: 'uploaded files',
  // Micronaut HttpRequest, Spring ServerHttpRequest and ServerWebExchange
  getParameters: 'request parameters',
  getQueryParams: 'query parameters',
  getBody: 'the request body',
  getUri: 'the request URI',
  getURI: 'the request URI',
  getPath: 'the request path',
  getFormData: 'form data',
  getMultipartData: 'multipart data',
  // JAX-RS UriInfo, HttpHeaders and ContainerRequestContext
  getQueryParameters: 'query parameters',
  getPathParameters: 'path parameters',
  getPathSegments: 'the request path',
  getRequestUri: 'the request URI',
  getAbsolutePath: 'the request path',
  getHeaderString: 'a request header',
  getRequestHeader: 'a request header',
  getRequestHeaders: 'request headers',
  getEntityStream: 'the request body',
  // Spring WebFlux ServerRequest
  queryParam: 'a query parameter',
  queryParams: 'query parameters',
  pathVariable: 'a path variable',
  pathVariables: 'path variables',
  headers: 'request headers',
  cookies: 'cookies',
  bodyToMono: 'the request body',
  bodyToFlux: 'the request body',
  body: 'the request body',
  formData: 'form data',
  multipartData: 'multipart data',
  uri: 'the request URI',
  path: 'the request path',
};

/** Spring, JAX-RS, Micronaut and Quarkus parameter annotations that bind request data. */
const BINDING_ANNOTATIONS: Record<string, string> = {
  RequestParam: 'a request parameter',
  PathVariable: 'a path variable',
  RequestHeader: 'a request header',
  CookieValue: 'a cookie',
  RequestBody: 'the request body',
  ModelAttribute: 'request parameters',
  RequestPart: 'an uploaded part',
  MatrixVariable: 'a matrix variable',
  QueryParam: 'a query parameter',
  PathParam: 'a path parameter',
  FormParam: 'a form parameter',
  HeaderParam: 'a request header',
  CookieParam: 'a cookie',
  BeanParam: 'request parameters',
  QueryValue: 'a query parameter',
  Header: 'a request header',
  Body: 'the request body',
  Part: 'an uploaded part',
  RestQuery: 'a query parameter',
  RestPath: 'a path parameter',
  RestHeader: 'a request header',
  RestForm: 'a form parameter',
  RestCookie: 'a cookie',
  MatrixParam: 'a matrix parameter',
};

const MAPPING_ANNOTATIONS = new Set([
  'RequestMapping',
  'GetMapping',
  'PostMapping',
  'PutMapping',
  'DeleteMapping',
  'PatchMapping',
  'GET',
  'POST',
  'PUT',
  'DELETE',
  'PATCH',
  'Get',
  'Post',
  'Put',
  'Delete',
  'Patch',
  'Head',
  'Options',
]);

/** Handler parameter types the framework supplies itself: not request data. */
const FRAMEWORK_PARAMETER_TYPES = new Set([
  'HttpServletRequest',
  'HttpServletResponse',
  'ServletRequest',
  'ServletResponse',
  'HttpSession',
  'Model',
  'ModelMap',
  'ModelAndView',
  'Principal',
  'Authentication',
  'BindingResult',
  'Errors',
  'RedirectAttributes',
  'Locale',
  'WebRequest',
  'NativeWebRequest',
  'UriComponentsBuilder',
  'Pageable',
  'Sort',
  'SessionStatus',
  'HttpHeaders',
  'TimeZone',
  'ZoneId',
  'HttpMethod',
  'Writer',
  'PrintWriter',
  'OutputStream',
  'ServletOutputStream',
]);

const PYTHON_ROUTE_DECORATOR =
  /(^|\.)(route|get|post|put|delete|patch|head|options|api_route|api_view|websocket)$/;

/** What the analysis knows around a parameter when it decides whether the framework fills it from the request. */
export interface ParamContext {
  /** Whether any call in the program may reach the function (entry points are never called). */
  readonly isCalled: boolean;
  /** The library kind the parameter's declared type stands for, if any. */
  readonly declaredKind?: string;
  /** The superclasses of a class of the program, nearest first; undefined for a class the program does not define. */
  superclassesOf(className: string): readonly string[] | undefined;
}

/** The value a function's parameter starts with when the framework fills it from the request. */
export function paramSource(
  unit: FunctionUnit,
  fn: FunctionDecl,
  param: Parameter,
  index: number,
  context: ParamContext,
): Value | undefined {
  const at = { path: unit.module.path, loc: param.loc };
  switch (unit.module.language) {
    case 'java':
      return javaParamSource(fn, param, context, at);
    case 'python':
      return pythonParamSource(unit, fn, param, index, context, at);
    default:
      return scriptParamSource(param, at);
  }
}

/** Library objects a handler receives from the framework: requests, responses, sessions. They are not request data. */
const FRAMEWORK_KINDS: ReadonlySet<string> = new Set([
  KIND.request,
  KIND.response,
  KIND.writer,
  KIND.session,
  KIND.servletContext,
]);

function javaParamSource(
  fn: FunctionDecl,
  param: Parameter,
  context: ParamContext,
  at: { path: string; loc: Location },
): Value | undefined {
  for (const annotation of param.annotations) {
    const what = own(BINDING_ANNOTATIONS, annotation);
    if (what) return source(at, 'remote', what);
  }
  if (context.declaredKind && FRAMEWORK_KINDS.has(context.declaredKind)) return undefined;
  if (!fn.annotations.some((annotation) => MAPPING_ANNOTATIONS.has(annotation))) return undefined;
  if (param.annotations.length > 0 || !param.type || FRAMEWORK_PARAMETER_TYPES.has(param.type))
    return undefined;
  return source(at, 'remote', 'a request parameter');
}

/** Objects FastAPI and Starlette hand to a route function besides request data: dependencies, the response. */
const PYTHON_FRAMEWORK_TYPES = new Set([
  'Response',
  'BackgroundTasks',
  'SecurityScopes',
  'Session',
  'AsyncSession',
  'Connection',
  'AsyncConnection',
  'Engine',
  'AsyncEngine',
]);
const PYTHON_REQUEST_TYPES = new Set(['Request', 'HttpRequest', 'HTTPConnection', 'web.Request']);
/** Settings classes: configuration FastAPI injects, not request data. */
const PYTHON_SETTINGS_BASES = /(^|\.)BaseSettings$/;
/** Models FastAPI can bind a request body to. */
const PYTHON_BODY_BASES = /(^|\.)(BaseModel|RootModel|SQLModel)$/;
/** Class-based views: methods named for an HTTP method receive the URL's path parameters. */
const PYTHON_VIEW_BASE = /(^|\.)\w*(View|ViewSet|Handler|Resource)$/;
const HTTP_METHOD_NAMES = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options']);

function pythonParamSource(
  unit: FunctionUnit,
  fn: FunctionDecl,
  param: Parameter,
  index: number,
  context: ParamContext,
  at: { path: string; loc: Location },
): Value | undefined {
  if (param.name === 'self' || param.name === 'cls') return undefined;
  if (param.name === 'request' || param.name === 'req' || PYTHON_REQUEST_TYPES.has(param.type ?? ''))
    return { taints: [], type: KIND.request };
  if (param.type && PYTHON_FRAMEWORK_TYPES.has(param.type)) return undefined;
  if (!isPythonHandler(unit, fn, index, context) || param.name.startsWith('*')) return undefined;
  // A class of the program derived from something other than a Pydantic model (an ORM model,
  // configuration) cannot be a request body: a dependency fills it.
  const bases = param.type ? context.superclassesOf(param.type) : undefined;
  if (bases?.some((base) => PYTHON_SETTINGS_BASES.test(base))) return undefined;
  if (bases && bases.length > 0 && !bases.some((base) => PYTHON_BODY_BASES.test(base))) return undefined;
  return source(at, 'remote', importsFastApi(unit.module) ? 'a request parameter' : 'a URL path parameter');
}

/** A route function, a class-based view's HTTP method, or a Django view function (`request` first, never called). */
function isPythonHandler(
  unit: FunctionUnit,
  fn: FunctionDecl,
  index: number,
  context: ParamContext,
): boolean {
  if (fn.annotations.some((annotation) => PYTHON_ROUTE_DECORATOR.test(annotation))) return true;
  const cls = unit.cls?.decl.name;
  const bases = cls ? context.superclassesOf(cls) : undefined;
  if (HTTP_METHOD_NAMES.has(fn.name) && bases?.some((base) => PYTHON_VIEW_BASE.test(base))) return true;
  const first = fn.params.find((p) => p.name !== 'self')?.name;
  return !context.isCalled && index > 0 && first === 'request';
}

/** NestJS parameter decorators that bind request data. */
const NEST_BINDINGS: Record<string, string> = {
  Query: 'a query parameter',
  Param: 'a URL path parameter',
  Body: 'the request body',
  Headers: 'a request header',
  Cookies: 'a cookie',
  UploadedFile: 'an uploaded file',
  UploadedFiles: 'uploaded files',
  HostParam: 'the request host',
};
/** NestJS decorators that hand over a framework object. */
const NEST_OBJECTS: Record<string, string> = {
  Req: KIND.request,
  Request: KIND.request,
  Res: KIND.response,
  Response: KIND.response,
  Session: KIND.session,
};
/** NestJS pipes that let only a number, boolean, UUID or enum member through. */
const NEST_PARSING_PIPES = /^Parse(Int|Float|Bool|UUID|Enum)Pipe$/;

const SCRIPT_REQUEST_TYPES =
  /^(Request|FastifyRequest|NextRequest|NextApiRequest|IncomingMessage|Hapi\.Request)$/;
const SCRIPT_RESPONSE_TYPES = /^(Response|NextApiResponse|ServerResponse)$/;
const KOA_CONTEXT_TYPES = /^(Koa\.)?(Context|ParameterizedContext|RouterContext|DefaultContext)$/;

/** A handler parameter: bound by a NestJS decorator, or recognised as a framework's request or response object. */
export function scriptParamSource(param: Parameter, at: { path: string; loc: Location }): Value | undefined {
  const decorated = nestParamSource(param, at);
  if (decorated) return decorated;
  const type = param.type ?? '';
  if (SCRIPT_REQUEST_TYPES.test(type) || REQUEST_NAMES.test(param.name))
    return { taints: [], type: KIND.request };
  if (KOA_CONTEXT_TYPES.test(type) || param.name === 'ctx') return { taints: [], type: KIND.koaContext };
  if (type === 'FastifyReply' || param.name === 'reply') return { taints: [], type: KIND.textReply };
  if (type === 'ResponseToolkit' || param.name === 'h') return { taints: [], type: KIND.hapiToolkit };
  if (SCRIPT_RESPONSE_TYPES.test(type) || /^(res|response)$/.test(param.name))
    return { taints: [], type: KIND.response };
  return undefined;
}

function nestParamSource(param: Parameter, at: { path: string; loc: Location }): Value | undefined {
  for (const [index, annotation] of param.annotations.entries()) {
    const kind = own(NEST_OBJECTS, annotation);
    if (kind) return { taints: [], type: kind };
    const what = own(NEST_BINDINGS, annotation);
    if (!what) continue;
    const value = source(at, 'remote', what);
    const pipes = param.annotationArgs?.[index] ?? [];
    return pipes.some((arg) => NEST_PARSING_PIPES.test(pipeName(arg.value) ?? ''))
      ? sanitize(value, INJECTION)
      : value;
  }
  return undefined;
}

/** `ParseIntPipe` or `new ParseIntPipe({...})`. */
function pipeName(expr: Expr): string | undefined {
  if (expr.kind === 'new') return expr.type.slice(expr.type.lastIndexOf('.') + 1);
  return expr.kind === 'name' ? expr.name : expr.kind === 'member' ? expr.property : undefined;
}

// ---- calls --------------------------------------------------------------------------------------

const RANDOM_METHODS = new Set([
  'nextNumeric',
  'nextAlphanumeric',
  'nextAlphabetic',
  'nextAscii',
  'nextGraph',
  'nextPrint',
  'next',
  'nextInt',
  'nextLong',
  'nextDouble',
  'nextFloat',
  'nextBoolean',
  'nextGaussian',
  'ints',
  'longs',
  'doubles',
]);

const PYTHON_RANDOM_FUNCTIONS = new Set([
  'random',
  'randint',
  'randrange',
  'choice',
  'choices',
  'sample',
  'getrandbits',
  'uniform',
  'randbytes',
  'triangular',
  'gauss',
  'normalvariate',
]);

/** Calls on a request (also `ctx.get(...)` in Koa) that read headers or parameters. */
const JS_REQUEST_CALLS = new Set(['get', 'header', 'param']);
/** Web-standard and Next.js request bodies: `await request.json()`, `request.formData()`. */
const JS_REQUEST_BODY_CALLS = new Set(['json', 'formData', 'text', 'blob', 'arrayBuffer']);
/** Flask (`get_json`), Starlette and FastAPI (`await request.json()/form()/body()`), aiohttp (`post`, `text`, `read`, `multipart`). */
const PYTHON_REQUEST_BODY_CALLS = new Set([
  'get_json',
  'get_data',
  'json',
  'form',
  'body',
  'post',
  'text',
  'read',
  'stream',
  'multipart',
]);

/** A call that produces untrusted, KMS-plaintext or predictable data. */
export function sourceCall(site: CallSite): ModelResult | undefined {
  const name = callName(site);
  const requestSource = own(JAVA_REQUEST_SOURCES, site.method);
  if (requestSource && site.language === 'java' && receiverIs(site, KIND.request, REQUEST_NAMES)) {
    return { result: source(site, 'remote', requestSource) };
  }
  if (site.language !== 'java' && site.language !== 'python') {
    const onRequest = receiverIs(site, KIND.request, REQUEST_NAMES);
    if (JS_REQUEST_CALLS.has(site.method) && (onRequest || site.receiverType === KIND.koaContext))
      return { result: source(site, 'remote', 'a request header or parameter') };
    if (JS_REQUEST_BODY_CALLS.has(site.method) && onRequest)
      return { result: source(site, 'remote', 'the request body') };
  }
  if (
    site.language === 'python' &&
    PYTHON_REQUEST_BODY_CALLS.has(site.method) &&
    isPythonRequest(site.receiver, site.receiverExpr)
  ) {
    return { result: source(site, 'remote', 'the request body') };
  }
  if (name === 'System.getenv' || name === 'os.getenv' || name === 'System.getProperty') {
    return { result: source(site, 'local', 'an environment variable') };
  }
  return kmsDecrypt(site) ?? kmsResultRead(site) ?? insecureRandom(site, name);
}

function kmsDecrypt(site: CallSite): ModelResult | undefined {
  const isDecrypt =
    (site.method === 'decrypt' && isKmsCall(site)) ||
    (site.method === 'send' && site.args[0]?.type === 'DecryptCommand');
  if (!isDecrypt) return undefined;
  const plaintext = source(site, 'kms', 'KMS Decrypt plaintext');
  return { result: { taints: [], type: KIND.kmsDecryptResult, props: new Map([['Plaintext', plaintext]]) } };
}

/** Only the plaintext of a Decrypt result is sensitive: its key id and algorithm are not. */
function kmsResultRead(site: CallSite): ModelResult | undefined {
  if (site.receiverType !== KIND.kmsDecryptResult || !site.receiver) return undefined;
  if (site.method === 'getPlaintext' || site.method === 'plaintext')
    return { result: readProp(site.receiver, 'Plaintext') };
  if (site.method === 'promise' || site.method === 'join' || site.method === 'get')
    return { result: site.receiver };
  return { result: CLEAN };
}

/** A call on a KMS client (by its kind, its builder, its name, or a KMS request argument). */
export function isKmsCall(site: CallSite): boolean {
  if (site.receiverType === KIND.kms) return true;
  if (/kms/i.test(site.receiverName ?? '') || /kms/i.test(chainRoot(site.receiverExpr) ?? '')) return true;
  if (site.args.some((value) => /^(Decrypt|Encrypt)(Request|Command)$/.test(value.type ?? ''))) return true;
  return site.keywords.has('CiphertextBlob') || site.keywords.has('Plaintext');
}

function insecureRandom(site: CallSite, name: string | undefined): ModelResult | undefined {
  const what = (call: string) => source(site, 'random', call);
  if (RANDOM_METHODS.has(site.method) && site.receiverType === KIND.insecureRandom) {
    return { result: what(`a predictable generator's ${site.method}()`) };
  }
  if (site.method === 'nextBytes' && site.receiverType === KIND.insecureRandom) {
    return {
      result: CLEAN,
      outArgs: [[0, { ...(site.args[0] ?? CLEAN), ...what('java.util.Random.nextBytes') }]],
    };
  }
  if (name === 'Math.random') return { result: what('Math.random()') };
  const secureSource = site.args.some((value) => value.type === KIND.secureRandom);
  if (name && /^(RandomStringUtils\.random|RandomUtils\.next)/.test(name) && !secureSource)
    return { result: what(name) };
  if (name && site.language === 'python') {
    const [module, fn] = [name.slice(0, name.lastIndexOf('.')), name.slice(name.lastIndexOf('.') + 1)];
    if (module === 'random' && PYTHON_RANDOM_FUNCTIONS.has(fn)) return { result: what(`random.${fn}()`) };
    if (module === 'random' && fn === 'shuffle')
      return { result: CLEAN, outArgs: [[0, what('random.shuffle()')]] };
  }
  if (
    site.language === 'python' &&
    site.receiverType === KIND.insecureRandom &&
    PYTHON_RANDOM_FUNCTIONS.has(site.method)
  ) {
    return { result: what(`random.Random.${site.method}()`) };
  }
  return undefined;
}

// ---- member reads -------------------------------------------------------------------------------

const FLASK_REQUEST_FIELDS: Record<string, string> = {
  args: 'a query parameter',
  form: 'a form field',
  values: 'a request parameter',
  cookies: 'a cookie',
  headers: 'a request header',
  json: 'the JSON request body',
  data: 'the request body',
  files: 'an uploaded file',
  stream: 'the request body',
  view_args: 'a URL path parameter',
  query_string: 'the query string',
  GET: 'a query parameter',
  POST: 'a form field',
  COOKIES: 'a cookie',
  META: 'a request header',
  FILES: 'an uploaded file',
  body: 'the request body',
  query_params: 'a query parameter',
  path_params: 'a URL path parameter',
  query: 'a query parameter',
  match_info: 'a URL path parameter',
  content: 'the request body',
  url: 'the request URL',
  path: 'the request path',
  full_path: 'the request path',
  path_qs: 'the request path',
  rel_url: 'the request URL',
};

const EXPRESS_REQUEST_FIELDS: Record<string, string> = {
  query: 'a query parameter',
  params: 'a URL path parameter',
  body: 'the request body',
  headers: 'a request header',
  cookies: 'a cookie',
  signedCookies: 'a cookie',
  url: 'the request URL',
  originalUrl: 'the request URL',
  path: 'the request path',
  files: 'an uploaded file',
  file: 'an uploaded file',
  // Koa's ctx.request
  querystring: 'the query string',
  search: 'the query string',
  header: 'a request header',
  // hapi
  payload: 'the request body',
  state: 'a cookie',
  // Next.js middleware and route handlers
  nextUrl: 'the request URL',
};

/** What Koa's `ctx` delegates to its request. */
const KOA_CONTEXT_FIELDS: Record<string, string> = {
  query: 'a query parameter',
  querystring: 'the query string',
  search: 'the query string',
  params: 'a URL path parameter',
  headers: 'a request header',
  header: 'a request header',
  cookies: 'a cookie',
  url: 'the request URL',
  originalUrl: 'the request URL',
  href: 'the request URL',
  path: 'the request path',
};

/** Objects a Koa `ctx` holds: `ctx.request`, `ctx.response` (its body and type are the context's), `ctx.session`. */
const KOA_CONTEXT_OBJECTS: Record<string, string> = {
  request: KIND.request,
  req: KIND.request,
  response: KIND.koaContext,
  res: KIND.response,
  session: KIND.session,
};

const BROWSER_LOCATION_FIELDS = new Set(['search', 'hash', 'href', 'pathname']);

/** A property read that produces untrusted data (`request.args`, `req.query`, `location.hash`), or a library object. */
export function memberSource(
  object: Value,
  objectExpr: Expr,
  property: string,
  at: { path: string; loc: Location },
  module: SourceModule,
): Value | undefined {
  if (module.language === 'python') {
    if (isPythonRequest(object, objectExpr)) {
      if (property === 'session') return { taints: [], type: KIND.session };
      const what = own(FLASK_REQUEST_FIELDS, property);
      return what ? source(at, 'remote', what) : undefined;
    }
    if (object.ref === 'os' && property === 'environ') return source(at, 'local', 'an environment variable');
    return undefined;
  }
  if (module.language === 'java') {
    if (object.ref === 'System' && property === 'in') return source(at, 'local', 'standard input');
    return undefined;
  }
  if (object.type === KIND.koaContext) {
    const kind = own(KOA_CONTEXT_OBJECTS, property);
    if (kind) return { taints: [], type: kind };
    const what = own(KOA_CONTEXT_FIELDS, property);
    return what ? source(at, 'remote', what) : undefined;
  }
  const requestLike =
    object.type === KIND.request || (!object.type && REQUEST_NAMES.test(lastName(objectExpr) ?? ''));
  if (requestLike) {
    // `req.session`; hapi's yar plugin keeps the session in `request.yar`.
    if (property === 'session' || property === 'yar') return { taints: [], type: KIND.session };
    const what = own(EXPRESS_REQUEST_FIELDS, property);
    return what ? source(at, 'remote', what) : undefined;
  }
  if (object.ref === 'process' && (property === 'env' || property === 'argv'))
    return source(at, 'local', 'the environment');
  const base = object.ref ?? '';
  if (/^(window\.|document\.)?location$/.test(base) && BROWSER_LOCATION_FIELDS.has(property)) {
    return source(at, 'remote', 'the page URL');
  }
  if (
    (base === 'document' && (property === 'URL' || property === 'cookie' || property === 'referrer')) ||
    (base === 'window' && property === 'name')
  ) {
    return source(at, 'remote', 'the page URL');
  }
  return undefined;
}

function isPythonRequest(object: Value | undefined, expr: Expr | undefined): boolean {
  if (!object) return false;
  if (object.ref === 'flask.request' || object.ref === 'request' || object.type === KIND.request) return true;
  return !object.type && !object.ref && REQUEST_NAMES.test(lastName(expr) ?? '');
}

function lastName(expr: Expr | undefined): string | undefined {
  if (!expr) return undefined;
  if (expr.kind === 'name') return expr.name;
  if (expr.kind === 'member') return expr.property;
  return undefined;
}
