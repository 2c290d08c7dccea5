import type { Expr } from '../ir';
import type { CallSite } from './model';
import type { Value } from './values';

/**
 * Response content types a function declares: the constant given to `setContentType`, a
 * `Content-Type` header, Express/Fastify/hapi `type(...)`, Spring/JAX-RS/Micronaut media type
 * constants (`MediaType.TEXT_HTML_VALUE` is `text/html`), annotations and decorator arguments.
 */

/** The state entry holding the response content type this function declared, if constant. */
export const CONTENT_TYPE_KEY = '$content-type';

/** Content types a browser renders as a page (and runs scripts in). */
export function isHtmlType(contentType: string): boolean {
  return /html|xml|svg/i.test(contentType);
}

/** `TEXT_HTML_VALUE` → `text/html`, `APPLICATION_XHTML_XML` → `application/xhtml+xml`; undefined for other names. */
function mediaTypeConstant(name: string): string | undefined {
  const match = /^(TEXT|APPLICATION|IMAGE|MULTIPART|AUDIO|VIDEO)_([A-Z0-9_]+?)(_VALUE|_TYPE)?$/.exec(name);
  if (!match) return undefined;
  return `${match[1]!.toLowerCase()}/${match[2]!.toLowerCase().replace(/_/g, '+')}`;
}

/** A content type as a value: a constant string, or a media type constant (`MediaType.TEXT_HTML`). */
export function mediaTypeOf(value: Value | undefined): string | undefined {
  if (!value) return undefined;
  if (value.hasConst && typeof value.konst === 'string') return value.konst;
  const ref = value.ref;
  return ref ? mediaTypeConstant(ref.slice(ref.lastIndexOf('.') + 1)) : undefined;
}

/** A content type as written in an annotation, decorator or argument: a string, a media type constant, or a list of them. */
export function mediaTypesOfExpr(expr: Expr): string[] {
  switch (expr.kind) {
    case 'literal':
      return typeof expr.value === 'string' ? [expr.value] : [];
    case 'member':
    case 'name': {
      const name = expr.kind === 'member' ? expr.property : expr.name;
      const type = mediaTypeConstant(name) ?? (/HTMLResponse$/.test(name) ? 'text/html' : undefined);
      return type ? [type] : [];
    }
    case 'array':
      return expr.elements.flatMap(mediaTypesOfExpr);
    default:
      return [];
  }
}

const TYPE_SETTERS = new Set(['setContentType', 'type', 'contentType']);
const HEADER_SETTERS = new Set(['setHeader', 'addHeader', 'set', 'header']);

/**
 * `response.setContentType("application/json")`, `setHeader("Content-Type", ...)`, Express
 * `res.type('text/plain')` / `res.set('Content-Type', ...)`, WebFlux `contentType(MediaType.TEXT_HTML)`:
 * the constant content type declared.
 */
export function contentTypeSet(site: CallSite): string | undefined {
  if (!site.receiverExpr) return undefined;
  if (TYPE_SETTERS.has(site.method)) return mediaTypeOf(site.args[0]);
  const first = site.args[0];
  const header = first?.hasConst && typeof first.konst === 'string' ? first.konst : undefined;
  if (HEADER_SETTERS.has(site.method) && header?.toLowerCase() === 'content-type')
    return mediaTypeOf(site.args[1]);
  return undefined;
}

/** The same, read from the call as written: a content type set later in a fluent chain (`h.response(x).type('text/plain')`). */
export function contentTypeWritten(call: Expr): string | undefined {
  if (call.kind !== 'call' || !call.receiver) return undefined;
  const [first, second] = call.args.map((arg) => arg.value);
  if (TYPE_SETTERS.has(call.method) && first) return mediaTypesOfExpr(first)[0];
  const header = first?.kind === 'literal' && typeof first.value === 'string' ? first.value : undefined;
  if (HEADER_SETTERS.has(call.method) && header?.toLowerCase() === 'content-type' && second)
    return mediaTypesOfExpr(second)[0];
  return undefined;
}
