/** The entry of the load-test worker bundle (dist/load-test-worker): the generator only, so it starts fast. */
import { runLoadTestWorker } from './threads';

if (!runLoadTestWorker()) {
  process.stderr.write('dist/load-test-worker runs as a worker thread of a local load test only\n');
  process.exitCode = 2;
}
