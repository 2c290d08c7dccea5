import { detectRunContext } from '../src/runtime/run-context';

describe('detectRunContext', () => {
  test('GitHub Actions: repository, commit, run id with attempt, actor', () => {
    expect(
      detectRunContext({
        GITHUB_ACTIONS: 'true',
        GITHUB_REPOSITORY: 'acme/app',
        GITHUB_SHA: 'abc123',
        GITHUB_RUN_ID: '99',
        GITHUB_RUN_ATTEMPT: '2',
        GITHUB_ACTOR: 'octocat',
        CODEBUILD_BUILD_ID: 'ignored:1',
      }),
    ).toEqual({ repository: 'acme/app', commit: 'abc123', runId: '99-2', actor: 'octocat' });
  });

  test('CodeBuild: source repository, resolved commit, the build id without the project name', () => {
    expect(
      detectRunContext({
        CODEBUILD_BUILD_ID: 'release-pipeline:0b7c2f9e-1111-2222-3333-444455556666',
        CODEBUILD_SOURCE_REPO_URL: 'https://github.com/acme/app',
        CODEBUILD_RESOLVED_SOURCE_VERSION: 'def456',
        CODEBUILD_INITIATOR: 'codepipeline/release',
      }),
    ).toEqual({
      repository: 'https://github.com/acme/app',
      commit: 'def456',
      runId: '0b7c2f9e-1111-2222-3333-444455556666',
      actor: 'codepipeline/release',
    });
  });

  test('a terminal: local run with the user name', () => {
    const context = detectRunContext({ USER: 'dev' });
    expect(context).toMatchObject({ repository: 'local', commit: 'local', actor: 'dev' });
    expect(context.runId).toMatch(/^local-\d+$/);
  });
});
