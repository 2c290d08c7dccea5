/**
 * AWS Lambda entry: EventBridge sends each CodeCommit branch push (`CodeCommit Repository State
 * Change`, referenceCreated or referenceUpdated); the same scanner reads its commits through the
 * CodeCommit API, and the remediation steps the function's environment asks for run:
 *   SNS_TOPIC_ARN        publish the masked details
 *   LOCK_REPOSITORY      "true": tag the repository RepoState=locked
 *   DEACTIVATE_AWS_KEYS  "true": set found access keys of this account's IAM users inactive
 *   SECRETS_CONFIG       optional YAML, as .rampart/secrets.yml (skip, disable, allow, rules)
 * Resetting a branch needs git, which the Lambda runtime lacks: run `rampart secrets remediate
 * --reset` from CodeBuild for that. Nothing logged holds more of a secret than its masked preview.
 */
import { closeAwsConnections } from '../../src/aws/client-factory';
import { defaultSecretsConfig } from '../../src/secrets/config';
import { parseSecretsConfig } from '../../src/secrets/config-file';
import { remediate, remediationSteps } from '../../src/secrets/remediate/remediate';
import type { StepResult } from '../../src/secrets/remediate/types';
import { summaryLine } from '../../src/secrets/report';
import { scanForSecrets } from '../../src/secrets/scan';
import type { Finding } from '../../src/secrets/types';

export interface RepositoryStateChange {
  'detail-type': string;
  region?: string;
  detail: {
    event: string;
    repositoryName: string;
    referenceType: string;
    referenceName: string;
    commitId?: string;
    oldCommitId?: string;
    callerUserArn?: string;
  };
}

export interface HandlerResult {
  scanned: boolean;
  summary: string;
  findings: Finding[];
  remediation: StepResult[];
}

const ZERO_COMMIT = '0'.repeat(40);

export async function handler(event: RepositoryStateChange): Promise<HandlerResult> {
  const { detail } = event;
  if (
    detail.referenceType !== 'branch' ||
    !['referenceCreated', 'referenceUpdated'].includes(detail.event) ||
    !detail.commitId
  ) {
    return {
      scanned: false,
      summary: `ignored: ${detail.event} of ${detail.referenceType} ${detail.referenceName}`,
      findings: [],
      remediation: [],
    };
  }
  const env = process.env;
  const region = env.AWS_REGION ?? event.region ?? 'us-east-1';
  try {
    const config = env.SECRETS_CONFIG
      ? parseSecretsConfig(env.SECRETS_CONFIG, 'SECRETS_CONFIG')
      : defaultSecretsConfig();
    const result = await scanForSecrets({
      target: {
        kind: 'codecommit',
        region,
        repositoryName: detail.repositoryName,
        oldCommitId: detail.oldCommitId,
        newCommitId: detail.commitId,
      },
      root: '.',
      config,
    });
    const steps = remediationSteps({
      snsTopicArn: env.SNS_TOPIC_ARN || undefined,
      deactivateAwsKeysRegion: env.DEACTIVATE_AWS_KEYS === 'true' ? region : undefined,
      lock: env.LOCK_REPOSITORY === 'true' ? { kind: 'codecommit', region } : undefined,
    });
    const remediation = await remediate(
      {
        push: {
          repository: detail.repositoryName,
          branch: detail.referenceName,
          base: detail.oldCommitId ?? ZERO_COMMIT,
          head: detail.commitId,
          pusher: detail.callerUserArn,
        },
        findings: result.findings,
        accessKeyIds: result.accessKeyIds,
      },
      steps,
    );
    const summary = summaryLine(result);
    console.log(JSON.stringify({ summary, findings: result.findings, remediation, notes: result.notes }));
    return { scanned: true, summary, findings: result.findings, remediation };
  } finally {
    closeAwsConnections();
  }
}
