/**
 * The dependency-loop demo's GitHub stand-in (test/support/github-api.ts) in a process of its own:
 * the demo runs the rampart CLI synchronously, which would block a server in its own process.
 *
 * Arguments: one `owner/name` or `owner/name=BARE_GIT_DIR` per repository (the first is the
 * default one). It prints `{"apiUrl": …, "token": …}` on one line once listening, and stops when
 * its standard input closes.
 */
import { startFakeGitHub } from '../test/support/github-api';

async function serve(specs: string[]): Promise<void> {
  const repositories = specs.map((spec) => {
    const [name = '', gitDir] = spec.split('=');
    return { name, gitDir };
  });
  const [owner = 'acme', repo = 'app'] = (repositories[0]?.name ?? '').split('/');
  const github = await startFakeGitHub(owner, repo);
  for (const { name, gitDir } of repositories) github.repository(name, gitDir ? { gitDir } : {});
  process.stdout.write(`${JSON.stringify({ apiUrl: github.apiUrl, token: github.token })}\n`);
  process.stdin.on('end', () => {
    github.close().then(() => process.exit(0));
  });
  process.stdin.resume();
}

serve(process.argv.slice(2)).catch((error: Error) => {
  process.stderr.write(`fake GitHub: ${error.message}\n`);
  process.exit(1);
});
