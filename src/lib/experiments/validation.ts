/**
 * Control validation shared by the experiments. Each check throws a RangeError that names the
 * field and the range it must lie in, so a bad URL parameter or slider value explains itself.
 */

/** Requires `value` to be a finite number in [min, max]. */
export function requireNumber(field: string, value: number, min: number, max: number): void {
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new RangeError(`${field} must be a number in [${min}, ${max}], got ${value}`);
  }
}

/** Requires `value` to be an integer in [min, max]. */
export function requireInteger(field: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${field} must be an integer in [${min}, ${max}], got ${value}`);
  }
}

/** Requires `value` to be one of `allowed`, and narrows its type accordingly. */
export function requireOneOf<T extends string>(
  field: string,
  value: string,
  allowed: readonly T[],
): asserts value is T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new RangeError(`${field} must be one of ${allowed.join(", ")}, got ${value}`);
  }
}
