import type { DeployEvent } from './types';

/** One log line per deploy event, for the CLI's and the action's progress output. */
export function describeEvent(event: DeployEvent): string | undefined {
  switch (event.type) {
    case 'warning':
      return `warning: ${event.message}`;
    case 'wave-started':
      return `wave ${event.wave}: ${event.targets} stack(s)`;
    case 'tenant-started':
      return undefined;
    case 'tenant-finished': {
      const { result } = event;
      const detail = result.error ? `: ${result.error}` : '';
      return `  ${result.id} ${result.region} ${result.status} (${(result.durationMs / 1000).toFixed(1)}s)${detail}`;
    }
    case 'wave-halted':
      return `wave ${event.wave}: ${event.failed} failed, more than the ${event.tolerated} tolerated: no later wave starts`;
    case 'rollback-started':
      return `wave ${event.wave}: rolling back ${event.tenants} updated stack(s)`;
  }
}
