import type { CallSite, GuardFact, ModelResult } from '../analysis/model';
import { CATEGORY, INJECTION, sanitize, type Value } from '../analysis/values';
import type { Expr } from '../ir';
import {
  cleanForCharacters,
  escapedClass,
  keptByRemovingClass,
  regexClean,
  urlPrefixClean,
} from './regex-safety';
import { callName, constString, everything, KIND, own, STRING } from './support';

/**
 * Sanitizers (calls whose result is safe for some categories) and validators (conditions that
 * prove a value safe where they hold). Each applies only to the categories it defends: an HTML
 * encoder does not make a path safe.
 */

const { path: PATH, sql: SQL, ldap: LDAP, xpath: XPATH, command: COMMAND, xss: XSS, url: URL } = CATEGORY;

/** Calls by `Class.method` (Java) or dotted name (Python, JavaScript), and what their result is safe for. */
/*
 * Distinguished-name escapers (Rdn.escapeValue, encodeForDN, escape_dn_chars) are deliberately
 * absent: they leave the filter metacharacters * ( ) alone, and the LDAP rule checks filters.
 */
const SANITIZING_CALLS: Record<string, number> = {
  'Integer.parseInt': INJECTION,
  'Integer.valueOf': INJECTION,
  'Integer.decode': INJECTION,
  'Long.parseLong': INJECTION,
  'Long.valueOf': INJECTION,
  'Short.parseShort': INJECTION,
  'Short.valueOf': INJECTION,
  'Byte.parseByte': INJECTION,
  'Double.parseDouble': INJECTION,
  'Double.valueOf': INJECTION,
  'Float.parseFloat': INJECTION,
  'Float.valueOf': INJECTION,
  'Boolean.parseBoolean': INJECTION,
  'Boolean.valueOf': INJECTION,
  'UUID.fromString': INJECTION,
  'UUID.nameUUIDFromBytes': INJECTION,
  'LocalDate.parse': INJECTION,
  'LocalDateTime.parse': INJECTION,
  'Instant.parse': INJECTION,
  'Duration.parse': INJECTION,
  'ZonedDateTime.parse': INJECTION,
  'InetAddress.getByName': INJECTION,
  'NumberUtils.toInt': INJECTION,
  'NumberUtils.toLong': INJECTION,
  'NumberUtils.createInteger': INJECTION,
  'Enum.valueOf': INJECTION,
  'FilenameUtils.getName': PATH,
  'FilenameUtils.getBaseName': PATH,
  'FilenameUtils.getExtension': PATH,
  'Encode.forHtml': XSS,
  'Encode.forHtmlContent': XSS,
  'Encode.forHtmlAttribute': XSS,
  'Encode.forHtmlUnquotedAttribute': XSS,
  'Encode.forJavaScript': XSS,
  'Encode.forJavaScriptBlock': XSS,
  'Encode.forJavaScriptAttribute': XSS,
  'Encode.forJavaScriptSource': XSS,
  'Encode.forCssString': XSS,
  'Encode.forCssUrl': XSS,
  'Encode.forUri': XSS,
  'Encode.forUriComponent': XSS | URL,
  'Encode.forXml': XSS | XPATH,
  'Encode.forXmlContent': XSS,
  'Encode.forXmlAttribute': XSS | XPATH,
  'StringEscapeUtils.escapeHtml4': XSS,
  'StringEscapeUtils.escapeHtml3': XSS,
  'StringEscapeUtils.escapeHtml': XSS,
  'StringEscapeUtils.escapeXml': XSS,
  'StringEscapeUtils.escapeXml10': XSS,
  'StringEscapeUtils.escapeXml11': XSS,
  'StringEscapeUtils.escapeEcmaScript': XSS,
  'StringEscapeUtils.escapeJavaScript': XSS,
  'StringEscapeUtils.escapeSql': SQL,
  'HtmlUtils.htmlEscape': XSS,
  'HtmlUtils.htmlEscapeDecimal': XSS,
  'HtmlUtils.htmlEscapeHex': XSS,
  'JavaScriptUtils.javaScriptEscape': XSS,
  'Jsoup.clean': XSS,
  'URLEncoder.encode': XSS | URL,
  'LdapEncoder.filterEncode': LDAP,
  'Filter.encodeValue': LDAP,
  'Filter.createEqualityFilter': LDAP,
  'Filter.createSubstringFilter': LDAP,
  // Python
  int: INJECTION,
  float: INJECTION,
  bool: INJECTION,
  'uuid.UUID': INJECTION,
  UUID: INJECTION,
  'ipaddress.ip_address': INJECTION,
  'decimal.Decimal': INJECTION,
  len: INJECTION,
  'html.escape': XSS,
  'markupsafe.escape': XSS,
  'flask.escape': XSS,
  'cgi.escape': XSS,
  'django.utils.html.escape': XSS,
  'django.utils.html.format_html': XSS,
  format_html: XSS,
  'bleach.clean': XSS,
  'urllib.parse.quote': XSS | URL,
  'urllib.parse.quote_plus': XSS | URL,
  'shlex.quote': COMMAND,
  'pipes.quote': COMMAND,
  'ldap.filter.escape_filter_chars': LDAP,
  'ldap3.utils.conv.escape_filter_chars': LDAP,
  'ldap.filter.filter_format': LDAP,
  filter_format: LDAP,
  'flask.render_template': XSS,
  render_template: XSS,
  'django.shortcuts.render': XSS,
  'django.template.loader.render_to_string': XSS,
  'os.path.basename': PATH,
  'werkzeug.utils.secure_filename': PATH,
  'werkzeug.secure_filename': PATH,
  'django.utils.text.get_valid_filename': PATH,
  // JavaScript
  Number: INJECTION,
  parseInt: INJECTION,
  parseFloat: INJECTION,
  'Number.parseInt': INJECTION,
  'Number.parseFloat': INJECTION,
  encodeURIComponent: XSS | URL,
  encodeURI: XSS,
  'escape-html': XSS,
  'he.encode': XSS,
  'he.escape': XSS,
  'validator.escape': XSS,
  '_.escape': XSS,
  'lodash.escape': XSS,
  'DOMPurify.sanitize': XSS,
  'sanitize-html': XSS,
  xss: XSS,
  filterXSS: XSS,
  'path.basename': PATH,
  'sanitize-filename': PATH,
  'shell-quote.quote': COMMAND,
  'shellQuote.quote': COMMAND,
  'shell-escape': COMMAND,
  'mysql.escape': SQL,
  'sqlstring.escape': SQL,
  'SqlString.escape': SQL,
  'pg-format': SQL,
  'ldap-escape.filter': LDAP,
  'ldapEscape.filter': LDAP,
};

/** Sanitizers recognised by method name alone, on any receiver (ESAPI's encoder, Spring LDAP's query builder...). */
const SANITIZING_METHODS: Record<string, number> = {
  encodeForHTML: XSS,
  encodeForHTMLAttribute: XSS,
  encodeForJavaScript: XSS,
  encodeForCSS: XSS,
  encodeForURL: XSS,
  encodeForXML: XSS | XPATH,
  encodeForXMLAttribute: XSS | XPATH,
  encodeForLDAP: LDAP,
  encodeForXPath: XPATH,
  encodeForSQL: SQL,
  encodeForOS: COMMAND,
  escape_filter_chars: LDAP,
  secure_filename: PATH,
  escape_string: SQL,
  escapeHtml: XSS,
  escapeHTML: XSS,
  htmlEscape: XSS,
  escapeLDAPSearchFilter: LDAP,
  getFileName: PATH,
};

/** Spring LDAP filters and query criteria encode the value they are given. */
const LDAP_SAFE_CONSTRUCTORS = new Set([
  'EqualityFilter',
  'AndFilter',
  'OrFilter',
  'NotFilter',
  'SubstringFilter',
  'PresenceFilter',
  'ApproximateFilter',
  'GreaterThanEqualsFilter',
  'LessThanEqualsFilter',
  'ExtensibleFilter',
  'EqualsFilter',
  'LikeFilter',
  'PresentFilter',
  'NotPresentFilter',
  'GreaterThanOrEqualsFilter',
  'LessThanOrEqualsFilter',
  'WhitespaceWildcardsFilter',
]);
const LDAP_QUERY_CRITERIA = new Set(['is', 'like', 'whitespaceWildcardsLike', 'gte', 'lte']);

/** Results that are numbers or booleans, never a string an attacker chose. */
const NON_STRING_RESULTS = new Set([
  'length',
  'size',
  'isEmpty',
  'isBlank',
  'equals',
  'equalsIgnoreCase',
  'contains',
  'containsKey',
  'containsValue',
  'startsWith',
  'endsWith',
  'startswith',
  'endswith',
  'matches',
  'indexOf',
  'lastIndexOf',
  'compareTo',
  'compareToIgnoreCase',
  'hashCode',
  'count',
  'exists',
  'isFile',
  'isDirectory',
  'canRead',
  'canWrite',
  'test',
  'includes',
  'has',
  'isalnum',
  'isdigit',
  'isnumeric',
  'isalpha',
  'isdecimal',
  'isidentifier',
  'charCodeAt',
  'codePointAt',
  'getTime',
  'toEpochMilli',
  'intValue',
  'longValue',
  'doubleValue',
  'ordinal',
  'nextInt',
  'pid',
  'waitFor',
  'exitValue',
  'getStatus',
  'getStatusCode',
  'isPresent',
  'hasNext',
  'next_int',
]);

const MATH = /^(Math|StrictMath)\./;

/** A call whose result is safe for some categories, or holds no attacker string at all. */
export function sanitizerCall(site: CallSite): ModelResult | undefined {
  const name = callName(site);
  const clean =
    own(SANITIZING_CALLS, name) ??
    own(SANITIZING_METHODS, site.method) ??
    (site.isNew ? own(SANITIZING_CALLS, site.method) : undefined) ??
    plainImportedSanitizer(site);
  if (clean !== undefined) return { result: { ...sanitize(everything(site), clean), type: STRING } };
  if (site.isNew && LDAP_SAFE_CONSTRUCTORS.has(site.method))
    return { result: sanitize(everything(site), LDAP) };
  if (!site.isNew && LDAP_QUERY_CRITERIA.has(site.method) && site.language === 'java')
    return { result: sanitize(everything(site), LDAP) };
  if (name && MATH.test(name) && site.method !== 'random')
    return { result: sanitize(everything(site), INJECTION) };
  if (
    site.method === 'valueOf' &&
    site.qualifier &&
    /^[A-Z]/.test(site.qualifier) &&
    site.qualifier !== 'String'
  ) {
    return { result: sanitize(everything(site), INJECTION) };
  }
  if (
    NON_STRING_RESULTS.has(site.method) &&
    !(site.method === 'nextInt' && site.receiverType === KIND.insecureRandom)
  ) {
    return { result: sanitize(everything(site), INJECTION) };
  }
  if (site.method === 'getName' && site.receiverType === KIND.file)
    return { result: sanitize(everything(site), PATH) };
  if (site.method === 'sanitize' && /purify|sanitiz|policy/i.test(site.receiverName ?? ''))
    return { result: sanitize(everything(site), XSS) };
  return replacementSanitizer(site);
}

/** A method reference passed to `map` (`HtmlUtils::htmlEscape`, `Integer::parseInt`, `String::length`): what its results are safe for. */
export function referenceCleans(owner: string | undefined, method: string): number | undefined {
  const named = owner !== undefined ? own(SANITIZING_CALLS, `${owner}.${method}`) : undefined;
  if (named !== undefined) return named;
  if ((owner === 'Math' || owner === 'StrictMath') && method !== 'random') return INJECTION;
  return own(SANITIZING_METHODS, method) ?? (NON_STRING_RESULTS.has(method) ? INJECTION : undefined);
}

/** `import escape from 'escape-html'`, `from markupsafe import escape`: a plain call of an imported sanitizer. */
function plainImportedSanitizer(site: CallSite): number | undefined {
  if (site.receiverExpr || !site.qualifier) return undefined;
  return own(SANITIZING_CALLS, site.qualifier) ?? own(SANITIZING_CALLS, `${site.qualifier}.${site.method}`);
}

/**
 * `s.replaceAll("[^A-Za-z0-9]", "")`, `re.sub(r"[^\w.-]", "", s)`: only the characters of a class remain.
 * `s.replace(/[&<>"']/g, (c) => ENTITIES[c])`: every special character of a category is escaped.
 */
function replacementSanitizer(site: CallSite): ModelResult | undefined {
  let pattern: string | undefined;
  let replacement: Value | undefined;
  let subject: Value | undefined;
  if (
    (site.method === 'replaceAll' || site.method === 'replace') &&
    site.receiver &&
    site.language !== 'python'
  ) {
    // A regular expression literal without the g flag replaces the first match only.
    const flags = regexLiteralFlags(site.argExprs[0]);
    if (site.method === 'replace' && flags !== undefined && !flags.includes('g')) return undefined;
    pattern = constString(site.args[0]) ?? site.args[0]?.regex;
    replacement = site.args[1];
    subject = site.receiver;
  } else if (callName(site) === 're.sub' || (site.method === 'sub' && site.receiver?.regex !== undefined)) {
    const offset = site.method === 'sub' && site.receiver?.regex !== undefined ? 0 : 1;
    pattern = offset === 0 ? site.receiver!.regex : (constString(site.args[0]) ?? site.args[0]?.regex);
    replacement = site.args[offset];
    subject = site.args[offset + 1];
  }
  if (pattern === undefined || !replacement || !subject) return undefined;
  const clean = removalCleans(pattern, constString(replacement)) ?? escapeCleans(pattern, replacement);
  return clean ? { result: { ...sanitize(subject, clean), type: STRING } } : undefined;
}

/** `[^...]` replaced by a constant: the result holds the class's characters and the replacement's. */
function removalCleans(pattern: string, replacement: string | undefined): number | undefined {
  const kept = replacement !== undefined ? keptByRemovingClass(pattern) : undefined;
  if (!kept) return undefined;
  for (const ch of replacement!) kept.add(ch);
  return cleanForCharacters(kept);
}

/** Characters an escaper must cover for its output to be safe in a category (RFC 4515 for LDAP filters). */
const ESCAPED_FOR: readonly (readonly [number, string])[] = [
  [XSS, '<>&"'],
  [LDAP, '*()\\'],
];

/**
 * A class of special characters each replaced by a callback (a lookup of entities or escapes) or by
 * an escape or entity: the categories whose special characters the class covers.
 */
function escapeCleans(pattern: string, replacement: Value): number | undefined {
  const escaped = escapedClass(pattern);
  const constant = constString(replacement);
  const escapes = replacement.closure !== undefined || (constant !== undefined && /^(\\|&|$)/.test(constant));
  if (!escaped || !escapes) return undefined;
  let clean = 0;
  for (const [category, special] of ESCAPED_FOR)
    if ([...special].every((ch) => escaped.has(ch))) clean |= category;
  return clean || undefined;
}

/** The literal's flags (`g` in `/[<>]/g`), when the expression is a JavaScript regular expression literal. */
function regexLiteralFlags(expr: Expr | undefined): string | undefined {
  const text = expr?.kind === 'unknown' && expr.syntax === 'regex' ? expr.parts[0] : undefined;
  if (text?.kind !== 'literal' || typeof text.value !== 'string') return undefined;
  return /\/([a-z]*)$/.exec(text.value)?.[1];
}

// ---- declared types ---------------------------------------------------------------------------

const NON_STRING_TYPES = new Set([
  'int',
  'long',
  'short',
  'byte',
  'double',
  'float',
  'boolean',
  'Integer',
  'Long',
  'Short',
  'Byte',
  'Double',
  'Float',
  'Boolean',
  'BigInteger',
  'BigDecimal',
  'UUID',
  'LocalDate',
  'LocalDateTime',
  'Instant',
  'Date',
  'number',
  'boolean[]',
  'int[]',
  'long[]',
  // Python type hints FastAPI validates a parameter against
  'bool',
  'datetime',
  'date',
  'time',
  'timedelta',
  'Decimal',
  'UUID1',
  'UUID3',
  'UUID4',
  'UUID5',
  'PositiveInt',
  'NegativeInt',
  'NonNegativeInt',
  'NonPositiveInt',
  'PositiveFloat',
  'NegativeFloat',
  'NonNegativeFloat',
  'StrictInt',
  'StrictFloat',
  'StrictBool',
  'conint',
  'confloat',
  'condecimal',
  'Literal',
  'IPv4Address',
  'IPv6Address',
  'IPvAnyAddress',
]);

/** Categories a value of a declared type cannot attack: numbers, booleans, UUIDs, dates, IP addresses, Python `Literal`s. */
export function typeCleans(declaredType: string): number | undefined {
  return NON_STRING_TYPES.has(declaredType) ? INJECTION : undefined;
}

// ---- guards -----------------------------------------------------------------------------------

const WRAPPERS = new Set([
  'trim',
  'strip',
  'toLowerCase',
  'toUpperCase',
  'lower',
  'upper',
  'casefold',
  'toString',
  'intern',
]);
const NORMALIZERS = new Set([
  'getCanonicalPath',
  'getCanonicalFile',
  'toRealPath',
  'normalize',
  'toAbsolutePath',
  'getAbsolutePath',
  'getAbsoluteFile',
  'toPath',
  'toFile',
  'toString',
  'resolve',
  'realpath',
  'abspath',
  'normpath',
]);
const CHARACTER_PREDICATES: Record<string, number> = {
  isAlphanumeric: INJECTION,
  isAlpha: INJECTION,
  isNumeric: INJECTION,
  isDigits: INJECTION,
  isCreatable: INJECTION,
  isParsable: INJECTION,
  isalnum: INJECTION,
  isdigit: INJECTION,
  isnumeric: INJECTION,
  isdecimal: INJECTION,
  isalpha: INJECTION,
  isidentifier: INJECTION,
  isInt: INJECTION,
  isInteger: INJECTION,
  isNumericString: INJECTION,
  isUUID: INJECTION,
  isUuid: INJECTION,
  isAlphanumericString: INJECTION,
  isSafeInteger: INJECTION,
};

/** A variable or field a wrapper call was applied to: `action.trim().toLowerCase()` checks `action`. */
export function stripHarmlessWrappers(expr: Expr): Expr {
  let at = expr;
  while (at.kind === 'call' && at.receiver && WRAPPERS.has(at.method) && at.args.length === 0)
    at = at.receiver;
  return at;
}

function stripNormalizers(expr: Expr): Expr {
  let at = expr;
  while (at.kind === 'call' && at.receiver && NORMALIZERS.has(at.method)) at = at.receiver;
  return at;
}

/**
 * What a condition call proves when true: allow-list membership, equality with a constant, a
 * whole-string regular expression match, a character-class predicate, or a canonical path
 * that starts with the base directory.
 */
export function guardOfCall(site: CallSite, evaluate: (expr: Expr) => Value): GuardFact[] {
  const facts: GuardFact[] = [];
  const add = (subject: Expr | undefined, clean: number) => {
    if (subject && clean !== 0) facts.push({ subject, clean, when: true });
  };
  const receiver = site.receiver;
  const first = site.argExprs[0];
  const name = callName(site) ?? '';
  switch (site.method) {
    case 'contains':
    case 'includes':
    case 'has':
    case 'containsKey':
    case '__contains__':
      if (receiver && isAllowList(receiver)) add(first, INJECTION);
      break;
    case 'equals':
    case 'equalsIgnoreCase':
    case 'contentEquals':
      if (receiver?.hasConst && receiver.konst !== null) add(first, INJECTION);
      else if (site.args[0]?.hasConst && site.args[0].konst !== null) add(site.receiverExpr, INJECTION);
      else if (name === 'Objects.equals' || name === 'StringUtils.equals') {
        if (site.args[1]?.hasConst) add(first, INJECTION);
        else if (site.args[0]?.hasConst) add(site.argExprs[1], INJECTION);
      }
      break;
    case 'matches':
      if (name === 'Pattern.matches')
        add(site.argExprs[1], regexClean(constString(site.args[0]) ?? '', true));
      else if (site.receiverExpr?.kind === 'call' && site.receiverExpr.method === 'matcher') {
        const pattern = site.receiverExpr.receiver ? evaluate(site.receiverExpr.receiver).regex : undefined;
        if (pattern !== undefined) add(site.receiverExpr.args[0]?.value, regexClean(pattern, true));
      } else if (site.args[0])
        add(site.receiverExpr, regexClean(constString(site.args[0]) ?? site.args[0].regex ?? '', true));
      break;
    case 'fullmatch':
    case 'match':
    case 'search':
    case 'test':
      regexGuard(site, name, add);
      break;
    case 'startsWith':
    case 'startswith':
    case 'is_relative_to':
      if (receiver?.relativeOf && constString(site.args[0])?.startsWith('..') && site.receiverExpr) {
        facts.push({ subject: site.receiverExpr, key: receiver.relativeOf, clean: PATH, when: false });
      } else if (receiver?.normalized && site.receiverExpr) {
        add(site.receiverExpr, PATH);
        add(stripNormalizers(site.receiverExpr), PATH);
      }
      break;
    default:
      if (own(CHARACTER_PREDICATES, site.method) !== undefined) {
        add(
          site.receiverExpr && site.args.length === 0 ? site.receiverExpr : first,
          own(CHARACTER_PREDICATES, site.method)!,
        );
      }
  }
  return facts;
}

function regexGuard(
  site: CallSite,
  name: string,
  add: (subject: Expr | undefined, clean: number) => void,
): void {
  if (name === 're.fullmatch' || name === 're.match' || name === 're.search') {
    const pattern = constString(site.args[0]) ?? site.args[0]?.regex ?? '';
    const anchoredStart = name === 're.match' ? `^${pattern.replace(/^\^/, '')}` : pattern;
    add(site.argExprs[1], regexClean(anchoredStart, name === 're.fullmatch') | urlPrefixClean(anchoredStart));
    return;
  }
  const pattern = site.receiver?.regex;
  if (pattern === undefined) return;
  const anchoredStart =
    site.method === 'match' && site.language === 'python' ? `^${pattern.replace(/^\^/, '')}` : pattern;
  add(
    site.argExprs[0],
    regexClean(anchoredStart, site.method === 'fullmatch') | urlPrefixClean(anchoredStart),
  );
}

/** A collection of trusted values: not user data, not a string (whose `contains` is a substring test). */
export function isAllowList(value: Value): boolean {
  if (value.taints.length > 0 || value.type === STRING || value.hasConst) return false;
  return (
    value.props !== undefined ||
    value.type === 'array' ||
    value.type === undefined ||
    /Set|List|Map|Collection|array/.test(value.type)
  );
}
