import { describe, expect, it } from 'vitest';
import { call, failure, makeCore } from '../core/helpers';
import { deflated, docxParts, zeroBomb, zip, type RawZipEntry } from './zip-writer';

/**
 * Issue 12 item 4: a .docx is a zip, and every part of it counts — not only word/document.xml. A part that would
 * inflate past the limit, or at a ratio no Word file has, is refused under the file's field before it is inflated
 * (what the central directory declares) and while it is inflated (headers can lie), quickly and in little memory.
 */
const lines = ['個人情報保護方針', '第1条（利用目的）', '当社は、取得した個人情報を次の目的で利用します。'];

async function preview(entries: readonly RawZipEntry[]) {
  const { core } = await makeCore();
  const fileBase64 = zip(entries).toString('base64');
  const started = performance.now();
  const rssBefore = process.memoryUsage().rss;
  const envelope = await core.dispatch('policies.importPreview', { fileName: 'policy.docx', fileBase64 }, core.workspace().id);
  return { core, envelope, ms: performance.now() - started, rssGrowth: process.memoryUsage().rss - rssBefore };
}

function expectExpandsRefusal(envelope: Awaited<ReturnType<typeof preview>>['envelope']) {
  expect(envelope.ok).toBe(false);
  if (envelope.ok) return;
  expect(envelope.error).toMatchObject({ code: 'validation', path: ['fileBase64'] });
  expect(envelope.error.message.ja).toMatch(/展開/);
  expect(envelope.error.message.en).toMatch(/expand/i);
}

describe('.docx parts inflating past the limit', () => {
  it('reads a small well-formed .docx built by the same writer (so the refusals below are about size)', async () => {
    const { core } = await makeCore();
    const result = await call(core, 'policies.importPreview', { fileName: 'policy.docx', fileBase64: zip(docxParts(lines)).toString('base64') });
    expect(result.format).toBe('docx');
    expect(result.sections.map((s) => s.section.headingJa + s.section.bodyJa).join('\n')).toContain('次の目的で利用します');
  });

  it('refuses word/styles.xml declaring 300 MB, at once and without inflating it', async () => {
    const { envelope, ms, rssGrowth } = await preview([...docxParts(lines), zeroBomb('word/styles.xml', 300)]);
    expectExpandsRefusal(envelope);
    expect(ms).toBeLessThan(2000);
    expect(rssGrowth).toBeLessThan(100 * 1024 * 1024);
  });

  it('refuses word/styles.xml whose headers declare 1 KB but which inflates to 300 MB, stopping early', async () => {
    const { envelope, ms, rssGrowth } = await preview([...docxParts(lines), zeroBomb('word/styles.xml', 300, 1024)]);
    expectExpandsRefusal(envelope);
    expect(ms).toBeLessThan(2000);
    expect(rssGrowth).toBeLessThan(100 * 1024 * 1024);
  });

  it('refuses a lying bomb in a part the reader never opens (customXml), since every part counts', async () => {
    const { envelope } = await preview([...docxParts(lines), zeroBomb('customXml/item1.xml', 200, 10)]);
    expectExpandsRefusal(envelope);
  });

  it('refuses a part whose compression ratio no Word file has, even when its size alone would pass', async () => {
    const { envelope } = await preview([...docxParts(lines), zeroBomb('word/styles.xml', 20)]);
    expectExpandsRefusal(envelope);
  });

  it('refuses parts that each compress plausibly but together inflate past the total limit', async () => {
    // Text of 256 random 64-byte lines in random order compresses about 15:1 — ordinary for XML — so only the total bites.
    let seed = 12;
    const random = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
    const pool = Array.from({ length: 256 }, () => Array.from({ length: 63 }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join('') + '\n');
    const text = Array.from({ length: (8 * 1024 * 1024) / 64 }, () => pool[Math.floor(random() * pool.length)]).join('');
    const part = deflated('word/media/part.xml', text);
    expect(text.length / part.data.length).toBeLessThan(40);
    const parts = Array.from({ length: 8 }, (_, i) => ({ ...part, name: `customXml/item${i}.xml` }));
    const { envelope } = await preview([...docxParts(lines), ...parts]);
    expectExpandsRefusal(envelope);
  });

  it('refuses a ZIP64 part (size unknown to a 32-bit header) and a zip of thousands of parts', async () => {
    const zip64 = await preview([...docxParts(lines), { ...deflated('word/styles.xml', '<w:styles/>'), uncompressedSize: 0xffffffff }]);
    expectExpandsRefusal(zip64.envelope);
    const many = Array.from({ length: 6000 }, (_, i) => deflated(`customXml/item${i}.xml`, '<a/>'));
    const crowded = await preview([...docxParts(lines), ...many]);
    expectExpandsRefusal(crowded.envelope);
  });

  it('writes nothing when it refuses', async () => {
    const { core } = await makeCore();
    const before = await call(core, 'audit.list', {});
    const error = await failure(core, 'policies.importPreview', { fileName: 'p.docx', fileBase64: zip([...docxParts(lines), zeroBomb('word/styles.xml', 300)]).toString('base64') });
    expect(error.path).toEqual(['fileBase64']);
    expect((await call(core, 'audit.list', {})).total).toBe(before.total);
  });
});
