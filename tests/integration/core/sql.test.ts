import { describe, expect, it } from 'vitest';
import { containsPattern, foldForSearch, searchTextOf } from '../../../main/core/store/search';
import { sql, sqlJoin, sqlWhere } from '../../../main/core/store/sql';

describe('the sql tagged template', () => {
  it('turns every value into a parameter, never into text', () => {
    const name = "x'); DROP TABLE desks; --";
    const query = sql`SELECT * FROM desks WHERE name_ja = ${name} AND id > ${3}`;
    expect(query.text).toBe('SELECT * FROM desks WHERE name_ja = ? AND id > ?');
    expect(query.params).toEqual([name, 3]);
  });

  it('nests fragments with their parameters in order', () => {
    const where = sqlWhere([sql`a = ${1}`, sql`b LIKE ${'%x%'}`]);
    const query = sql`SELECT * FROM t ${where} LIMIT ${10}`;
    expect(query.text).toBe('SELECT * FROM t WHERE a = ? AND b LIKE ? LIMIT ?');
    expect(query.params).toEqual([1, '%x%', 10]);
  });

  it('leaves out WHERE when there are no conditions, and joins lists', () => {
    expect(sql`SELECT 1 ${sqlWhere([])}`.text).toBe('SELECT 1 ');
    const list = sqlJoin([sql`${1}`, sql`${2}`, sql`${3}`]);
    expect(sql`IN (${list})`).toMatchObject({ text: 'IN (?, ?, ?)', params: [1, 2, 3] });
  });

  it('does not treat a look-alike object as a fragment', () => {
    const fake = { text: '1; DROP TABLE desks', params: [] } as unknown as string;
    expect(sql`SELECT ${fake}`.text).toBe('SELECT ?');
  });
});

describe('search folding', () => {
  it('folds full-width, half-width kana and case', () => {
    expect(foldForSearch('ＡＢＣ１２３')).toBe('abc123');
    expect(foldForSearch('ｶｽﾀﾏｰ')).toBe('カスタマー');
  });

  it('stores phone numbers with and without hyphens', () => {
    expect(searchTextOf(['窓口'], ['03-1234-5678'])).toBe('窓口\n03-1234-5678\n0312345678');
  });

  it('escapes LIKE wildcards and the escape character', () => {
    expect(containsPattern('100%_a\\b')).toBe('%100\\%\\_a\\\\b%');
  });
});
