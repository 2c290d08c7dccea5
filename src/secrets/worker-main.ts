/** The entry of the secret-scan worker bundle (dist/secrets-worker): only the engine, so it starts fast. */
import { runSecretScanWorker } from './parallel';

if (!runSecretScanWorker()) {
  process.stderr.write('dist/secrets-worker runs as a worker thread of a parallel secret scan only\n');
  process.exitCode = 2;
}
