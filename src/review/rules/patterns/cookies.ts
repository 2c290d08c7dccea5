/**
 * cookie-without-secure (CWE-614) and cookie-without-httponly (CWE-1004), reported where the
 * cookie is created or set. A flag counts as set only when it is certainly the constant `true`
 * (a literal, a constant, a parameter every caller passes `true` to); `false`, a value known only
 * at run time and an absent flag whose default is off all count as not set.
 *
 * - Servlet `new Cookie(...)` (javax/jakarta): the last `setSecure`/`setHttpOnly` call made on the
 *   cookie decides, following it through variables, collections iterated in a loop, helper methods
 *   it is passed to, and factory methods returning it. A cookie that expires the browser's copy
 *   (`setMaxAge(0)`) is still reported: the response still carries the cookie.
 * - Spring `ResponseCookie.from(...)` and JAX-RS `new NewCookie.Builder(...)` builders:
 *   `.secure(true)` / `.httpOnly(true)` in the chain or on the builder variable; JAX-RS
 *   `new NewCookie(...)` constructors by the position of their `secure` / `httpOnly` arguments.
 * - A raw `Set-Cookie` header whose text is known up to its last attribute, in every language.
 * - Flask, Werkzeug, Django and Starlette `set_cookie` / `set_signed_cookie` (keywords, positions,
 *   `**flags` dictionaries), and explicit `SESSION_COOKIE_SECURE = False`-style settings.
 * - Express `res.cookie`, Fastify `reply.setCookie`, `cookie.serialize` (options followed through
 *   variables and spreads), Koa `ctx.cookies.set` (whose defaults follow the request's protocol and
 *   HttpOnly, so only an explicit `false` is reported), SvelteKit `cookies.set` (both on by default),
 *   Next.js `cookies().set` / `response.cookies.set` (both off by default),
 *   and `express-session` / `cookie-session` options (express-session documents its session cookie
 *   as not Secure unless `cookie.secure` is set, and HttpOnly unless turned off; cookie-session's
 *   defaults follow the request's protocol, so only an explicit off value is reported there).
 */
import type { Expr, SourceModule } from '../../ir';
import type { ReviewFinding } from '../../types';
import { truthy } from '../../analysis/constants';
import type { CallEvent, ObjectValue, Value } from './constants';
import {
  argument,
  calleeText,
  certainlyIs,
  dottedName,
  FindingSink,
  importOf,
  lastName,
  possibleStrings,
  simpleType,
  sourceExpr,
} from './common';
import { factsOf, type ModuleFacts } from './facts';

type Flag = 'set' | 'missing' | 'unknown';

interface CookieSite {
  /** Where the cookie is created or set: reported here. */
  expr: Expr;
  scope: string;
  secure: Flag;
  httpOnly: Flag;
  /** How the code makes the cookie, for the message (`new Cookie`, `response.set_cookie`). */
  what: string;
}

/** 'set' when every possibility is a truthy constant; otherwise the flag may be off. */
function flagOf(facts: ModuleFacts, value: Value | undefined, absent: Flag): Flag {
  if (!value) return absent;
  const leaves = facts.possibleValues(value);
  return leaves.length > 0 && leaves.every((leaf) => leaf.kind === 'const' && truthy(leaf.value))
    ? 'set'
    : 'missing';
}

function combine(flags: Flag[]): Flag {
  if (flags.includes('missing')) return 'missing';
  return flags.includes('unknown') ? 'unknown' : 'set';
}

/** A flag in an options object (or objects): absent keys take `absent`, unknown objects are 'unknown'. */
function optionFlag(facts: ModuleFacts, options: Value | undefined, key: string, absent: Flag): Flag {
  if (!options) return absent;
  return combine(
    facts.possibleValues(options).map((leaf) => {
      if (leaf.kind !== 'object') return 'unknown';
      const value = leaf.props.get(key);
      if (value) return flagOf(facts, value, absent);
      return leaf.open ? 'unknown' : absent;
    }),
  );
}

// ---- Java ---------------------------------------------------------------------------------

const callOrder = new WeakMap<ModuleFacts, Map<CallEvent, number>>();

function orderOf(facts: ModuleFacts, event: CallEvent): number {
  let order = callOrder.get(facts);
  if (!order) {
    order = new Map(facts.calls.map((call, index) => [call, index]));
    callOrder.set(facts, order);
  }
  return order.get(event) ?? -1;
}

/** The flag the last setter call on the object (under any of its aliases) leaves it with. */
function lastSetter(facts: ModuleFacts, created: Value, setter: string, fluent: boolean): Flag {
  let last: CallEvent | undefined;
  for (const alias of facts.aliases(created, fluent)) {
    for (const call of facts.callsOn(alias)) {
      if (call.expr.kind !== 'call' || call.expr.method !== setter) continue;
      if (!last || orderOf(facts, call) > orderOf(facts, last)) last = call;
    }
  }
  return last ? flagOf(facts, argument(last, 0), 'missing') : 'missing';
}

const SERVLET_COOKIE = /^(javax|jakarta)\.servlet\.http\.Cookie$/;

function javaSite(facts: ModuleFacts, event: CallEvent): CookieSite | undefined {
  const expr = event.expr;
  if (expr.kind === 'new' && simpleType(expr.type) === 'Cookie' && expr.args.length >= 2) {
    const imported = importOf(facts.module, 'Cookie');
    if (expr.type === 'Cookie' && imported && !SERVLET_COOKIE.test(imported)) return undefined;
    return {
      expr,
      scope: event.scope,
      secure: lastSetter(facts, event.result, 'setSecure', false),
      httpOnly: lastSetter(facts, event.result, 'setHttpOnly', false),
      what: 'new Cookie',
    };
  }
  const springBuilder =
    expr.kind === 'call' && lastName(expr.receiver) === 'ResponseCookie' && /^from/.test(expr.method);
  const jaxRsBuilder = expr.kind === 'new' && /(^|\.)NewCookie\.Builder$/.test(expr.type);
  if (springBuilder || jaxRsBuilder) {
    return {
      expr,
      scope: event.scope,
      secure: lastSetter(facts, event.result, 'secure', true),
      httpOnly: lastSetter(facts, event.result, 'httpOnly', true),
      what: calleeText(event),
    };
  }
  if (expr.kind === 'new' && simpleType(expr.type) === 'NewCookie') return newCookieSite(facts, event);
  return undefined;
}

/**
 * JAX-RS `new NewCookie(...)`: where `secure` and `httpOnly` sit depends on the constructor, told
 * apart by the number of arguments (and, for eight, by whether the fifth is a version number).
 */
function newCookieSite(facts: ModuleFacts, event: CallEvent): CookieSite {
  const count = event.args.length;
  const versionFifth = count === 8 && certainlyNumber(facts, event.args[4]);
  const positions: Record<number, [number | undefined, number | undefined]> = {
    4: [3, undefined],
    6: [4, 5],
    7: [6, undefined],
    8: versionFifth ? [7, undefined] : [6, 7],
    10: [8, 9],
  };
  const [secure, httpOnly] = positions[count] ?? [undefined, undefined];
  const flag = (position: number | undefined): Flag =>
    position === undefined ? 'missing' : flagOf(facts, argument(event, position), 'missing');
  return {
    expr: event.expr,
    scope: event.scope,
    secure: flag(secure),
    httpOnly: flag(httpOnly),
    what: 'new NewCookie',
  };
}

function certainlyNumber(facts: ModuleFacts, value: Value): boolean {
  return facts.possibleValues(value).every((leaf) => leaf.kind === 'const' && typeof leaf.value === 'number');
}

// ---- Set-Cookie headers (every language) -----------------------------------------------------

const HEADER_SETTERS = new Set([
  'setHeader',
  'addHeader',
  'header',
  'set',
  'append',
  'add',
  'add_header',
  'setdefault',
]);

function isSetCookieName(facts: ModuleFacts, value: Value | undefined): boolean {
  if (!value) return false;
  if (possibleStrings(facts, value).strings.some((name) => name.toLowerCase() === 'set-cookie')) return true;
  const expr = sourceExpr(value);
  return expr?.kind === 'member' && expr.property === 'SET_COOKIE';
}

/** The known text of a string built by concatenation, `null` for each part that is not known. */
function piecesOf(value: Value): (string | null)[] {
  if (value.kind === 'const') return [value.value === null ? 'null' : String(value.value)];
  if (
    value.kind === 'derived' &&
    value.expr.kind === 'binary' &&
    value.expr.operator === '+' &&
    value.from.length === 2
  ) {
    return [...piecesOf(value.from[0]), ...piecesOf(value.from[1])];
  }
  return [null];
}

/** Whether a Set-Cookie value carries an attribute; 'unknown' when its attributes are not known. */
function headerAttribute(facts: ModuleFacts, value: Value, attribute: string): Flag {
  const pattern = new RegExp(`;\\s*${attribute}\\s*(;|$|\\u0000)`, 'i');
  return combine(
    facts.possibleValues(value).flatMap((leaf) => {
      const cookies = leaf.kind === 'array' ? leaf.elements : [leaf];
      return cookies.map((cookie): Flag => {
        const pieces = piecesOf(cookie);
        if (pattern.test(pieces.map((piece) => piece ?? '\u0000').join(''))) return 'set';
        return pieces[pieces.length - 1] === null ? 'unknown' : 'missing';
      });
    }),
  );
}

function headerSite(facts: ModuleFacts, at: Expr, scope: string, value: Value, what: string): CookieSite {
  return {
    expr: at,
    scope,
    secure: headerAttribute(facts, value, 'secure'),
    httpOnly: headerAttribute(facts, value, 'httponly'),
    what,
  };
}

function headerCallSite(facts: ModuleFacts, event: CallEvent): CookieSite | undefined {
  const expr = event.expr;
  if (expr.kind !== 'call' || !HEADER_SETTERS.has(expr.method) || expr.args.length < 2) return undefined;
  const value = argument(event, 1);
  if (!value || !isSetCookieName(facts, argument(event, 0))) return undefined;
  return headerSite(facts, expr, event.scope, value, `${calleeText(event)}("Set-Cookie", ...)`);
}

// ---- Python -------------------------------------------------------------------------------

/** Positions of `secure` and `httponly` in `set_cookie(key, value, max_age, expires, path, domain, secure, httponly)`. */
const SET_COOKIE_POSITIONS: Record<string, [number, number]> = {
  set_cookie: [6, 7],
  set_signed_cookie: [7, 8],
};

/** A keyword flag of a Python call: explicit keyword, then a `**flags` dictionary, then its position. */
function keywordFlag(
  facts: ModuleFacts,
  event: CallEvent,
  keyword: string,
  position: number | undefined,
): Flag {
  const explicit = argument(event, position, keyword);
  if (explicit) return flagOf(facts, explicit, 'missing');
  const spreads = event.expr.args.flatMap((arg, index) => (arg.spread ? [event.args[index]] : []));
  if (spreads.length === 0) return 'missing';
  return combine(spreads.map((spread) => optionFlag(facts, spread, keyword, 'missing')));
}

const SETTINGS_FLAGS: Record<string, 'secure' | 'httpOnly'> = {
  SESSION_COOKIE_SECURE: 'secure',
  CSRF_COOKIE_SECURE: 'secure',
  REMEMBER_COOKIE_SECURE: 'secure',
  SESSION_COOKIE_HTTPONLY: 'httpOnly',
  REMEMBER_COOKIE_HTTPONLY: 'httpOnly',
};

function settingSite(
  name: string | undefined,
  at: Expr,
  scope: string,
  off: boolean,
): CookieSite | undefined {
  const flag = name === undefined ? undefined : SETTINGS_FLAGS[name];
  if (!flag || !off) return undefined;
  return {
    expr: at,
    scope,
    secure: flag === 'secure' ? 'missing' : 'set',
    httpOnly: flag === 'httpOnly' ? 'missing' : 'set',
    what: `${name} = False`,
  };
}

function pythonSite(facts: ModuleFacts, event: CallEvent): CookieSite | undefined {
  const expr = event.expr;
  if (expr.kind !== 'call' || !expr.receiver) return undefined;
  const positions = SET_COOKIE_POSITIONS[expr.method];
  if (positions) {
    return {
      expr,
      scope: event.scope,
      secure: keywordFlag(facts, event, 'secure', positions[0]),
      httpOnly: keywordFlag(facts, event, 'httponly', positions[1]),
      what: calleeText(event),
    };
  }
  if (expr.method === 'update' || expr.method === 'from_mapping') {
    for (const [index, arg] of expr.args.entries()) {
      const off = arg.keyword !== undefined && certainlyIs(facts, event.args[index], false);
      const site = settingSite(arg.keyword, expr, event.scope, off);
      if (site) return site;
    }
  }
  return undefined;
}

/** `response.headers["Set-Cookie"] = ...`, `app.config["SESSION_COOKIE_SECURE"] = False`, `SESSION_COOKIE_SECURE = False`. */
function pythonAssignmentSites(facts: ModuleFacts): CookieSite[] {
  const sites: CookieSite[] = [];
  for (const { stmt, value, key: keyValue, scope } of facts.assigns) {
    const target = stmt.target;
    const off = certainlyIs(facts, value, false);
    if (target.kind === 'index') {
      const key = possibleStrings(facts, keyValue).strings[0];
      if (key?.toLowerCase() === 'set-cookie') {
        const what = `${dottedName(target.object) ?? 'response'}["Set-Cookie"]`;
        sites.push(headerSite(facts, target, scope, value, what));
      }
      const setting = settingSite(key, target, scope, off);
      if (setting) sites.push(setting);
    } else if (target.kind === 'name' || target.kind === 'member') {
      const setting = settingSite(target.kind === 'name' ? target.name : target.property, target, scope, off);
      if (setting) sites.push(setting);
    }
  }
  return sites;
}

// ---- JavaScript / TypeScript ---------------------------------------------------------------

function isImportedFrom(facts: ModuleFacts, name: string, packageName: string): boolean {
  return importOf(facts.module, name) === packageName;
}

function optionsSite(
  facts: ModuleFacts,
  event: CallEvent,
  options: Value | undefined,
  defaults: { secure: Flag; httpOnly: Flag },
): CookieSite {
  return {
    expr: event.expr,
    scope: event.scope,
    secure: optionFlag(facts, options, 'secure', defaults.secure),
    httpOnly: optionFlag(facts, options, 'httpOnly', defaults.httpOnly),
    what: calleeText(event),
  };
}

/** Owners of a cookie jar whose defaults are on: Koa's context, SvelteKit's request event. */
const SAFE_DEFAULT_OWNERS = new Set(['ctx', 'context', 'this', 'event']);

function javascriptSite(facts: ModuleFacts, event: CallEvent): CookieSite | undefined {
  const expr = event.expr;
  if (expr.kind !== 'call') return undefined;
  const receiver = lastName(expr.receiver);
  const off: Flag = 'missing';
  if (expr.receiver && expr.args.length >= 2 && (expr.method === 'cookie' || expr.method === 'setCookie')) {
    if (receiver === 'document' || receiver === '$' || receiver === 'jQuery') return undefined;
    return optionsSite(facts, event, argument(event, 2), { secure: off, httpOnly: off });
  }
  if (expr.method === 'serialize' && receiver === 'cookie') {
    return optionsSite(facts, event, argument(event, 2), { secure: off, httpOnly: off });
  }
  if (expr.method === 'set' && expr.args.length >= 1 && isCookieJar(facts, event)) {
    // `cookies.set(name, value, options)` or Next's `cookies.set({ name, value, ...options })`
    const first = argument(event, 0);
    const options = first && objectProperty(facts, first, 'name') ? first : argument(event, 2);
    const defaults = cookieJarDefaults(facts, event);
    return optionsSite(facts, event, options, { secure: defaults, httpOnly: defaults });
  }
  if (
    !expr.receiver &&
    (isImportedFrom(facts, expr.method, 'express-session') || /^(session|expressSession)$/.test(expr.method))
  ) {
    const config = argument(event, 0);
    if (!config || !isSessionConfig(facts, config)) return undefined;
    const cookie = objectProperty(facts, config, 'cookie');
    return {
      expr,
      scope: event.scope,
      secure: cookie ? optionFlag(facts, cookie, 'secure', off) : off,
      httpOnly: cookie ? optionFlag(facts, cookie, 'httpOnly', 'set') : 'set',
      what: `${expr.method}(...) from express-session`,
    };
  }
  if (
    !expr.receiver &&
    (isImportedFrom(facts, expr.method, 'cookie-session') || expr.method === 'cookieSession')
  ) {
    return {
      ...optionsSite(facts, event, argument(event, 0), { secure: 'set', httpOnly: 'set' }),
      what: `${expr.method}(...)`,
    };
  }
  return undefined;
}

/** `ctx.cookies` (Koa), `cookies` (SvelteKit), `response.cookies` or `cookies()` (Next.js). */
function isCookieJar(facts: ModuleFacts, event: CallEvent): boolean {
  const expr = event.expr;
  if (expr.kind !== 'call' || !expr.receiver) return false;
  if (lastName(expr.receiver) === 'cookies') return true;
  return facts
    .possibleValues(event.receiver!)
    .some((leaf) => leaf.kind === 'instance' && isCookiesCall(leaf.event));
}

function isCookiesCall(event: CallEvent): boolean {
  return event.expr.kind === 'call' && event.expr.method === 'cookies' && !event.expr.receiver;
}

/**
 * Koa's `ctx.cookies` marks cookies Secure on HTTPS requests and HttpOnly by default, and SvelteKit's
 * jar (`event.cookies`, or `cookies` taken from the event) sets both by default: an absent flag is
 * on. Next.js (`cookies()`, `response.cookies`) and other cookie jars leave both off.
 */
function cookieJarDefaults(facts: ModuleFacts, event: CallEvent): Flag {
  const receiver = event.expr.kind === 'call' ? event.expr.receiver : undefined;
  if (receiver?.kind === 'member') {
    const owner = lastName(receiver.object);
    return owner !== undefined && SAFE_DEFAULT_OWNERS.has(owner) ? 'set' : 'missing';
  }
  const fromNext =
    event.receiver !== undefined &&
    facts
      .possibleValues(event.receiver)
      .some((leaf) => leaf.kind === 'instance' && isCookiesCall(leaf.event));
  return receiver?.kind === 'name' && receiver.name === 'cookies' && !fromNext ? 'set' : 'missing';
}

/** express-session options always carry a secret (or a store/cookie); other `session()` calls are not it. */
function isSessionConfig(facts: ModuleFacts, config: Value): boolean {
  return facts
    .possibleValues(config)
    .some(
      (leaf) =>
        leaf.kind === 'object' &&
        ['secret', 'store', 'cookie', 'resave', 'saveUninitialized'].some((key) => leaf.props.has(key)),
    );
}

function objectProperty(facts: ModuleFacts, value: Value, key: string): Value | undefined {
  const found = facts
    .possibleValues(value)
    .filter((leaf): leaf is ObjectValue => leaf.kind === 'object')
    .map((leaf) => leaf.props.get(key))
    .filter((prop): prop is Value => prop !== undefined);
  return found.length === 1 ? found[0] : undefined;
}

// ---- the detectors ------------------------------------------------------------------------------

const sitesCache = new WeakMap<ModuleFacts, CookieSite[]>();

function cookieSites(facts: ModuleFacts): CookieSite[] {
  let sites = sitesCache.get(facts);
  if (sites) return sites;
  const language = facts.module.language;
  const perCall = language === 'java' ? javaSite : language === 'python' ? pythonSite : javascriptSite;
  sites = [];
  for (const event of facts.calls) {
    const site = perCall(facts, event) ?? headerCallSite(facts, event);
    if (site) sites.push(site);
  }
  if (language === 'python') sites.push(...pythonAssignmentSites(facts));
  sitesCache.set(facts, sites);
  return sites;
}

function detect(
  ruleId: string,
  flag: 'secure' | 'httpOnly',
  describe: (site: CookieSite) => string,
): (module: SourceModule, program?: readonly SourceModule[]) => ReviewFinding[] {
  return (module, program) => {
    const sink = new FindingSink(ruleId, module);
    for (const site of cookieSites(factsOf(module, program))) {
      if (site[flag] === 'missing') sink.report(site.expr, site.scope, describe(site));
    }
    return sink.findings();
  };
}

export const detectCookieWithoutSecure = detect(
  'cookie-without-secure',
  'secure',
  (site) => `${site.what} sets a cookie without the Secure attribute, so it is also sent over plain HTTP`,
);

export const detectCookieWithoutHttpOnly = detect(
  'cookie-without-httponly',
  'httpOnly',
  (site) => `${site.what} sets a cookie without the HttpOnly attribute, so scripts in the page can read it`,
);
