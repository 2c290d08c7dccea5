import {
  CodeGuruReviewerClient,
  CreateCodeReviewCommand,
  DescribeCodeReviewCommand,
  paginateListRecommendations,
  type CodeReview,
  type RecommendationSummary,
} from '@aws-sdk/client-codeguru-reviewer';
import { createAwsClient } from '../../aws/client-factory';
import { DeadlineExceededError, pollUntil, type PollingPolicy } from '../../runtime/polling';
import { fingerprintOf } from '../analysis/fingerprint';
import type { ReviewFinding, RuleMeta, Severity } from '../types';

export interface CodeGuruReviewRequest {
  region: string;
  /** The repository association that still exists in the account (CodeGuru takes no new ones since November 2025). */
  associationArn: string;
  branch: string;
  /** Unique per association; CodeGuru rejects a second review with the same name. */
  name: string;
  timeoutMs: number;
  polling?: PollingPolicy;
}

export interface CodeGuruReviewOutcome {
  codeReviewArn: string;
  findings: ReviewFinding[];
  rules: RuleMeta[];
}

/** CodeGuru has an "Info" level below Low: Rampart's lowest is low. */
const SEVERITY: Record<string, Severity> = {
  Critical: 'critical',
  High: 'high',
  Medium: 'medium',
  Low: 'low',
  Info: 'low',
};

const DETECTOR_LIBRARY = 'https://docs.aws.amazon.com/codeguru/detector-library/';

export class CodeGuruReviewError extends Error {}

/**
 * A repository analysis by CodeGuru Reviewer, mapped onto Rampart's findings: create the review,
 * wait for it until the timeout, then read every page of recommendations.
 */
export async function runCodeGuruReview(request: CodeGuruReviewRequest): Promise<CodeGuruReviewOutcome> {
  const client = createAwsClient(CodeGuruReviewerClient, { region: request.region });
  const created = await client.send(
    new CreateCodeReviewCommand({
      Name: request.name,
      RepositoryAssociationArn: request.associationArn,
      ClientRequestToken: request.name,
      Type: {
        RepositoryAnalysis: { RepositoryHead: { BranchName: request.branch } },
        AnalysisTypes: ['Security', 'CodeQuality'],
      },
    }),
  );
  const codeReviewArn = created.CodeReview?.CodeReviewArn;
  if (!codeReviewArn) throw new CodeGuruReviewError('CreateCodeReview returned no CodeReviewArn');
  await waitForCompletion(client, codeReviewArn, request);
  const summaries: RecommendationSummary[] = [];
  for await (const page of paginateListRecommendations({ client }, { CodeReviewArn: codeReviewArn })) {
    summaries.push(...(page.RecommendationSummaries ?? []));
  }
  return { codeReviewArn, ...mapRecommendations(summaries) };
}

async function waitForCompletion(
  client: CodeGuruReviewerClient,
  codeReviewArn: string,
  request: CodeGuruReviewRequest,
): Promise<CodeReview> {
  const lookAtReview = async (): Promise<CodeReview | undefined> => {
    const { CodeReview: review } = await client.send(
      new DescribeCodeReviewCommand({ CodeReviewArn: codeReviewArn }),
    );
    if (review?.State === 'Failed' || review?.State === 'Deleting') {
      throw new CodeGuruReviewError(
        `CodeGuru review ${codeReviewArn} is ${review.State}: ${review.StateReason ?? 'no reason given'}`,
      );
    }
    return review?.State === 'Completed' ? review : undefined;
  };
  try {
    return await pollUntil(lookAtReview, Date.now() + request.timeoutMs, request.polling);
  } catch (error) {
    if (!(error instanceof DeadlineExceededError)) throw error;
    throw new CodeGuruReviewError(
      `CodeGuru review ${codeReviewArn} did not complete within ${request.timeoutMs / 1000} s; ` +
        'raise --timeout or look at it in the CodeGuru console',
    );
  }
}

/** CodeGuru's recommendations as Rampart findings, with one rule per CodeGuru detector. */
export function mapRecommendations(
  summaries: RecommendationSummary[],
): Omit<CodeGuruReviewOutcome, 'codeReviewArn'> {
  const rules = new Map<string, RuleMeta>();
  const findings = summaries.map((summary) => {
    const rule = ruleOf(summary);
    rules.set(rule.id, rule);
    return findingOf(summary, rule);
  });
  return { findings, rules: [...rules.values()] };
}

function ruleOf(summary: RecommendationSummary): RuleMeta {
  const metadata = summary.RuleMetadata ?? {};
  // CodeGuru's own ids (`java/path-traversal@v1.0`) are kept, so its suppression files still match.
  const id = metadata.RuleId ?? `codeguru/${summary.RecommendationCategory ?? 'recommendation'}`;
  const tags = metadata.RuleTags ?? [];
  return {
    id,
    cwe: cweOf(tags),
    severity: SEVERITY[summary.Severity ?? ''] ?? 'medium',
    title: metadata.RuleName ?? metadata.ShortDescription ?? id,
    description: metadata.LongDescription ?? metadata.ShortDescription ?? '',
    remediation: metadata.ShortDescription ?? '',
    fixedExample: '',
    helpUri: DETECTOR_LIBRARY,
    tags: [...tags, ...(summary.RecommendationCategory ? [summary.RecommendationCategory] : [])],
    languages: [],
    kind: 'pattern',
  };
}

const CWE_TAG = /cwe[-_ ]?(\d+)/i;

function cweOf(tags: string[]): string[] {
  return tags.flatMap((tag) => {
    const number = CWE_TAG.exec(tag)?.[1];
    return number ? [`CWE-${number}`] : [];
  });
}

function findingOf(summary: RecommendationSummary, rule: RuleMeta): ReviewFinding {
  const path = summary.FilePath ?? '';
  const line = summary.StartLine ?? 1;
  const message = summary.Description ?? rule.title;
  return {
    ruleId: rule.id,
    severity: rule.severity,
    path,
    loc: { line, column: 1, endLine: summary.EndLine ?? line, endColumn: 1 },
    message,
    fingerprint: fingerprintOf(rule.id, path, '', message),
  };
}
