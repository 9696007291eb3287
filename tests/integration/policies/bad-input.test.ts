import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../../shared/domain/policy-import';
import { call, failure } from '../core/helpers';
import { auditCount, fixtures, policyCore, raw } from './helpers';

/** A minimal zip holding one stored file: a real zip that is not a Word document. */
function zipOf(name: string, content: string): Buffer {
  const data = Buffer.from(content);
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  const centralOffset = local.length + nameBytes.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(centralOffset, 16);
  return Buffer.concat([local, nameBytes, data, central, nameBytes, end]);
}

const b64 = (bytes: Buffer | string) => Buffer.from(bytes).toString('base64');
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);

describe('import refuses bad input with a clear message, and writes nothing', () => {
  const cases: [string, Record<string, unknown>, string[], RegExp][] = [
    ['an empty file', { fileName: 'a.txt', fileBase64: '' }, ['fileBase64'], /empty/],
    ['a file of blank lines', { fileName: 'a.txt', fileBase64: b64(' \n\u3000\n\t') }, ['fileBase64'], /empty/],
    ['empty pasted text', { pastedText: '   ' }, ['pastedText'], /empty/],
    ['a binary file named .txt', { fileName: 'image.txt', fileBase64: b64(png) }, ['fileBase64'], /cannot be read as text/],
    ['bytes that are neither UTF-8 nor Shift_JIS', { fileName: 'x.md', fileBase64: b64(Buffer.from([0xff, 0xff, 0xfe, 0x80, 0x81, 0xff])) }, ['fileBase64'], /cannot be read as text/],
    ['a text file named .docx', { fileName: 'policy.docx', fileBase64: b64(fixtures[0]!.text) }, ['fileBase64'], /Word document/],
    ['a zip that is not a Word document', { fileName: 'policy.docx', fileBase64: b64(zipOf('readme.txt', 'hello')) }, ['fileBase64'], /Word document/],
    ['a zip whose document is not XML', { fileName: 'policy.docx', fileBase64: b64(zipOf('word/document.xml', 'not xml <<<')) }, ['fileBase64'], /Word document/],
    ['an old .doc file', { fileName: 'policy.doc', fileBase64: b64('\u00d0\u00cf\u0011\u00e0') }, ['fileBase64'], /\.doc/],
    ['a PDF', { fileName: 'policy.pdf', fileBase64: b64('%PDF-1.7') }, ['fileBase64'], /cannot be imported/],
    ['a file that is not base64', { fileName: 'a.txt', fileBase64: '!!!notbase64' }, ['fileBase64'], /did not arrive intact/],
    ['a 20 MB text file', { fileName: 'big.txt', fileBase64: 'QUFB'.repeat((20 * 1024 * 1024) / 3) }, ['fileBase64'], /5 MB/],
    ['20 MB of pasted text', { pastedText: 'あ'.repeat(20 * 1024 * 1024) }, ['pastedText'], /5 MB/],
    ['both a file and text', { fileBase64: b64('x'), pastedText: 'x' }, ['pastedText'], /either a file or pasted text/],
    ['neither', { fileName: 'a.txt' }, ['pastedText'], /either a file or pasted text/],
  ];

  it.each(cases)('%s', async (_label, input, path, message) => {
    const { core, workspacePath } = await policyCore();
    const before = auditCount(workspacePath);
    const error = await failure(core, 'policies.importPreview', input);
    expect(error).toMatchObject({ code: 'validation', path });
    expect(error.message.en).toMatch(message);
    expect(error.message.ja).not.toBe('');
    expect(auditCount(workspacePath)).toBe(before);
    expect(raw(workspacePath).prepare('SELECT count(*) FROM policies').pluck().get()).toBe(0);
  });

  it('takes a file just under the limit, and refuses one just over it before decoding', async () => {
    const { core } = await policyCore();
    const body = '当社は、取得した個人情報を利用目的の達成に必要な範囲内で利用します。\n'.repeat(200);
    const article = (n: number) => `第${n}条（利用目的）\n${body}`;
    let text = '';
    for (let n = 1; Buffer.byteLength(text + article(n)) < MAX_IMPORT_BYTES; n++) text += article(n);
    const under = Buffer.from(text);
    expect(under.length).toBeGreaterThan(MAX_IMPORT_BYTES - 30_000);
    expect((await call(core, 'policies.importPreview', { fileName: 'big.txt', fileBase64: b64(under) })).sections.length).toBeGreaterThan(100);
    const over = Buffer.concat([under, Buffer.alloc(MAX_IMPORT_BYTES - under.length + 3, 0x41)]);
    expect(await failure(core, 'policies.importPreview', { fileName: 'big.txt', fileBase64: b64(over) })).toMatchObject({ path: ['fileBase64'] });
  });

  it('refuses a .docx with no text', async () => {
    const { core } = await policyCore();
    const empty = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph({ text: '' })] }] }));
    const error = await failure(core, 'policies.importPreview', { fileName: 'empty.docx', fileBase64: b64(empty) });
    expect(error.message.en).toMatch(/empty/);
  });

  it('refuses to save an import without sections, or for a company that does not exist', async () => {
    const { core, workspacePath } = await policyCore();
    const before = auditCount(workspacePath);
    expect(await failure(core, 'policies.importSave', { companyId: 1, sections: [] })).toMatchObject({ path: ['sections'] });
    const preview = await call(core, 'policies.importPreview', { pastedText: fixtures[0]!.text });
    const sections = preview.sections.map((s) => s.section);
    expect(await failure(core, 'policies.importSave', { companyId: 999, sections })).toMatchObject({ path: ['companyId'] });
    expect(auditCount(workspacePath)).toBe(before);
  });
});
