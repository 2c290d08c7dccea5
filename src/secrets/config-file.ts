import picomatch from 'picomatch';
import {
  compileSchema,
  formatPath,
  type Problem,
  parseValidatedYaml,
  type SourceMap,
} from '../config/yaml-document';
import type { SecretsConfig } from './config';
import { compileRegex } from './matchers';
import { BUILT_IN_RULES } from './rules';
import schema from './secrets-config.schema.json';
import type { SecretRule, Severity } from './types';

interface WrittenRule {
  id: string;
  description: string;
  severity?: Severity;
  keywords?: string[];
  pattern: string;
  maxMatchLength?: number;
  minEntropy?: number;
  remediation?: string;
}
interface WrittenConfig {
  skip?: string[];
  disable?: string[];
  allow?: { fingerprint: string; reason: string }[];
  rules?: WrittenRule[];
}

const validateConfig = compileSchema<WrittenConfig>(schema);

/** A secrets config's text, validated: every problem at once, with file, line and field. */
export function parseSecretsConfig(text: string, file: string): SecretsConfig {
  const { data } = parseValidatedYaml(text, file, {
    validate: validateConfig,
    rootName: 'secrets config',
    furtherProblems: semanticProblems,
  });
  const disabled = new Set(data.disable ?? []);
  const skip = data.skip ?? [];
  const isSkipped = skip.length > 0 ? picomatch(skip, { dot: true }) : () => false;
  return {
    rules: [
      ...BUILT_IN_RULES.filter((rule) => !disabled.has(rule.id)),
      ...(data.rules ?? []).map(customRule),
    ],
    skips: (path) => isSkipped(path),
    allowed: new Map((data.allow ?? []).map((entry) => [entry.fingerprint, entry.reason])),
  };
}

function customRule(written: WrittenRule): SecretRule {
  return {
    id: written.id,
    description: written.description,
    severity: written.severity ?? 'high',
    keywords: (written.keywords ?? []).map((keyword) => keyword.toLowerCase()),
    match: { kind: 'regex', pattern: written.pattern, maxMatchLength: written.maxMatchLength ?? 256 },
    minEntropy: written.minEntropy,
    remediation:
      written.remediation ??
      'Revoke the credential where it was issued, issue a new one, and keep it in a secret store.',
  };
}

type Loose = Record<string, unknown>;

function semanticProblems(data: unknown, source: SourceMap): Problem[] {
  const root = (typeof data === 'object' && data !== null ? data : {}) as Loose;
  const problems: Problem[] = [];
  const builtIn = new Set(BUILT_IN_RULES.map((rule) => rule.id));
  const at = (path: (string | number)[], text: string) =>
    problems.push({ line: source.lineOf(path), text: `${formatPath(path)} ${text}` });
  (Array.isArray(root.disable) ? root.disable : []).forEach((id, index) => {
    if (typeof id === 'string' && !builtIn.has(id)) {
      at(['disable', index], `"${id}" is not a built-in rule (known: ${[...builtIn].join(', ')})`);
    }
  });
  (Array.isArray(root.rules) ? root.rules : []).forEach((rule: Loose, index) => {
    if (typeof rule?.id === 'string' && builtIn.has(rule.id)) {
      at(
        ['rules', index, 'id'],
        `"${rule.id}" is a built-in rule's id: choose another (or disable the built-in one)`,
      );
    }
    if (typeof rule?.pattern !== 'string') return;
    try {
      compileRegex(rule.pattern);
    } catch (error) {
      at(
        ['rules', index, 'pattern'],
        `is not valid RE2, the syntax that keeps matching linear in time (no backreferences, lookahead or lookbehind): ${(error as Error).message}`,
      );
    }
  });
  return problems;
}
