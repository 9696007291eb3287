import { Alert, Loader, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportResult } from '../../../shared/contract/exports';
import type { AppError } from '../../../shared/errors';
import { useLanguage } from '../../lib/useLanguage';
import './preview.css';

const PdfPages = lazy(() => import('./PdfPages'));

/** One key per document: the pages are drawn again only when the bytes changed. */
function documentKey(result: ExportResult): string {
  const text = result.base64;
  let hash = 0;
  for (let i = 0; i < text.length; i += 7) hash = (hash * 31 + text.charCodeAt(i)) | 0;
  return `${text.length}:${hash}`;
}

export interface PreviewState {
  /** The PDF of the options as they were last asked for. */
  result: ExportResult | null;
  /** A newer preview is being made (the options changed since `result`). */
  loading: boolean;
  error: AppError | null;
}

interface Props {
  state: PreviewState;
  /** The chosen format: for Word the preview is the PDF of the same document model, and says so. */
  format: 'pdf' | 'docx';
}

function Waiting({ text }: { text: string }) {
  return (
    <Stack align="center" gap="xs" py="xl" role="status">
      <Loader size="sm" />
      <Text size="sm" c="dimmed">
        {text}
      </Text>
    </Stack>
  );
}

/**
 * The preview beside the export options: the document the exporter makes for them, page by page. While the options
 * change, the last pages stay (dimmed) until the new ones are drawn, so the pane never jumps to empty.
 */
export function ExportPreview({ state, format }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [drawError, setDrawError] = useState<{ for: string; message: string } | null>(null);
  const result = state.result;
  const failedToDraw = drawError && result && drawError.for === result.base64.slice(0, 64) ? drawError.message : null;

  return (
    <section className="wb-preview" aria-labelledby="export-preview-title" data-section="export-preview" aria-busy={state.loading}>
      <Title order={2} size="h5" id="export-preview-title" className="wb-preview-title">
        {t('preview.title')}
        {result?.pageCount ? (
          <Text span size="sm" c="dimmed" fw={400} ml="sm">
            {t('preview.pages', { total: result.pageCount })}
          </Text>
        ) : null}
      </Title>
      {format === 'docx' && (
        <Text size="xs" c="dimmed" mb="xs">
          {t('preview.wordNote')}
        </Text>
      )}
      <div className="wb-preview-scroll" tabIndex={0} aria-label={t('preview.region')} role="region">
        {state.error ? (
          <Alert color="red" variant="light" title={t('preview.failed')} role="alert">
            {state.error.text[language]}
          </Alert>
        ) : failedToDraw ? (
          <Alert color="red" variant="light" title={t('preview.failed')} role="alert">
            {failedToDraw}
          </Alert>
        ) : !result ? (
          <Waiting text={t('preview.loading')} />
        ) : (
          <div className={state.loading ? 'wb-preview-stale' : undefined}>
            {state.loading && (
              <Text size="xs" c="dimmed" role="status" mb={4}>
                {t('preview.stale')}
              </Text>
            )}
            <Suspense fallback={<Waiting text={t('preview.loading')} />}>
              <PdfPages
                key={documentKey(result)}
                base64={result.base64}
                onError={(error) => setDrawError({ for: result.base64.slice(0, 64), message: error instanceof Error ? error.message : String(error) })}
              />
            </Suspense>
          </div>
        )}
      </div>
    </section>
  );
}
