import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { runAction } from './support/run-action';

describe('the root setup action, run as the runner runs it', () => {
  test('puts a working rampart command on PATH for later steps', async () => {
    const run = await runAction(join(__dirname, '..'), {});

    expect(run.exitCode).toBe(0);
    expect(run.addedPath).toHaveLength(1);
    const launcher = join(run.addedPath[0] ?? '', 'rampart');
    const version = spawnSync(launcher, ['--version'], { encoding: 'utf8' });
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const help = spawnSync(launcher, ['deploy', '--help'], { encoding: 'utf8' });
    expect(help.stdout).toContain('Usage: rampart deploy --manifest FILE --template FILE|URL');
  });
});
