import { postToSlackWebhook } from '../../notify/slack';
import { notificationText } from './sns';
import type { RemediationStep } from './types';

/** Posts the masked details to a Slack incoming webhook. */
export function slackStep(webhookUrl: string): RemediationStep {
  return {
    name: 'notify: Slack',
    async run(input) {
      await postToSlackWebhook(webhookUrl, { text: `:rotating_light: ${notificationText(input)}` });
      return { status: 'done', detail: 'posted to the Slack webhook' };
    },
  };
}
