import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { createAwsClient } from '../aws/client-factory';
import type { NotificationMessage } from './message';
import { renderWithinBytes, utf8Bytes } from './text';

export const EVENT_SOURCE = 'rampart';
export const EVENT_DETAIL_TYPE = 'Rampart Notification';
/** EventBridge: an entry (Source, DetailType, Detail, 14 bytes for Time) must be less than 256 KiB. */
const MAX_ENTRY_BYTES = 262_143;
const TIME_BYTES = 14;

/** The event's detail: the message as data, for rules to match (e.g. `"status": ["failure"]`). */
export function eventDetail(message: NotificationMessage): string {
  const budget = MAX_ENTRY_BYTES - TIME_BYTES - utf8Bytes(EVENT_SOURCE) - utf8Bytes(EVENT_DETAIL_TYPE);
  return renderWithinBytes(
    message,
    (fitted, omitted) => JSON.stringify({ ...fitted, ...(omitted > 0 ? { omittedFields: omitted } : {}) }),
    budget,
  );
}

/** Puts the event on the bus (a name in `region`, or an ARN); returns its event id. */
export async function putNotificationEvent(
  bus: { eventBus: string; region: string },
  message: NotificationMessage,
): Promise<string> {
  const events = createAwsClient(EventBridgeClient, { region: bus.region });
  const response = await events.send(
    new PutEventsCommand({
      Entries: [
        {
          Source: EVENT_SOURCE,
          DetailType: EVENT_DETAIL_TYPE,
          Detail: eventDetail(message),
          EventBusName: bus.eventBus,
          Time: new Date(message.time),
        },
      ],
    }),
  );
  // PutEvents answers 200 whatever became of each entry: a rejected one is only in the entry's result.
  const [entry] = response.Entries ?? [];
  if ((response.FailedEntryCount ?? 0) > 0 || !entry?.EventId) {
    throw new Error(
      `EventBridge rejected the event: ${entry?.ErrorCode ?? 'no event id'} ${entry?.ErrorMessage ?? ''}`.trim(),
    );
  }
  return entry.EventId;
}
