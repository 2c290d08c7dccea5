import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tempDir } from './deploy-fixtures';

/** A real git repository in a temporary folder, for tests that read commits. */
export class GitRepo {
  readonly root: string;

  constructor(root = tempDir()) {
    this.root = root;
    this.git('init', '--quiet', '--initial-branch=main');
    this.git('config', 'user.name', 'Dev One');
    this.git('config', 'user.email', 'dev1@example.com');
    this.git('config', 'commit.gpgsign', 'false');
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.root, encoding: 'utf8' }).trim();
  }

  /** Writes (or, for null, deletes) files, commits them, and returns the new commit's SHA. */
  commit(files: Record<string, string | Buffer | null>, message = 'change', author?: string): string {
    for (const [path, content] of Object.entries(files)) {
      const file = join(this.root, path);
      if (content === null) {
        rmSync(file);
      } else {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, content);
      }
    }
    this.git('add', '--all');
    this.git('commit', '--quiet', '--allow-empty', '-m', message, ...(author ? ['--author', author] : []));
    return this.head();
  }

  head(): string {
    return this.git('rev-parse', 'HEAD');
  }
}

export const ZERO_SHA = '0000000000000000000000000000000000000000';
