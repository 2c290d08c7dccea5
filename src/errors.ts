/**
 * Bad input or usage: the work did not start. Adapters exit with code 2 and print every problem.
 * Each problem is one self-contained line, e.g. `tenants.yml:14: tenants[2].accountId "12345" must be 12 digits`.
 */
export class InputError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'InputError';
  }
}
