import type { SourceModule } from '../../ir';
import type { ReviewFinding } from '../../types';
import { detectCookieWithoutHttpOnly, detectCookieWithoutSecure } from './cookies';
import { detectStaticAwsCredentials } from './static-aws-credentials';
import { detectWeakCipher } from './weak-cipher';
import { detectWeakHash } from './weak-hash';

/**
 * A pattern detector: the findings of one rule in one module. Pass `program` (every module of the
 * review, the same array for each call) so constants defined in another file are evaluated too.
 */
export type PatternDetector = (module: SourceModule, program?: readonly SourceModule[]) => ReviewFinding[];

export const PATTERN_DETECTORS: PatternDetector[] = [
  detectWeakCipher,
  detectWeakHash,
  detectCookieWithoutSecure,
  detectCookieWithoutHttpOnly,
  detectStaticAwsCredentials,
];
