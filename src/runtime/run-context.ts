/** Where a run comes from, for session names and tags that make each change traceable in CloudTrail. */
export interface RunContext {
  repository: string;
  commit: string;
  runId: string;
  actor: string;
}

/** Reads the run's identity from GitHub Actions or CodeBuild variables, or the local shell. */
export function detectRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  if (env.GITHUB_ACTIONS === 'true') {
    return {
      repository: env.GITHUB_REPOSITORY ?? 'unknown',
      commit: env.GITHUB_SHA ?? 'unknown',
      runId: [env.GITHUB_RUN_ID, env.GITHUB_RUN_ATTEMPT].filter(Boolean).join('-') || 'unknown',
      actor: env.GITHUB_ACTOR ?? 'unknown',
    };
  }
  if (env.CODEBUILD_BUILD_ID) {
    return {
      repository: env.CODEBUILD_SOURCE_REPO_URL ?? 'unknown',
      commit: env.CODEBUILD_RESOLVED_SOURCE_VERSION ?? 'unknown',
      runId: env.CODEBUILD_BUILD_ID.split(':').pop() ?? env.CODEBUILD_BUILD_ID,
      actor: env.CODEBUILD_INITIATOR ?? 'codebuild',
    };
  }
  return { repository: 'local', commit: 'local', runId: `local-${Date.now()}`, actor: env.USER ?? 'unknown' };
}
