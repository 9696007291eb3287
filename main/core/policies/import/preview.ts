import type { ImportPreview, ImportPreviewValues } from '../../../../shared/domain/policy-import';
import { normalizeForMatch, policyKindLabels, splitIntoSections, type PolicyImport, type PolicyKind } from '../../../../shared/policy';
import { readSource, type Source } from './read-source';
import { refuse } from './refusals';

/**
 * policies.importPreview: the text split into sections, each with its kind, the classifier's confidence and the
 * facts read from it (shared/policy/import) — every line kept. Nothing is written; the user corrects the kinds
 * and saves with policies.importSave.
 */
const base64 = /^[A-Za-z0-9+/]*={0,2}$/;
const MAX_TITLE = 100;

function sourceOf(values: ImportPreviewValues): Source {
  if (values.pastedText !== undefined) return { kind: 'text', text: values.pastedText };
  const encoded = (values.fileBase64 ?? '').replace(/\s+/g, '');
  if (encoded.length % 4 !== 0 || !base64.test(encoded)) throw refuse('base64', ['fileBase64']);
  return { kind: 'file', fileName: values.fileName, bytes: Buffer.from(encoded, 'base64') };
}

/** The document's title: its first line when short enough to be one, else the kind's name. */
function suggestedTitle(text: string, language: 'ja' | 'en', kind: PolicyKind): { ja: string; en: string } {
  const first = text.split(/\r\n|\r|\n/).find((line) => line.trim() !== '')?.trim() ?? '';
  const title = first.length > 0 && first.length <= MAX_TITLE ? first : policyKindLabels[kind][language];
  return language === 'ja' ? { ja: title, en: '' } : { ja: '', en: title };
}

/** The kind of document its opening words name (個人情報保護方針, 外部送信, …); a privacy policy otherwise. */
function suggestedKind(text: string, imported: PolicyImport): PolicyKind {
  const opening = normalizeForMatch(text.slice(0, 300));
  const hasRequests = imported.sections.some((section) => section.section.kind === 'request_procedures');
  if (/外部送信|external transmission/.test(opening) && !hasRequests) return 'external_transmission_notice';
  if (/個人情報保護方針|個人情報保護基本方針|(personal information|privacy) protection policy|basic policy/.test(opening)) {
    return hasRequests ? 'combined' : 'basic_policy';
  }
  return 'privacy_policy';
}

export async function previewImport(values: ImportPreviewValues): Promise<ImportPreview> {
  const source = sourceOf(values);
  const path = source.kind === 'text' ? ['pastedText'] : ['fileBase64'];
  const read = await readSource(source);
  if (!read.ok) throw refuse(read.reason, path);
  const imported = splitIntoSections(read.text);
  const kind = suggestedKind(read.text, imported);
  return {
    format: read.format,
    encoding: read.encoding,
    language: imported.language,
    lineCount: read.text.split(/\r\n|\r|\n/).length,
    sections: [...imported.sections],
    extracted: imported.extracted,
    suggestedTitle: suggestedTitle(read.text, imported.language, kind),
    suggestedKind: kind,
  };
}
