import type { SourceModule } from '../ir';
import type { ReviewFinding, RuleMeta, SuppressedFinding } from '../types';
import { type CodeGuruConfig, codeGuruExclusion } from './codeguru-config';
import { ignoreFor, type InlineIgnore, inlineIgnoresOf, inlineReason } from './inline';

export { loadReviewBaseline, baselineFingerprints } from './baseline';
export {
  CODEGURU_CONFIG_FILE,
  type CodeGuruConfig,
  isExcludedPath,
  loadCodeGuruConfig,
  parseCodeGuruConfig,
} from './codeguru-config';
export { CODEGURU_DETECTOR_RULES } from './codeguru-detectors';
export { isInSourceSuppression } from './inline';

export interface SuppressionSources {
  /** Metadata of the rules that ran: their ids check `rampart-ignore` comments, their tags `excludeTags`. */
  rules: RuleMeta[];
  /** The repository's aws-codeguru-reviewer.yml, if it has one. */
  codeguruConfig?: CodeGuruConfig;
  /** Each reviewed file's comments (SourceModule.comments), by repository-relative path. */
  commentsByPath?: ReadonlyMap<string, SourceModule['comments']>;
  /** Fingerprints of accepted findings (`--baseline`). */
  baseline?: ReadonlySet<string>;
}

export interface SuppressionOutcome {
  /** Findings still to act on, in their original order. */
  findings: ReviewFinding[];
  suppressed: SuppressedFinding[];
  /** Problems with the suppressions themselves (`path:line: …`), sorted. */
  warnings: string[];
}

/**
 * Splits findings into those to act on and those suppressed, with the first reason that applies:
 * a `rampart-ignore` comment, then aws-codeguru-reviewer.yml, then the baseline.
 */
export function applySuppressions(
  findings: ReviewFinding[],
  sources: SuppressionSources,
): SuppressionOutcome {
  const rules = new Map(sources.rules.map((rule) => [rule.id, rule]));
  const { ignores, warnings } = inlineIgnores(sources.commentsByPath, new Set(rules.keys()));
  const reasonFor = (finding: ReviewFinding): string | undefined => {
    const ignore = ignoreFor(ignores, finding);
    if (ignore) return inlineReason(ignore);
    const excluded =
      sources.codeguruConfig && codeGuruExclusion(sources.codeguruConfig, finding, rules.get(finding.ruleId));
    if (excluded) return excluded;
    return sources.baseline?.has(finding.fingerprint) ? 'baseline' : undefined;
  };
  const kept: ReviewFinding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const finding of findings) {
    const reason = reasonFor(finding);
    if (reason) suppressed.push({ finding, reason });
    else kept.push(finding);
  }
  return { findings: kept, suppressed, warnings };
}

function inlineIgnores(
  commentsByPath: SuppressionSources['commentsByPath'],
  ruleIds: ReadonlySet<string>,
): { ignores: InlineIgnore[]; warnings: string[] } {
  const ignores: InlineIgnore[] = [];
  const warnings: string[] = [];
  const paths = [...(commentsByPath?.keys() ?? [])].sort();
  for (const path of paths) {
    const found = inlineIgnoresOf(path, commentsByPath?.get(path) ?? [], ruleIds);
    ignores.push(...found.ignores);
    warnings.push(...found.warnings);
  }
  return { ignores, warnings };
}
