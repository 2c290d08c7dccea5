import { analyzeProgram } from '../../src/review/analysis';
import { lowerFile } from '../../src/review/languages';
import { languageOfPath } from '../../src/review/parser';
import type { ReviewFinding } from '../../src/review/types';

/**
 * Source files reviewed as one program, with the lines where a finding must be reported marked
 * `// HERE` (Python `# HERE`).
 */
export type Files = Record<string, string>;

export async function review(files: Files): Promise<ReviewFinding[]> {
  const modules = [];
  for (const [path, text] of Object.entries(files))
    modules.push(await lowerFile(path, text, languageOfPath(path)!));
  return analyzeProgram(modules);
}

/** The marked lines as `path:line`, in the order findings are sorted (path, then line). */
export function markedLines(files: Files): string[] {
  return Object.keys(files)
    .sort()
    .flatMap((path) =>
      files[path]!.split('\n').flatMap((line, index) =>
        /(\/\/|#) HERE\b/.test(line) ? [`${path}:${index + 1}`] : [],
      ),
    );
}

/** Asserts the rule is reported exactly on the marked lines (none: no finding at all). */
export async function expectReported(ruleId: string, files: Files): Promise<ReviewFinding[]> {
  const findings = (await review(files)).filter((finding) => finding.ruleId === ruleId);
  expect(findings.map((finding) => `${finding.path}:${finding.loc.line}`)).toEqual(markedLines(files));
  return findings;
}
