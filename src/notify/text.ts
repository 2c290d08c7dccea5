import type { NotificationMessage } from './message';

const ELLIPSIS = '…';

/**
 * At most `max` UTF-16 code units (what JavaScript and most APIs count as characters), cut at a word
 * boundary when one is near and ended with an ellipsis; never half of a surrogate pair.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max - ELLIPSIS.length;
  if (isHighSurrogate(text.charCodeAt(cut - 1))) cut -= 1;
  const space = text.lastIndexOf(' ', cut);
  // A word boundary only when it costs at most a fifth of the room.
  if (space >= cut * 0.8) cut = space;
  return `${text.slice(0, cut).trimEnd()}${ELLIPSIS}`;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** On one line: line breaks and other control characters become spaces, and runs of spaces one. */
export function singleLine(text: string): string {
  return text
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/**
 * Renders the message with as many of its fields (first ones first) as fit in `maxBytes`, telling
 * the renderer how many were left out. Throws when even none fit.
 */
export function renderWithinBytes(
  message: NotificationMessage,
  render: (message: NotificationMessage, omitted: number) => string,
  maxBytes: number,
): string {
  const attempt = (kept: number) =>
    render({ ...message, fields: message.fields.slice(0, kept) }, message.fields.length - kept);
  const whole = attempt(message.fields.length);
  if (utf8Bytes(whole) <= maxBytes) return whole;
  let fits = -1;
  let tooMany = message.fields.length;
  while (tooMany - fits > 1) {
    const middle = Math.floor((fits + tooMany) / 2);
    if (utf8Bytes(attempt(middle)) <= maxBytes) fits = middle;
    else tooMany = middle;
  }
  if (fits < 0) throw new Error(`the message is over ${maxBytes} bytes even without its details`);
  return attempt(fits);
}
