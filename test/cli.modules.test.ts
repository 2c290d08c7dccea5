import { commandModules } from '../src/cli/main';
import { runCli } from './support/run-cli';

describe('the rampart command modules, loaded on use', () => {
  test("each module's names are exactly the names of the commands it loads, and no name is routed twice", async () => {
    const routed: string[] = [];
    for (const module of commandModules()) {
      const loaded = (await module.load()).map((command) => command.name);
      expect(loaded).toEqual(module.names);
      routed.push(...module.names);
    }
    expect(new Set(routed).size).toBe(routed.length);
  });

  test('help lists every command; a group lists its own; an unknown command is bad usage', async () => {
    const help = await runCli('--help');
    const names = commandModules().flatMap((module) => module.names);
    for (const name of names) expect(help.stdout).toContain(`  ${name} `);

    const group = await runCli('secrets', '--help');
    expect(group.code).toBe(0);
    expect(group.stdout).toContain('secrets scan');
    expect(group.stdout).not.toContain('deploy');

    const unknown = await runCli('secrets', 'shred');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('rampart: unknown command "secrets shred"');
  });
});
