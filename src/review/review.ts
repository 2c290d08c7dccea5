import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { git } from '../runtime/git';
import { InputError } from '../errors';
import { oneOf } from '../runtime/choice';
import { listFiles } from '../runtime/file-tree';
import { analyzeProgram } from './analysis';
import { runCodeGuruReview } from './codeguru/backend';
import { changedLines, onChangedLines } from './diff';
import type { Language, SourceModule } from './ir';
import { lowerFile } from './languages';
import { languageOfPath } from './parser';
import { RULES } from './rules/catalog';
import { applySuppressions, isExcludedPath, loadCodeGuruConfig, loadReviewBaseline } from './suppression';
import type { ReviewFinding, ReviewResult, RuleMeta, SkippedFile } from './types';

export const LANGUAGES: readonly Language[] = ['java', 'python', 'javascript', 'typescript'];
/** `js` covers JavaScript and TypeScript, as most teams name them together. */
const LANGUAGE_NAMES: Record<string, Language[]> = {
  java: ['java'],
  python: ['python'],
  js: ['javascript', 'typescript'],
  javascript: ['javascript'],
  typescript: ['typescript'],
};

/** A comma-separated language list as users write it (`java,js`); every language when absent. */
export function parseLanguageList(value: string | undefined, what: string): Language[] {
  if (value === undefined) return [...LANGUAGES];
  const names = value.split(',').map((name) => name.trim().toLowerCase());
  return [
    ...new Set(names.flatMap((name) => LANGUAGE_NAMES[oneOf(what, name, Object.keys(LANGUAGE_NAMES))] ?? [])),
  ];
}

/**
 * Build output, dependencies, virtual environments and the `.rampart` checkout the workflows and
 * buildspecs use: other people's code, or code generated from ours.
 */
const NOT_REVIEWED_FOLDERS = new Set([
  '.rampart',
  'target',
  'build',
  'dist',
  'out',
  'vendor',
  '.venv',
  'venv',
  '__pycache__',
]);
const MINIFIED = /\.min\.(js|mjs|cjs)$/;

export interface SourceSelection {
  root: string;
  languages: readonly Language[];
  /** Paths (relative, `/`-separated) the user excluded, e.g. by aws-codeguru-reviewer.yml. */
  isExcluded: (path: string) => boolean;
}

export interface LoadedSources {
  modules: SourceModule[];
  skipped: SkippedFile[];
  lineCount: number;
}

function isGenerated(path: string): boolean {
  return path.split('/').some((segment) => NOT_REVIEWED_FOLDERS.has(segment)) || MINIFIED.test(path);
}

/** The repository's source files Rampart reviews, relative to the root. */
/**
 * What git tracks or would track below `root`, so that `.gitignore` holds (files deleted from the
 * work tree but not yet from the index left out); undefined outside a git work tree.
 */
async function filesGitKnows(root: string): Promise<string[] | undefined> {
  const listing = await git(root, ['ls-files', '--cached', '--others', '--exclude-standard', '-z']).catch(
    () => undefined,
  );
  if (listing === undefined) return undefined;
  const paths = [...new Set(listing.split('\0').filter(Boolean))].sort();
  const present = await Promise.all(
    paths.map((path) =>
      stat(join(root, path)).then(
        (s) => s.isFile(),
        () => false,
      ),
    ),
  );
  return paths.filter((_, index) => present[index]);
}

export async function sourceFiles(
  selection: SourceSelection,
): Promise<{ path: string; language: Language }[]> {
  const skip = (path: string) => isGenerated(path) || selection.isExcluded(path);
  const known = await filesGitKnows(selection.root);
  const paths = known ? known.filter((path) => !skip(path)) : await listFiles(selection.root, skip);
  return paths.flatMap((path) => {
    const language = languageOfPath(path);
    return language && selection.languages.includes(language) ? [{ path, language }] : [];
  });
}

function syntaxProblem(module: SourceModule): SkippedFile {
  const first = module.syntaxErrors[0]!;
  return {
    path: module.path,
    reason: `${module.path}:${first.line}:${first.column}: syntax error (${module.syntaxErrors.length} in the file); file skipped`,
  };
}

/** Reads and lowers every source file; a file that cannot be read or parsed is skipped and said so. */
export async function loadSources(selection: SourceSelection): Promise<LoadedSources> {
  const loaded: LoadedSources = { modules: [], skipped: [], lineCount: 0 };
  for (const { path, language } of await sourceFiles(selection)) {
    let module: SourceModule;
    try {
      module = await lowerFile(path, await readFile(join(selection.root, path), 'utf8'), language);
    } catch (error) {
      loaded.skipped.push({ path, reason: `${path}: ${(error as Error).message}; file skipped` });
      continue;
    }
    if (module.syntaxErrors.length > 0) {
      loaded.skipped.push(syntaxProblem(module));
      continue;
    }
    loaded.modules.push(module);
    loaded.lineCount += module.lineCount;
  }
  return loaded;
}

export function sortFindings(findings: ReviewFinding[]): ReviewFinding[] {
  return [...findings].sort(
    (a, b) =>
      a.path.localeCompare(b.path) ||
      a.loc.line - b.loc.line ||
      a.loc.column - b.loc.column ||
      a.ruleId.localeCompare(b.ruleId),
  );
}

/** Rampart's own engine over the whole repository: every finding, before suppressions and diff filtering. */
export async function analyzeRepository(
  selection: SourceSelection,
): Promise<
  Omit<ReviewResult, 'mode' | 'suppressed' | 'warnings' | 'durationMs'> & { modules: SourceModule[] }
> {
  const { modules, skipped, lineCount } = await loadSources(selection);
  return {
    engine: 'rampart',
    findings: sortFindings(analyzeProgram(modules)),
    rules: RULES.filter((rule) => rule.languages.some((language) => selection.languages.includes(language))),
    skipped,
    filesReviewed: modules.length,
    linesReviewed: lineCount,
    modules,
  };
}

export interface CodeGuruOptions {
  region: string;
  associationArn: string;
  branch: string;
  name: string;
  timeoutMs: number;
}

export interface ReviewRequest {
  root: string;
  mode: 'full' | 'diff';
  /** The branch or commit a diff review compares with. */
  base: string;
  languages: readonly Language[];
  baselineFile?: string;
  engine: 'rampart' | 'codeguru';
  codeguru?: CodeGuruOptions;
}

interface EngineOutcome {
  findings: ReviewFinding[];
  rules: RuleMeta[];
  skipped: SkippedFile[];
  filesReviewed: number;
  linesReviewed: number;
  comments: Map<string, SourceModule['comments']>;
}

async function rampartEngine(selection: SourceSelection): Promise<EngineOutcome> {
  const { modules, ...analysed } = await analyzeRepository(selection);
  return { ...analysed, comments: new Map(modules.map((module) => [module.path, module.comments])) };
}

async function codeGuruEngine(request: ReviewRequest, selection: SourceSelection): Promise<EngineOutcome> {
  if (!request.codeguru) throw new InputError(['--engine codeguru needs --codeguru-association-arn']);
  const { findings, rules } = await runCodeGuruReview(request.codeguru);
  return {
    findings: sortFindings(findings.filter((finding) => !selection.isExcluded(finding.path))),
    rules,
    skipped: [],
    filesReviewed: 0,
    linesReviewed: 0,
    comments: new Map(),
  };
}

/**
 * The whole review: analyse (always the whole repository, so flows into changed lines are found),
 * apply aws-codeguru-reviewer.yml, inline `rampart-ignore` comments and the baseline, then keep
 * only findings on changed lines in diff mode.
 */
export async function runReview(request: ReviewRequest): Promise<ReviewResult> {
  const started = performance.now();
  const [codeguruConfig, baseline, changed] = await Promise.all([
    loadCodeGuruConfig(request.root),
    request.baselineFile ? loadReviewBaseline(request.baselineFile) : undefined,
    request.mode === 'diff' ? changedLines(request.root, request.base) : undefined,
  ]);
  const selection: SourceSelection = {
    root: request.root,
    languages: request.languages,
    isExcluded: (path) => isExcludedPath(codeguruConfig, path),
  };
  const outcome =
    request.engine === 'codeguru' ? await codeGuruEngine(request, selection) : await rampartEngine(selection);
  const { findings, suppressed, warnings } = applySuppressions(outcome.findings, {
    rules: outcome.rules,
    codeguruConfig,
    commentsByPath: outcome.comments,
    baseline,
  });
  const onChanged = (all: ReviewFinding[]) => (changed ? onChangedLines(all, changed) : all);
  const inDiff = new Set(onChanged(suppressed.map((entry) => entry.finding)));
  return {
    engine: request.engine,
    mode: request.mode,
    findings: onChanged(findings),
    rules: outcome.rules,
    suppressed: suppressed.filter((entry) => inDiff.has(entry.finding)),
    skipped: outcome.skipped,
    warnings,
    filesReviewed: outcome.filesReviewed,
    linesReviewed: outcome.linesReviewed,
    durationMs: Math.round(performance.now() - started),
  };
}
