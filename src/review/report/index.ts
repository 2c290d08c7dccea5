import type { ReviewResult } from '../types';
import { jsonReport } from './json';
import { junitReviewReport } from './junit';
import { markdownReport } from './markdown';
import { sarifReport } from './sarif';
import { textReport } from './text';

/** junit: for CodeBuild test reports. */
export type ReviewFormat = 'text' | 'json' | 'sarif' | 'markdown' | 'junit';
export const REVIEW_FORMATS: ReviewFormat[] = ['text', 'json', 'sarif', 'markdown', 'junit'];

export { reviewSummaryLine } from './summary';

/** The review as text in one of the output formats; `version` is Rampart's, for the tool fields. */
export function renderReview(result: ReviewResult, format: ReviewFormat, version: string): string {
  switch (format) {
    case 'json':
      return jsonReport(result, version);
    case 'sarif':
      return `${JSON.stringify(sarifReport(result, version), null, 2)}\n`;
    case 'markdown':
      return markdownReport(result);
    case 'text':
      return textReport(result);
    case 'junit':
      return junitReviewReport(result);
  }
}
