import { publishToSns, snsSubject } from '../../notify/sns';
import { describeFindings, type RemediationStep } from './types';

/** The source article's notification: `[ACTION REQUIRED] Secrets discovered in <repo>`, with the masked details. */
export function snsStep(topicArn: string): RemediationStep {
  return {
    name: 'notify: SNS',
    async run(input) {
      const messageId = await publishToSns(topicArn, {
        subject: snsSubject(`[ACTION REQUIRED] Secrets discovered in ${input.push.repository}`),
        body: notificationText(input),
      });
      return { status: 'done', detail: `published message ${messageId} to ${topicArn}` };
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
