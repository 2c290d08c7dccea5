import {
  CodeGuruReviewerClient,
  CreateCodeReviewCommand,
  DescribeCodeReviewCommand,
  ListRecommendationsCommand,
  type CodeReview,
  type JobState,
  type RecommendationSummary,
} from '@aws-sdk/client-codeguru-reviewer';
import { mockClient } from 'aws-sdk-client-mock';
import { runCodeGuruReview, type CodeGuruReviewRequest } from '../src/review/codeguru/backend';

// moto has no CodeGuru Reviewer: every answer below is shaped as in the CodeGuru Reviewer API reference
// (CreateCodeReview, DescribeCodeReview, ListRecommendations, RuleMetadata).
const ASSOCIATION =
  'arn:aws:codeguru-reviewer:us-east-1:111111111111:association:0a1b2c3d-1111-2222-3333-444455556666';
const REVIEW_ARN =
  'arn:aws:codeguru-reviewer:us-east-1:111111111111:code-review:RepositoryAnalysis-rampart-42';
const REQUEST: CodeGuruReviewRequest = {
  region: 'us-east-1',
  associationArn: ASSOCIATION,
  branch: 'main',
  name: 'rampart-42',
  timeoutMs: 2_000,
  polling: { initialDelayMs: 5, maxDelayMs: 5, backoffFactor: 1 },
};

function review(state: JobState, stateReason?: string): { CodeReview: CodeReview } {
  return {
    CodeReview: {
      Name: 'rampart-42',
      CodeReviewArn: REVIEW_ARN,
      RepositoryName: 'checkout',
      ProviderType: 'CodeCommit',
      State: state,
      StateReason: stateReason,
      Type: 'RepositoryAnalysis',
      AssociationArn: ASSOCIATION,
    },
  };
}

const PATH_TRAVERSAL: RecommendationSummary = {
  FilePath: 'src/main/java/com/acme/Files.java',
  RecommendationId: 'a1b2c3d4e5f6',
  StartLine: 42,
  EndLine: 43,
  Description: 'A cookie value reaches FileOutputStream without validation.',
  RecommendationCategory: 'SecurityIssues',
  RuleMetadata: {
    RuleId: 'java/path-traversal@v1.0',
    RuleName: 'Path traversal',
    ShortDescription: 'Validate paths built from external input.',
    LongDescription:
      'Constructing paths from external input can let attackers reach files outside the intended folder.',
    RuleTags: ['injection', 'owasp-top10', 'cwe-22'],
  },
  Severity: 'High',
};

const RESOURCE_LEAK: RecommendationSummary = {
  FilePath: 'src/main/java/com/acme/Db.java',
  RecommendationId: 'f6e5d4c3b2a1',
  StartLine: 7,
  EndLine: 7,
  Description: 'The connection is not closed on every path.',
  RecommendationCategory: 'ResourceLeaks',
  RuleMetadata: { RuleId: 'java/resource-leak@v1.0', RuleName: 'Resource leak', RuleTags: ['resource-leak'] },
  Severity: 'Info',
};

describe('runCodeGuruReview against API-reference-shaped CodeGuru Reviewer responses', () => {
  const codeguru = mockClient(CodeGuruReviewerClient);
  beforeEach(() => codeguru.reset());

  test('creates a repository analysis, waits for Completed and reads every page of recommendations', async () => {
    codeguru.on(CreateCodeReviewCommand).resolves(review('Pending'));
    codeguru.on(DescribeCodeReviewCommand).resolvesOnce(review('Pending')).resolves(review('Completed'));
    codeguru
      .on(ListRecommendationsCommand)
      .resolvesOnce({ RecommendationSummaries: [PATH_TRAVERSAL], NextToken: 'page-2' })
      .resolves({ RecommendationSummaries: [RESOURCE_LEAK] });

    const outcome = await runCodeGuruReview(REQUEST);

    expect(codeguru.commandCalls(CreateCodeReviewCommand)[0]?.args[0].input).toEqual({
      Name: 'rampart-42',
      RepositoryAssociationArn: ASSOCIATION,
      ClientRequestToken: 'rampart-42',
      Type: {
        RepositoryAnalysis: { RepositoryHead: { BranchName: 'main' } },
        AnalysisTypes: ['Security', 'CodeQuality'],
      },
    });
    expect(codeguru.commandCalls(DescribeCodeReviewCommand)).toHaveLength(2);
    // The SDK's paginator reuses one input object, so only the last call's NextToken can be seen.
    expect(codeguru.commandCalls(ListRecommendationsCommand)).toHaveLength(2);
    expect(codeguru.commandCalls(ListRecommendationsCommand)[1]?.args[0].input.NextToken).toBe('page-2');
    expect(outcome.codeReviewArn).toBe(REVIEW_ARN);
    expect(
      outcome.findings.map(({ ruleId, severity, path, loc, message }) => ({
        ruleId,
        severity,
        path,
        loc,
        message,
      })),
    ).toEqual([
      {
        ruleId: 'java/path-traversal@v1.0',
        severity: 'high',
        path: 'src/main/java/com/acme/Files.java',
        loc: { line: 42, column: 1, endLine: 43, endColumn: 1 },
        message: 'A cookie value reaches FileOutputStream without validation.',
      },
      {
        ruleId: 'java/resource-leak@v1.0',
        severity: 'low',
        path: 'src/main/java/com/acme/Db.java',
        loc: { line: 7, column: 1, endLine: 7, endColumn: 1 },
        message: 'The connection is not closed on every path.',
      },
    ]);
    expect(outcome.rules[0]).toMatchObject({
      id: 'java/path-traversal@v1.0',
      cwe: ['CWE-22'],
      title: 'Path traversal',
      description:
        'Constructing paths from external input can let attackers reach files outside the intended folder.',
      tags: ['injection', 'owasp-top10', 'cwe-22', 'SecurityIssues'],
    });
    expect(outcome.findings[0]?.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  test('a review that fails reports CodeGuru reason', async () => {
    codeguru.on(CreateCodeReviewCommand).resolves(review('Pending'));
    codeguru
      .on(DescribeCodeReviewCommand)
      .resolves(review('Failed', 'Repository head not found: branch main'));

    await expect(runCodeGuruReview(REQUEST)).rejects.toThrow(
      `CodeGuru review ${REVIEW_ARN} is Failed: Repository head not found: branch main`,
    );
    expect(codeguru.commandCalls(ListRecommendationsCommand)).toHaveLength(0);
  });

  test('a review still pending at the timeout is an error that says what to do', async () => {
    codeguru.on(CreateCodeReviewCommand).resolves(review('Pending'));
    codeguru.on(DescribeCodeReviewCommand).resolves(review('Pending'));

    await expect(runCodeGuruReview({ ...REQUEST, timeoutMs: 50 })).rejects.toThrow(
      `CodeGuru review ${REVIEW_ARN} did not complete within 0.05 s; raise --timeout or look at it in the CodeGuru console`,
    );
    expect(codeguru.commandCalls(ListRecommendationsCommand)).toHaveLength(0);
  });

  test('an association CodeGuru no longer knows surfaces its error', async () => {
    codeguru
      .on(CreateCodeReviewCommand)
      .rejects(Object.assign(new Error('Association arn:... not found'), { name: 'NotFoundException' }));

    await expect(runCodeGuruReview(REQUEST)).rejects.toThrow('Association arn:... not found');
  });
});
