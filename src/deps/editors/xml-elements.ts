/**
 * A small XML reader for build files: the element tree with each element's offsets in the text, so
 * that an editor can change one element's content in place. Comments, CDATA, processing instructions
 * and the doctype are skipped; namespaces, entities and validation are not its business.
 */

export interface XmlElement {
  name: string;
  /** Offset of the `<` of the start tag. */
  start: number;
  /** The content between the start and end tags: [contentStart, contentEnd). */
  contentStart: number;
  contentEnd: number;
  children: XmlElement[];
}

export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
    this.name = 'XmlSyntaxError';
  }
}

const SKIPPED: [open: string, close: string, what: string][] = [
  ['<!--', '-->', 'comment'],
  ['<![CDATA[', ']]>', 'CDATA section'],
  ['<?', '?>', 'processing instruction'],
];

/** The top-level elements of a document (normally one). */
export function readXmlElements(text: string): XmlElement[] {
  const root: XmlElement = { name: '', start: 0, contentStart: 0, contentEnd: text.length, children: [] };
  const open: XmlElement[] = [root];
  let position = text.indexOf('<');
  while (position !== -1) {
    position = readMarkup(text, position, open);
    position = text.indexOf('<', position);
  }
  const unclosed = open[open.length - 1];
  if (unclosed && unclosed !== root) {
    throw new XmlSyntaxError(`<${unclosed.name}> is never closed`, unclosed.start);
  }
  return root.children;
}

/** Reads the markup at `position` (a `<`) and returns the offset after it. */
function readMarkup(text: string, position: number, open: XmlElement[]): number {
  for (const [opening, closing, what] of SKIPPED) {
    if (text.startsWith(opening, position)) return endOf(text, position, closing, what);
  }
  if (text.startsWith('<!', position)) return endOfDoctype(text, position);
  if (text.startsWith('</', position)) return closeElement(text, position, open);
  return openElement(text, position, open);
}

function endOf(text: string, position: number, closing: string, what: string): number {
  const end = text.indexOf(closing, position);
  if (end === -1) throw new XmlSyntaxError(`${what} is never closed`, position);
  return end + closing.length;
}

function endOfDoctype(text: string, position: number): number {
  const subset = text.indexOf('[', position);
  const close = text.indexOf('>', position);
  // An internal subset ([...]) may hold `>` of its own declarations.
  if (subset !== -1 && subset < close)
    return endOf(text, endOf(text, subset, ']', 'doctype'), '>', 'doctype');
  return endOf(text, position, '>', 'doctype');
}

function openElement(text: string, position: number, open: XmlElement[]): number {
  const name = /^<([A-Za-z_][\w.:-]*)/.exec(text.slice(position, position + 200))?.[1];
  if (!name) throw new XmlSyntaxError('"<" does not start a tag', position);
  const tagEnd = endOfTag(text, position + name.length + 1);
  const element: XmlElement = {
    name,
    start: position,
    contentStart: tagEnd,
    contentEnd: tagEnd,
    children: [],
  };
  open[open.length - 1]?.children.push(element);
  if (text[tagEnd - 2] !== '/') open.push(element);
  return tagEnd;
}

/** The offset after the `>` that ends a start tag, skipping quoted attribute values. */
function endOfTag(text: string, position: number): number {
  let quote: string | undefined;
  for (let index = position; index < text.length; index++) {
    const char = text[index];
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '>') {
      return index + 1;
    }
  }
  throw new XmlSyntaxError('a start tag is never closed with ">"', position);
}

function closeElement(text: string, position: number, open: XmlElement[]): number {
  const match = /^<\/([A-Za-z_][\w.:-]*)\s*>/.exec(text.slice(position, position + 200));
  const element = open[open.length - 1];
  if (!match || !element || element.name !== match[1]) {
    const expected = element?.name ? `</${element.name}>` : 'no end tag';
    throw new XmlSyntaxError(
      `found ${match ? `</${match[1]}>` : '"</"'} where ${expected} belongs`,
      position,
    );
  }
  element.contentEnd = position;
  open.pop();
  return position + match[0].length;
}

/** A direct child by name. */
export function childNamed(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((child) => child.name === name);
}

/** The element's text content, trimmed, with its offsets; undefined when it holds markup. */
export function textOf(
  text: string,
  element: XmlElement,
): { value: string; start: number; end: number } | undefined {
  const raw = text.slice(element.contentStart, element.contentEnd);
  if (raw.includes('<') || raw.includes('&')) return undefined;
  const leading = raw.length - raw.trimStart().length;
  const value = raw.trim();
  return { value, start: element.contentStart + leading, end: element.contentStart + leading + value.length };
}

/** Every element of the tree, depth first. */
export function* allElements(elements: XmlElement[]): Generator<XmlElement> {
  for (const element of elements) {
    yield element;
    yield* allElements(element.children);
  }
}
