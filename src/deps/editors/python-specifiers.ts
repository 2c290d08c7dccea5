/**
 * Python version specifiers: PEP 508 requirements (`acme-lib[extra] >=1.2, <2 ; python_version > "3.8"`)
 * and Poetry constraints (`^1.2.3`, `~1.2`, `1.2.3`). The clause that pins the version (`==`, `~=`,
 * `>=`, Poetry's `^` / `~` / bare) is the one that changes; the other clauses are kept as
 * constraints the new version must meet.
 */
import { samePackage } from '../ecosystems';
import { isPlainVersion } from '../versions';
import { declarationAt, type Findings, type SourceFile, unchangeableAt } from './declarations';

export const PEP_440_PINS = ['==', '===', '~=', '>='];
export const POETRY_PINS = ['^', '~', '==', '=', '>=', '~=', ''];

const REQUIREMENT_NAME = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[[^\]]*\])?\s*/;
const CLAUSE = /^\s*(\^|~=|~|===|==|!=|<=|>=|<|>|=)?\s*(\S+?)\s*$/;

/** A PEP 508 requirement at [start, end) of the file; only when it names `packageName`. */
export function addRequirement(
  file: SourceFile,
  start: number,
  end: number,
  packageName: string,
  findings: Findings,
): void {
  const text = file.text.slice(start, end);
  const head = REQUIREMENT_NAME.exec(text);
  if (!head || !samePackage('pypi', head[1] ?? '', packageName)) return;
  const markers = text.indexOf(';', head[0].length);
  const specifierEnd = start + (markers === -1 ? text.length : markers);
  const specifier = file.text.slice(start + head[0].length, specifierEnd);
  if (specifier.trimStart().startsWith('@')) {
    findings.unchangeable.push(
      unchangeableAt(file, start, 'it is a direct reference (name @ URL), not a version'),
    );
    return;
  }
  addSpecifier(file, start + head[0].length, specifierEnd, PEP_440_PINS, findings);
}

/** A specifier (comma-separated clauses, maybe in parentheses) at [start, end) of the file. */
export function addSpecifier(
  file: SourceFile,
  start: number,
  end: number,
  pins: string[],
  findings: Findings,
): void {
  const clauses = clausesOf(file.text, start, end);
  const written = file.text.slice(start, end).trim();
  if (clauses.length === 0) {
    findings.unchangeable.push(unchangeableAt(file, start, 'it has no version (any version goes)'));
    return;
  }
  const pin = clauses.find((clause) => pins.includes(clause.operator) && isPlainVersion(clause.version));
  if (!pin) {
    const allowed = pins.filter(Boolean).join(' ');
    findings.unchangeable.push(
      unchangeableAt(file, start, `"${written}" pins no plain version with ${allowed}`),
    );
    return;
  }
  const constraints = clauses
    .filter((clause) => clause !== pin)
    .map(({ operator, version }) => ({ operator, version }));
  findings.declarations.push({ ...declarationAt(file, pin.start, pin.end), constraints });
}

interface Clause {
  operator: string;
  version: string;
  start: number;
  end: number;
}

function clausesOf(text: string, start: number, end: number): Clause[] {
  const clauses: Clause[] = [];
  let position = start;
  for (const part of text.slice(start, end).split(',')) {
    const unwrapped = part.replace(/[()]/g, ' ');
    const match = CLAUSE.exec(unwrapped);
    if (match?.[2] && match[2] !== '*') {
      const versionStart = position + unwrapped.lastIndexOf(match[2]);
      clauses.push({
        operator: match[1] ?? '',
        version: match[2],
        start: versionStart,
        end: versionStart + match[2].length,
      });
    }
    position += part.length + 1;
  }
  return clauses;
}
