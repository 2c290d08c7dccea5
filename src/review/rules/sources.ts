import type { ModelResult, CallSite } from '../analysis/model';
import type { FunctionUnit } from '../analysis/program';
import { CLEAN, readProp, type Value } from '../analysis/values';
import type { Expr, FunctionDecl, Location, Parameter, SourceModule } from '../ir';
import { callName, chainRoot, KIND, own, receiverIs, source } from './support';

/**
 * Where untrusted data enters: servlet and Spring requests, Flask/Django requests, Express
 * requests and the browser's location; plus local input (environment) and the special sources
 * of the dataflow rules (KMS Decrypt plaintext, predictable random numbers).
 */

const REQUEST_NAMES = /^(req|request|httpRequest|servletRequest|httpServletRequest|webRequest|rawRequest)$/;

const SERVLET_REQUEST_SOURCES: Record<string, string> = {
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
};

/** Spring and JAX-RS parameter annotations that bind request data. */
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

const PYTHON_ROUTE_DECORATOR = /(^|\.)(route|get|post|put|delete|patch|api_view|websocket)$/;

/** The value a function's parameter starts with when the framework fills it from the request. */
export function paramSource(
  unit: FunctionUnit,
  fn: FunctionDecl,
  param: Parameter,
  index: number,
  isCalled: boolean,
): Value | undefined {
  const at = { path: unit.module.path, loc: param.loc };
  switch (unit.module.language) {
    case 'java':
      return javaParamSource(fn, param, at);
    case 'python':
      return pythonParamSource(fn, param, index, isCalled, at);
    default:
      return scriptParamSource(param);
  }
}

function javaParamSource(
  fn: FunctionDecl,
  param: Parameter,
  at: { path: string; loc: Location },
): Value | undefined {
  for (const annotation of param.annotations) {
    const what = own(BINDING_ANNOTATIONS, annotation);
    if (what) return source(at, 'remote', what);
  }
  if (!fn.annotations.some((annotation) => MAPPING_ANNOTATIONS.has(annotation))) return undefined;
  if (param.annotations.length > 0 || !param.type || FRAMEWORK_PARAMETER_TYPES.has(param.type))
    return undefined;
  return source(at, 'remote', 'a request parameter');
}

function pythonParamSource(
  fn: FunctionDecl,
  param: Parameter,
  index: number,
  isCalled: boolean,
  at: { path: string; loc: Location },
): Value | undefined {
  if (param.name === 'request' || param.name === 'req') return { taints: [], type: KIND.request };
  if (param.name === 'self' || param.name === 'cls') return undefined;
  if (fn.annotations.some((annotation) => PYTHON_ROUTE_DECORATOR.test(annotation))) {
    return source(at, 'remote', 'a URL path parameter');
  }
  const first = fn.params.find((p) => p.name !== 'self')?.name;
  if (!isCalled && index > 0 && first === 'request' && !param.name.startsWith('*')) {
    return source(at, 'remote', 'a URL path parameter');
  }
  return undefined;
}

function scriptParamSource(param: Parameter): Value | undefined {
  if (param.type === 'Request' || REQUEST_NAMES.test(param.name)) return { taints: [], type: KIND.request };
  if (param.type === 'Response' || /^(res|response|reply)$/.test(param.name))
    return { taints: [], type: KIND.response };
  return undefined;
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

const JS_REQUEST_CALLS = new Set(['get', 'header', 'param']);

/** A call that produces untrusted, KMS-plaintext or predictable data. */
export function sourceCall(site: CallSite): ModelResult | undefined {
  const name = callName(site);
  const servletSource = own(SERVLET_REQUEST_SOURCES, site.method);
  if (servletSource && site.language === 'java' && receiverIs(site, KIND.request, REQUEST_NAMES)) {
    return { result: source(site, 'remote', servletSource) };
  }
  if (
    site.language !== 'java' &&
    site.language !== 'python' &&
    JS_REQUEST_CALLS.has(site.method) &&
    receiverIs(site, KIND.request, REQUEST_NAMES)
  ) {
    return { result: source(site, 'remote', 'a request header or parameter') };
  }
  if (
    site.language === 'python' &&
    (site.method === 'get_json' || site.method === 'get_data') &&
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
  const requestLike =
    object.type === KIND.request || (!object.type && REQUEST_NAMES.test(lastName(objectExpr) ?? ''));
  if (requestLike) {
    if (property === 'session') return { taints: [], type: KIND.session };
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
