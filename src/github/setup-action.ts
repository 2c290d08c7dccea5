import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { INSTALL_ROOT } from '../runtime/install-root';
import { addToPath, info, setFailed } from './actions-toolkit';

/**
 * The root action: puts a `rampart` command on PATH that runs the bundled CLI with the same Node.js
 * the runner uses for actions, so later `run:` steps can call `rampart …`.
 */
async function setup(): Promise<void> {
  const binDirectory = join(process.env.RUNNER_TEMP ?? INSTALL_ROOT, 'rampart-bin');
  // From INSTALL_ROOT, not __dirname: the bundler would copy a file found from __dirname into this
  // bundle, without the CLI's chunks and grammars.
  const cli = join(INSTALL_ROOT, 'dist', 'cli', 'index.js');
  await mkdir(binDirectory, { recursive: true });
  const launcher = join(binDirectory, 'rampart');
  await writeFile(launcher, `#!/bin/sh\nexec "${process.execPath}" "${cli}" "$@"\n`);
  await chmod(launcher, 0o755);
  await writeFile(`${launcher}.cmd`, `@"${process.execPath}" "${cli}" %*\r\n`);
  addToPath(binDirectory);
  info(`rampart is on PATH (${launcher})`);
}

setup().catch((error: Error) => setFailed(error.message));
