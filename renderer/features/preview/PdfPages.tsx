import { Stack, Text } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { drawPage, openPdf } from './pdfRender';

interface Props {
  base64: string;
  onError(error: unknown): void;
}

/** Pages wider than this gain nothing on screen; narrower previews still draw at the pane's width. */
const MAX_WIDTH = 760;

/**
 * The exporter's own PDF drawn page by page to canvas (pdf.js): what the file will look like, in the app, in both
 * shells — neither headless Chromium nor Electron's sandboxed window has a PDF viewer to hand it to. Loaded in its own
 * chunk (ExportPreview.tsx), so pdf.js costs nothing until a preview is opened.
 */
export default function PdfPages({ base64, onError }: Props) {
  const { t } = useTranslation();
  const { ref, width } = useElementSize<HTMLDivElement>();
  const [pdf, setPdf] = useState<PDFDocumentProxy | null>(null);
  // How many pages are drawn at which width: a new width starts again from none.
  const [drawn, setDrawn] = useState({ width: 0, pages: 0 });
  const canvases = useRef<(HTMLCanvasElement | null)[]>([]);
  const errorRef = useRef(onError);
  useEffect(() => {
    errorRef.current = onError;
  });

  // The parent mounts a new instance per document (its key), so this runs once per PDF.
  useEffect(() => {
    const opened = openPdf(base64);
    let alive = true;
    opened.promise.then(
      (document) => {
        if (alive) setPdf(document);
      },
      (error: unknown) => {
        if (alive) errorRef.current(error);
      },
    );
    return () => {
      alive = false;
      void opened.destroy();
    };
  }, [base64]);

  const cssWidth = Math.round(Math.min(MAX_WIDTH, Math.max(0, width - 2)));
  useEffect(() => {
    if (!pdf || cssWidth < 100) return;
    let alive = true;
    void (async () => {
      try {
        for (let n = 1; n <= pdf.numPages && alive; n++) {
          const canvas = canvases.current[n - 1];
          if (!canvas) continue;
          await drawPage(pdf, n, canvas, cssWidth);
          if (alive) setDrawn({ width: cssWidth, pages: n });
        }
      } catch (error) {
        if (alive) errorRef.current(error);
      }
    })();
    return () => {
      alive = false;
    };
  }, [pdf, cssWidth]);

  const total = pdf?.numPages ?? 0;
  return (
    <div ref={ref} className="wb-preview-pages" data-pages={total} data-drawn={drawn.width === cssWidth ? drawn.pages : 0}>
      {pdf && (
        <Stack gap="md" align="center">
          {Array.from({ length: total }, (_, i) => (
            <figure key={i} className="wb-preview-page">
              <canvas
                ref={(element) => {
                  canvases.current[i] = element;
                }}
                role="img"
                aria-label={t('preview.page', { page: i + 1, total })}
              />
              <Text component="figcaption" size="xs" c="dimmed" ta="center">
                {t('preview.page', { page: i + 1, total })}
              </Text>
            </figure>
          ))}
        </Stack>
      )}
    </div>
  );
}
