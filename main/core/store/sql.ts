/**
 * SQL as tagged templates (after Signal's `sql` helper): the text and its parameters are built together,
 * so a value can never be spliced into the text. Fragments nest; dynamic WHERE clauses are joined from
 * fragments, never from strings.
 */
export type SqlValue = string | number | bigint | null | Uint8Array;

const fragmentBrand: unique symbol = Symbol('SqlFragment');

export interface SqlFragment {
  readonly [fragmentBrand]: true;
  readonly text: string;
  readonly params: readonly SqlValue[];
}

function isFragment(value: unknown): value is SqlFragment {
  return typeof value === 'object' && value !== null && fragmentBrand in value;
}

function fragment(text: string, params: readonly SqlValue[]): SqlFragment {
  return { [fragmentBrand]: true, text, params };
}

export function sql(strings: TemplateStringsArray, ...values: readonly (SqlValue | SqlFragment)[]): SqlFragment {
  let text = strings[0] ?? '';
  const params: SqlValue[] = [];
  values.forEach((value, i) => {
    if (isFragment(value)) {
      text += value.text;
      params.push(...value.params);
    } else {
      text += '?';
      params.push(value);
    }
    text += strings[i + 1] ?? '';
  });
  return fragment(text, params);
}

export function sqlJoin(parts: readonly SqlFragment[], separator: SqlFragment = sql`, `): SqlFragment {
  let text = '';
  const params: SqlValue[] = [];
  parts.forEach((part, i) => {
    if (i > 0) {
      text += separator.text;
      params.push(...separator.params);
    }
    text += part.text;
    params.push(...part.params);
  });
  return fragment(text, params);
}

/** `WHERE a AND b …`, or nothing when there are no conditions. */
export function sqlWhere(conditions: readonly SqlFragment[]): SqlFragment {
  return conditions.length === 0 ? sql`` : sql`WHERE ${sqlJoin(conditions, sql` AND `)}`;
}
