import { putNotificationEvent } from './events';
import type { NotificationMessage } from './message';
import { postToSlackWebhook, slackPayload } from './slack';
import { publishToSns, snsMessage } from './sns';
import type { NotifyTarget } from './targets';

export interface TargetResult {
  /** The target's label: never a webhook URL. */
  target: string;
  status: 'sent' | 'failed';
  detail: string;
}

/**
 * Sends the message to every target at once. Each target's result stands on its own: one that fails
 * neither stops the others nor hides that it failed.
 */
export function sendNotification(
  message: NotificationMessage,
  targets: NotifyTarget[],
): Promise<TargetResult[]> {
  return Promise.all(
    targets.map(async (target): Promise<TargetResult> => {
      try {
        return { target: target.label, status: 'sent', detail: await deliver(message, target) };
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        return { target: target.label, status: 'failed', detail };
      }
    }),
  );
}

export function allSent(results: TargetResult[]): boolean {
  return results.every((result) => result.status === 'sent');
}

async function deliver(message: NotificationMessage, target: NotifyTarget): Promise<string> {
  switch (target.kind) {
    case 'sns':
      return `published message ${await publishToSns(target.topicArn, snsMessage(message))}`;
    case 'slack':
      await postToSlackWebhook(target.webhookUrl, slackPayload(message));
      return 'posted';
    case 'events':
      return `put event ${await putNotificationEvent(target, message)}`;
  }
}
