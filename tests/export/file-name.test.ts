import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../main/core/exports/file-name';

/** Export file names are made from typed titles: whatever the title, the name works on Windows, macOS and Linux. */
describe('safeFileName', () => {
  it('joins date, document and title with underscores', () => {
    expect(safeFileName(['2026-12-29', '速報', 'ECサイトのカード番号漏えい'], 'pdf')).toBe('2026-12-29_速報_ECサイトのカード番号漏えい.pdf');
  });

  it('replaces the characters Windows forbids and control characters, and collapses spaces', () => {
    expect(safeFileName(['a<b>c:d"e/f\\g|h?i*j', 'tab\there\nnew   line'], 'docx')).toBe('a_b_c_d_e_f_g_h_i_j_tab_here_new line.docx');
  });

  it('drops a trailing dot or space and escapes device names', () => {
    expect(safeFileName(['report. . '], 'pdf')).toBe('report.pdf');
    expect(safeFileName(['CON'], 'pdf')).toBe('_CON.pdf');
    expect(safeFileName(['lpt1.txt'], 'pdf')).toBe('_lpt1.txt.pdf');
    expect(safeFileName([''], 'pdf')).toBe('_.pdf');
  });

  it('cuts a long title to 200 bytes of UTF-8 without splitting a character', () => {
    const name = safeFileName(['2026-12-29', '速報', '漏'.repeat(300), '📧'], 'pdf');
    expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(204);
    expect(name).toMatch(/^2026-12-29_速報_漏+\.pdf$/);
  });
});
