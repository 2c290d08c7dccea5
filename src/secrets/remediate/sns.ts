import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { createAwsClient } from '../../aws/client-factory';
import { describeFindings, type RemediationStep } from './types';

/** SNS limits a subject to 100 characters. */
const MAX_SUBJECT = 100;

/** The source article's notification: `[ACTION REQUIRED] Secrets discovered in <repo>`, with the masked details. */
export function snsStep(topicArn: string): RemediationStep {
  return {
    name: 'notify: SNS',
    async run(input) {
      const region = topicArn.split(':')[3] ?? 'us-east-1';
      const sns = createAwsClient(SNSClient, { region });
      const subject = `[ACTION REQUIRED] Secrets discovered in ${input.push.repository}`.slice(
        0,
        MAX_SUBJECT,
      );
      const { MessageId } = await sns.send(
        new PublishCommand({ TopicArn: topicArn, Subject: subject, Message: notificationText(input) }),
      );
      return { status: 'done', detail: `published message ${MessageId} to ${topicArn}` };
    },
  };
}

export function notificationText(input: Parameters<RemediationStep['run']>[0]): string {
  return [
    `${input.findings.length} secret(s) were pushed to ${input.push.repository}, branch ${input.push.branch}${input.push.pusher ? `, by ${input.push.pusher}` : ''}:`,
    '',
    ...describeFindings(input.findings),
    '',
    'Revoke each one where it was issued and replace it: it stays in the history even once removed from the code.',
    ...(input.push.runUrl ? ['', input.push.runUrl] : []),
  ].join('\n');
}
