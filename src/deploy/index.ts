export { type FailureTolerance, parseFailureTolerance } from './failure-tolerance';
export { DEFAULT_POLLING, type PollingPolicy } from '../runtime/polling';
export { renderMarkdown, renderTable, summaryLine } from './report';
export { succeeded } from './summary';
export { loadTemplate } from './template';
export type * from './types';
export { deployTenants } from './wave-runner';
