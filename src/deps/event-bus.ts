import { EventBridgeClient, PutEventsCommand, type PutEventsRequestEntry } from '@aws-sdk/client-eventbridge';
import { createAwsClient } from '../aws/client-factory';

/** The region of a bus ARN; a bus given by name is in `fallback`. */
export function regionOfBus(bus: string, fallback: string): string {
  return bus.startsWith('arn:') ? (bus.split(':')[3] ?? fallback) : fallback;
}

/** Puts one event on `bus` (name or ARN, another account's too) and returns its id; a failed entry throws. */
export async function putOneEvent(
  bus: string,
  fallbackRegion: string,
  entry: Omit<PutEventsRequestEntry, 'EventBusName'>,
): Promise<string> {
  const events = createAwsClient(EventBridgeClient, { region: regionOfBus(bus, fallbackRegion) });
  const response = await events.send(new PutEventsCommand({ Entries: [{ ...entry, EventBusName: bus }] }));
  const [result] = response.Entries ?? [];
  if ((response.FailedEntryCount ?? 0) > 0 || !result?.EventId) {
    const reason =
      [result?.ErrorCode, result?.ErrorMessage].filter(Boolean).join(': ') || 'no event id returned';
    throw new Error(`PutEvents to ${bus} failed: ${reason}`);
  }
  return result.EventId;
}
