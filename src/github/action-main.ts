import { closeAwsConnections } from '../aws/client-factory';
import { InputError } from '../errors';
import { setFailed } from './actions-toolkit';

/**
 * How every Rampart action runs its body: bad input (every problem, one per line) or any other error
 * fails the step with a message, and pooled AWS connections are closed so that the process can exit.
 */
export function runActionMain(body: () => Promise<void>): void {
  body()
    .catch((error: unknown) =>
      setFailed(
        error instanceof InputError ? error.problems.join('\n') : String((error as Error)?.message ?? error),
      ),
    )
    .finally(closeAwsConnections);
}
