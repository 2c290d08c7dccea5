import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { deployCommand } from '../src/cli/commands/deploy';
import { TEMPLATE_V1, tempDir, writeManifest } from './support/deploy-fixtures';

const CLI = join(__dirname, '..', 'dist', 'cli', 'index.js');

function rampart(...args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('the rampart command (bundled)', () => {
  test('--help lists the commands and the exit codes', () => {
    const run = rampart('--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^ {2}deploy +Deploy one CloudFormation template/m);
    expect(run.stdout).toMatch(
      /^ {2}pipeline synth +Generate a CloudFormation template with a CodePipeline/m,
    );
    expect(run.stdout).toContain('Exit codes: 0 success, 1 the work ran and failed, 2 bad input or usage.');
  });

  test('deploy --help lists every flag with its default', () => {
    const run = rampart('deploy', '--help');
    expect(run.code).toBe(0);
    for (const flag of deployCommand.flags) {
      expect(run.stdout).toMatch(
        new RegExp(
          `^ {2}--${flag.name}\\b.*${flag.default ? `\\(default: ${flag.default.replace(/[{}]/g, '\\$&')}\\)` : ''}`,
          'm',
        ),
      );
    }
  });

  test('no command, an unknown command, an unknown flag and a missing flag are usage errors (exit 2)', () => {
    expect(rampart().code).toBe(2);
    const unknownCommand = rampart('deplo');
    expect([unknownCommand.code, unknownCommand.stderr.split('\n')[0]]).toEqual([
      2,
      'rampart: unknown command "deplo"',
    ]);
    const unknownFlag = rampart('deploy', '--manifest', 'm.yml', '--template', 't.yml', '--concurrancy', '3');
    expect(unknownFlag.code).toBe(2);
    expect(unknownFlag.stderr).toContain("error: rampart deploy: Unknown option '--concurrancy'");
    const missing = rampart('deploy', '--template', 't.yml');
    expect([missing.code, missing.stderr.trim()]).toEqual([
      2,
      'error: rampart deploy: --manifest is required',
    ]);
  });

  test('bad values and manifest errors are all reported at once, with exit 2', () => {
    const manifest = writeManifest([{ id: 'Bad_Id', accountId: '12', wave: 1 }], tempDir());
    const values = rampart(
      'deploy',
      '--manifest',
      manifest,
      '--template',
      TEMPLATE_V1,
      '--mode',
      'apply',
      '--concurrency',
      '0',
    );
    expect(values.code).toBe(2);
    expect(values.stderr.trim().split('\n')).toEqual([
      'error: --mode "apply" must be deploy or plan',
      'error: --concurrency "0" must be a whole number of at least 1',
    ]);
    const manifestErrors = rampart('deploy', '--manifest', manifest, '--template', TEMPLATE_V1);
    expect(manifestErrors.code).toBe(2);
    expect(manifestErrors.stderr).toContain(`error: ${manifest}:6: tenants[0].id "Bad_Id" must be`);
    expect(manifestErrors.stderr).toContain(
      `error: ${manifest}:7: tenants[0].accountId "12" must be 12 digits`,
    );
    const bothBad = rampart('deploy', '--manifest', manifest, '--template', '/nonexistent/app.yaml');
    expect(bothBad.code).toBe(2);
    expect(bothBad.stderr).toContain('error: /nonexistent/app.yaml: cannot read template: ENOENT');
    expect(bothBad.stderr).toContain(`error: ${manifest}:7: tenants[0].accountId "12" must be 12 digits`);
  });
});
