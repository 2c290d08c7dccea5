export enum ExitCode {
  Success = 0,
  /** The work ran and failed: a tenant failed, a gate failed. */
  Failure = 1,
  /** Bad input or usage: nothing was done. */
  BadInput = 2,
}
