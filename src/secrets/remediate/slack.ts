import { notificationText } from './sns';
import type { RemediationStep } from './types';

/** Posts the masked details to a Slack incoming webhook. */
export function slackStep(webhookUrl: string): RemediationStep {
  return {
    name: 'notify: Slack',
    async run(input) {
      const response = await fetch(webhookUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: `:rotating_light: ${notificationText(input)}` }),
      });
      if (!response.ok)
        throw new Error(`the Slack webhook answered ${response.status} ${await response.text()}`);
      return { status: 'done', detail: 'posted to the Slack webhook' };
    },
  };
}
