import { type DetailField, type NotificationMessage, originLines, statusWord } from './message';
import { singleLine, truncate } from './text';

/** Block Kit's limits (https://docs.slack.dev/reference/block-kit/blocks). */
const MAX_HEADER = 150;
const MAX_SECTION_TEXT = 3_000;
const MAX_FIELD_TEXT = 2_000;
const FIELDS_PER_SECTION = 10;
const MAX_BUTTON_URL = 3_000;
/** Details beyond these sections are counted, not shown: a message stays readable (and under 50 blocks). */
const DETAIL_SECTIONS = 3;
const REQUEST_TIMEOUT_MS = 30_000;

type Text = { type: 'plain_text'; text: string; emoji?: boolean } | { type: 'mrkdwn'; text: string };
export type SlackBlock =
  | { type: 'header'; text: Text }
  | { type: 'section'; text?: Text; fields?: Text[] }
  | { type: 'context'; elements: Text[] }
  | {
      type: 'actions';
      elements: { type: 'button'; text: Text; url: string; style?: 'primary' | 'danger' }[];
    };

export interface SlackPayload {
  /** The notification's text, and what clients that cannot show blocks show. */
  text: string;
  blocks: SlackBlock[];
}

/** The message as Block Kit blocks: header, the run's fields, the details, a context line, a button to the run. */
export function slackPayload(message: NotificationMessage): SlackPayload {
  const icon = message.status === 'success' ? ':white_check_mark:' : ':x:';
  const shown = message.fields.slice(0, DETAIL_SECTIONS * FIELDS_PER_SECTION);
  const omitted = message.fields.length - shown.length;
  const runFields = [{ name: 'Status', value: `${icon} ${message.status}` }, ...originLines(message)];
  const context = [
    `Sent by Rampart at ${message.time}`,
    omitted > 0 ? `${omitted} more detail(s) in the run` : '',
  ];
  const blocks: SlackBlock[] = [
    {
      type: 'header',
      text: {
        type: 'plain_text',
        text: truncate(`${icon} ${singleLine(message.title)}`, MAX_HEADER),
        emoji: true,
      },
    },
    {
      type: 'section',
      ...(message.summary ? { text: mrkdwn(truncate(escapeMrkdwn(message.summary), MAX_SECTION_TEXT)) } : {}),
      fields: runFields.map(fieldText),
    },
    ...chunks(shown, FIELDS_PER_SECTION).map((fields): SlackBlock => ({
      type: 'section',
      fields: fields.map(fieldText),
    })),
    { type: 'context', elements: [mrkdwn(context.filter(Boolean).join(' · '))] },
  ];
  if (message.runUrl && message.runUrl.length <= MAX_BUTTON_URL) {
    blocks.push({
      type: 'actions',
      elements: [
        {
          type: 'button',
          text: { type: 'plain_text', text: 'View run' },
          url: message.runUrl,
          style: message.status === 'success' ? 'primary' : 'danger',
        },
      ],
    });
  }
  return { text: `${statusWord(message.status)}: ${singleLine(message.title)}`, blocks };
}

function fieldText(field: DetailField): Text {
  return mrkdwn(
    truncate(`*${escapeMrkdwn(singleLine(field.name))}*\n${escapeMrkdwn(field.value)}`, MAX_FIELD_TEXT),
  );
}

function mrkdwn(text: string): Text {
  return { type: 'mrkdwn', text };
}

/** Slack reads &, < and > as markup (links, mentions) in mrkdwn text. */
function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

/**
 * Posts to an incoming webhook. Errors say what Slack answered and never hold the URL: it is a
 * credential.
 */
export async function postToSlackWebhook(webhookUrl: string, payload: object): Promise<void> {
  let response: Response;
  try {
    response = await fetch(webhookUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch (error) {
    const cause = (error as Error & { cause?: Error }).cause;
    throw new Error(
      `the Slack webhook could not be reached: ${(cause ?? (error as Error)).message}`
        .split(webhookUrl)
        .join('…'),
    );
  }
  if (!response.ok) {
    throw new Error(
      `the Slack webhook answered ${response.status} ${truncate(singleLine(await response.text()), 200)}`,
    );
  }
}
