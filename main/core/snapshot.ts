/**
 * What the audit trail records of an entity: its stored fields, without values derived from other rows
 * (a company's desk count, a desk's company name), which change without the entity changing.
 */
export function withoutKeys<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Omit<T, K> {
  const copy: Partial<T> = { ...value };
  for (const key of keys) delete copy[key];
  return copy as Omit<T, K>;
}

/** True when every field of `values` equals the same field of `current`: an update that changes nothing. */
export function unchanged<V extends object>(values: V, current: V): boolean {
  return (Object.keys(values) as (keyof V)[]).every(
    (key) => JSON.stringify(values[key]) === JSON.stringify(current[key]),
  );
}
