/**
 * An AbortSignal that fires on the first SIGINT or SIGTERM (a cancelled workflow or build), so that
 * work in flight can finish cleanly. `dispose` removes the handlers.
 */
export function cancelOnTermination(onCancel: (signal: NodeJS.Signals) => void): {
  signal: AbortSignal;
  dispose: () => void;
} {
  const controller = new AbortController();
  const handler = (signal: NodeJS.Signals) => {
    onCancel(signal);
    controller.abort();
  };
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
  return {
    signal: controller.signal,
    dispose: () => {
      process.off('SIGINT', handler);
      process.off('SIGTERM', handler);
    },
  };
}
