/**
 * pip requirements files (requirements.txt, requirements-dev.txt, …): one requirement per line,
 * with extras, environment markers and comments. Hash-pinned requirements (`--hash`) are reported,
 * not edited: their hashes would no longer match.
 */
import { baseName, type BuildFileEditor, noFindings, type SourceFile, unchangeableAt } from './declarations';
import { addRequirement } from './python-specifiers';

export const pythonRequirementsEditor: BuildFileEditor = {
  kind: 'pip requirements file',
  ecosystem: 'pypi',
  handles: (path) => /^requirements.*\.txt$/.test(baseName(path)),
  find(file, packageName) {
    const findings = noFindings();
    for (const line of logicalLines(file)) {
      // Blank lines, comments and options (-r other.txt, -e ., --index-url …) name no requirement.
      if (/^\s*(#|-|$)/.test(file.text.slice(line.start, line.end))) continue;
      const before = findings.declarations.length + findings.unchangeable.length;
      addRequirement(file, line.start, requirementEnd(file.text, line), packageName, findings);
      const found = findings.declarations.length + findings.unchangeable.length > before;
      if (found && line.continued.includes('--hash')) {
        findings.declarations.pop();
        findings.unchangeable.push(
          unchangeableAt(
            file,
            line.start,
            'it is hash-pinned (--hash): regenerate the file, e.g. pip-compile --generate-hashes',
          ),
        );
      }
    }
    return findings;
  },
};

interface LogicalLine {
  /** The first physical line: [start, end), without its line break. */
  start: number;
  end: number;
  /** The whole logical line, continuation lines (after a trailing backslash) included. */
  continued: string;
}

function* logicalLines(file: SourceFile): Generator<LogicalLine> {
  const { text } = file;
  let start = 0;
  while (start < text.length) {
    const end = lineEnd(text, start);
    let [physicalStart, physicalEnd] = [start, end];
    let next = nextLineStart(text, end);
    while (text.slice(physicalStart, physicalEnd).trimEnd().endsWith('\\') && next < text.length) {
      [physicalStart, physicalEnd] = [next, lineEnd(text, next)];
      next = nextLineStart(text, physicalEnd);
    }
    yield { start, end, continued: text.slice(start, next) };
    start = next;
  }
}

function lineEnd(text: string, start: number): number {
  const newline = text.indexOf('\n', start);
  const end = newline === -1 ? text.length : newline;
  return text[end - 1] === '\r' ? end - 1 : end;
}

function nextLineStart(text: string, end: number): number {
  const newline = text.indexOf('\n', end);
  return newline === -1 ? text.length : newline + 1;
}

/** Where the requirement ends: before a comment (` #`), an option (` --hash=…`) or a line continuation. */
function requirementEnd(text: string, line: LogicalLine): number {
  const content = text.slice(line.start, line.end);
  const stop = /\s#|\s--?[A-Za-z]|\\\s*$/.exec(content);
  return line.start + (stop ? stop.index : content.length);
}
