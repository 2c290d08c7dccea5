import { parse, stringify } from 'yaml';

export const BUILDSPEC_NAMES = [
  'base',
  'build',
  'security-review',
  'secret-scan',
  'integration-test',
  'load-test',
  'post-deploy-gates',
] as const;
export type BuildspecName = (typeof BUILDSPEC_NAMES)[number];
/** The texts of pipelines/buildspecs/<name>.yml. */
export type BuildspecTexts = Record<BuildspecName, string>;

interface Buildspec {
  phases?: Record<string, { commands?: string[]; [key: string]: unknown }>;
  [key: string]: unknown;
}

/**
 * base.yml merged with a project's buildspec; the project's `commands: []` phase (if any) receives
 * `commands`, and a phase left without commands is dropped (CodeBuild rejects an empty one).
 */
export function composeBuildspec(
  texts: BuildspecTexts,
  name: Exclude<BuildspecName, 'base'>,
  commands: string[] = [],
): string {
  const base = parse(texts.base) as Buildspec;
  const own = parse(texts[name]) as Buildspec;
  const phases = { ...base.phases };
  for (const [phase, settings] of Object.entries(own.phases ?? {})) {
    const filled = settings.commands?.length === 0 ? { ...settings, commands } : settings;
    if (filled.commands?.length === 0) continue;
    phases[phase] = { ...phases[phase], ...filled };
  }
  return stringify({ ...base, ...own, phases }, { lineWidth: 0 });
}
