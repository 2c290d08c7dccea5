import { InputError } from '../errors';
import { loadDetails } from './details';
import {
  buildMessage,
  type Details,
  flagName,
  type InputNamer,
  knownOrigin,
  type NotificationMessage,
  type RunOrigin,
  runOriginFromEnvironment,
} from './message';
import { type NotifyTarget, parseTargets } from './targets';

/** What an adapter was given (flags or action inputs), unchecked. */
export interface NotifyInputs {
  to: string[];
  title?: string;
  status?: string;
  detailsFile?: string;
  /** Given by the user: each wins over what the environment says. */
  origin: RunOrigin;
  region?: string;
  env: NodeJS.ProcessEnv;
}

/** Checks everything before anything is sent, and reports every problem at once. */
export async function prepareNotification(
  inputs: NotifyInputs,
  name: InputNamer = flagName,
): Promise<{ message: NotificationMessage; targets: NotifyTarget[] }> {
  const problems: string[] = [];
  const checked = async <T>(work: () => T | Promise<T>): Promise<T | undefined> => {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(...error.problems);
      return undefined;
    }
  };
  const targets = await checked(() => parseTargets(inputs.to, inputs, name));
  const { detailsFile } = inputs;
  const details: Details | undefined = detailsFile
    ? await checked(() => loadDetails(detailsFile))
    : undefined;
  const detailsFailed = detailsFile !== undefined && details === undefined;
  const message = await checked(() =>
    buildMessage(
      {
        // Unreadable details have an unknown title: a stand-in keeps --title from being asked for too.
        title: inputs.title ?? (detailsFailed ? 'the title of the details' : undefined),
        status: inputs.status ?? '',
        origin: { ...runOriginFromEnvironment(inputs.env), ...knownOrigin(inputs.origin) },
        details,
      },
      name,
    ),
  );
  if (problems.length > 0 || !message || !targets) throw new InputError(problems);
  return { message, targets };
}
