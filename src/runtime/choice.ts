import { InputError } from '../errors';

/** `value` when it is one of `allowed`; else bad input naming `what` (a flag, an input, a field). */
export function oneOf<T extends string>(what: string, value: unknown, allowed: readonly T[]): T {
  if (allowed.includes(value as T)) return value as T;
  throw new InputError([`${what} "${String(value)}" is not one of ${allowed.join(', ')}`]);
}
