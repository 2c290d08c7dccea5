import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { createAwsClient } from '../aws/client-factory';
import { type NotificationMessage, originLines, statusWord } from './message';
import { renderWithinBytes, singleLine, truncate } from './text';

/** SNS: a subject is one line of "less than 100 characters"; a message at most 256 KiB. */
export const MAX_SNS_SUBJECT = 99;
const MAX_SNS_MESSAGE_BYTES = 262_144;

/** A subject SNS accepts: one line, cut at a word with an ellipsis when too long. */
export function snsSubject(text: string): string {
  return truncate(singleLine(text), MAX_SNS_SUBJECT);
}

export function snsMessage(message: NotificationMessage): { subject: string; body: string } {
  return {
    subject: snsSubject(`[${statusWord(message.status)}] ${message.title}`),
    body: renderWithinBytes(message, plainText, MAX_SNS_MESSAGE_BYTES),
  };
}

/** The message as plain text, for e-mail and SMS subscribers alike. */
function plainText(message: NotificationMessage, omitted: number): string {
  const sections = [
    [`${statusWord(message.status)}: ${message.title}`],
    [
      ...originLines(message).map((line) => `${line.name}: ${line.value}`),
      ...(message.runUrl ? [`Run: ${message.runUrl}`] : []),
    ],
    message.summary ? [message.summary] : [],
    [
      ...message.fields.map((field) => `- ${field.name}: ${field.value}`),
      ...(omitted > 0 ? [`(${omitted} more detail(s) left out: see the run)`] : []),
    ],
    [`Sent by Rampart at ${message.time}`],
  ];
  return `${sections
    .filter((lines) => lines.length > 0)
    .map((lines) => lines.join('\n'))
    .join('\n\n')}\n`;
}

/** Publishes to the topic, in the topic's region; returns SNS's message id. */
export async function publishToSns(
  topicArn: string,
  content: { subject: string; body: string },
): Promise<string> {
  const region = topicArn.split(':')[3] ?? 'us-east-1';
  const sns = createAwsClient(SNSClient, { region });
  const { MessageId } = await sns.send(
    new PublishCommand({ TopicArn: topicArn, Subject: content.subject, Message: content.body }),
  );
  return MessageId ?? '';
}
