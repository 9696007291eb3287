import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../main/core/api';
import type { PolicySection } from '../../../shared/policy/model';
import { call } from '../core/helpers';
import { auditCount, fixtures, policyCore } from './helpers';

/** Every non-empty line of the source, trimmed, must appear in some stored section (issue 4: no text dropped). */
function lostLines(text: string, sections: readonly PolicySection[]): string[] {
  const kept = sections.map((s) => [s.headingJa, s.headingEn, s.bodyJa, s.bodyEn].join('\n'));
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !kept.some((section) => section.includes(line)));
}

async function importAndSave(core: Core, companyId: number, input: { fileName?: string; fileBase64?: string; pastedText?: string }) {
  const preview = await call(core, 'policies.importPreview', input);
  const saved = await call(core, 'policies.importSave', {
    companyId,
    policyKind: preview.suggestedKind,
    titleJa: preview.suggestedTitle.ja,
    titleEn: preview.suggestedTitle.en,
    sections: preview.sections.map((s) => s.section),
  });
  return { preview, saved };
}

describe.each(fixtures)('importing $name', ({ name, text }) => {
  it('as a file: previews without writing, then saves a draft that keeps every non-empty line', async () => {
    const { core, company, workspacePath } = await policyCore();
    const before = auditCount(workspacePath);
    const preview = await call(core, 'policies.importPreview', { fileName: name, fileBase64: Buffer.from(text).toString('base64') });
    expect(auditCount(workspacePath)).toBe(before);
    expect(preview).toMatchObject({ format: 'txt', encoding: 'utf-8' });
    expect(preview.sections.length).toBeGreaterThanOrEqual(5);
    expect(preview.sections.filter((s) => s.section.kind !== 'custom').length / preview.sections.length).toBeGreaterThanOrEqual(0.75);
    expect(preview.sections.every((s) => s.confidence >= 0 && s.confidence <= 1)).toBe(true);

    const { saved } = await importAndSave(core, company.id, { fileName: name, fileBase64: Buffer.from(text).toString('base64') });
    expect(auditCount(workspacePath)).toBe(before + 1);
    expect(saved.current).toMatchObject({ status: 'draft', number: 1 });
    expect(lostLines(text, saved.current.sections)).toEqual([]);
    expect(saved.titleJa + saved.titleEn).not.toBe('');
  });

  it('as pasted text: the same sections', async () => {
    const { core, company } = await policyCore();
    const { preview, saved } = await importAndSave(core, company.id, { pastedText: text });
    expect(preview).toMatchObject({ format: 'text', encoding: null });
    expect(lostLines(text, saved.current.sections)).toEqual([]);
  });
});

describe('encodings and formats', () => {
  const sample = fixtures.find((f) => f.name.endsWith('-ja.txt'))!.text;

  it('reads UTF-8 with a BOM, UTF-16 (LE and BE) with a BOM, and Shift_JIS', async () => {
    const { core } = await policyCore();
    const utf16be = Buffer.from(sample, 'utf16le').swap16();
    const shiftJis = sjis('第1条（利用目的）\n当社は、取得した個人情報を次の目的で利用します。\n第2条（お問い合わせ）\n手数料は1,000円です。');
    const cases: [Buffer, string][] = [
      [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sample)]), 'utf-8'],
      [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sample, 'utf16le')]), 'utf-16le'],
      [Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be]), 'utf-16be'],
      [shiftJis, 'shift_jis'],
    ];
    for (const [bytes, encoding] of cases) {
      const preview = await call(core, 'policies.importPreview', { fileName: 'policy.txt', fileBase64: bytes.toString('base64') });
      expect(preview.encoding, encoding).toBe(encoding);
      expect(preview.sections[0]!.section.headingJa + preview.sections[0]!.section.bodyJa).not.toContain('\uFEFF');
    }
    const sj = await call(core, 'policies.importPreview', { fileName: 'policy.txt', fileBase64: shiftJis.toString('base64') });
    expect(sj.sections.map((s) => s.section.kind)).toEqual(['purposes_of_use', 'contact']);
    expect(sj.extracted.feesYen).toEqual([1000]);
  });

  it('reads a .docx made with the docx package (headings and paragraphs) and keeps every line', async () => {
    const { core, company } = await policyCore();
    const lines = sample.split(/\r?\n/).filter((line) => line.trim() !== '');
    const doc = new Document({
      sections: [
        {
          children: lines.map((line) =>
            /^第\d+条/.test(line) ? new Paragraph({ text: line, heading: HeadingLevel.HEADING_2 }) : new Paragraph({ text: line }),
          ),
        },
      ],
    });
    const bytes = await Packer.toBuffer(doc);
    const { preview, saved } = await importAndSave(core, company.id, { fileName: 'ポリシー.DOCX', fileBase64: bytes.toString('base64') });
    expect(preview).toMatchObject({ format: 'docx', encoding: null, language: 'ja' });
    expect(preview.sections.length).toBeGreaterThanOrEqual(5);
    expect(lostLines(sample, saved.current.sections)).toEqual([]);
  });
});

/** Shift_JIS bytes for the few characters the test needs (Node can decode Shift_JIS but not encode it). */
function sjis(text: string): Buffer {
  const decoder = new TextDecoder('shift_jis');
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfc; lead++) {
    if (lead >= 0xa0 && lead <= 0xdf) continue;
    for (let trail = 0x40; trail <= 0xfc; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && char !== '\uFFFD' && !table.has(char)) table.set(char, [lead, trail]);
    }
  }
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code < 0x80) bytes.push(code);
    else {
      const pair = table.get(char);
      if (!pair) throw new Error(`no Shift_JIS code for ${char}`);
      bytes.push(...pair);
    }
  }
  return Buffer.from(bytes);
}
