/**
 * SQS on moto through its JSON protocol, for reading what an EventBridge rule delivered: Rampart has
 * no SQS client. moto does not check signatures; the credential scope routes the call to SQS.
 */
import { EventBridgeClient, PutRuleCommand, PutTargetsCommand } from '@aws-sdk/client-eventbridge';
import { createAwsClient } from '../../src/aws/client-factory';
import { REGION, TOOLING_ACCOUNT } from './local-aws';

async function sqs<T>(endpoint: string, action: string, body: object): Promise<T> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.0',
      'x-amz-target': `AmazonSQS.${action}`,
      authorization: `AWS4-HMAC-SHA256 Credential=testing/20250101/${REGION}/sqs/aws4_request, SignedHeaders=host, Signature=0`,
    },
    body: JSON.stringify(body),
  });
  return (await response.json()) as T;
}

/** A rule on `bus` with `pattern`, delivering to a new queue; returns the queue's URL. */
export async function ruleToQueue(
  endpoint: string,
  bus: string,
  name: string,
  pattern: object,
): Promise<string> {
  const { QueueUrl } = await sqs<{ QueueUrl: string }>(endpoint, 'CreateQueue', { QueueName: name });
  const events = createAwsClient(EventBridgeClient, { region: REGION });
  await events.send(
    new PutRuleCommand({ Name: name, EventBusName: bus, EventPattern: JSON.stringify(pattern) }),
  );
  await events.send(
    new PutTargetsCommand({
      Rule: name,
      EventBusName: bus,
      Targets: [{ Id: 'queue', Arn: `arn:aws:sqs:${REGION}:${TOOLING_ACCOUNT}:${name}` }],
    }),
  );
  return QueueUrl;
}

/** The events waiting in the queue. */
export async function queuedEvents(endpoint: string, queueUrl: string): Promise<Record<string, unknown>[]> {
  const { Messages = [] } = await sqs<{ Messages?: { Body: string }[] }>(endpoint, 'ReceiveMessage', {
    QueueUrl: queueUrl,
    MaxNumberOfMessages: 10,
  });
  return Messages.map((message) => JSON.parse(message.Body) as Record<string, unknown>);
}
