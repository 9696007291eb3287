import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PolicySection } from '../../../shared/policy/model';
import { sectionDataLines } from '../../../shared/policy/section-data-text';
import { formatCivilDate } from '../../lib/japanDates';
import type { DeskOption } from './DeskLinksField';

type Lang = 'ja' | 'en';

interface PolicyDocumentViewProps {
  sections: readonly PolicySection[];
  /** Each article's heading as the editor and the exports print it (shared/policy/numbering.ts). */
  headings: readonly { ja: string; en: string }[];
  desks: DeskOption[];
}

const bodyOf = (section: PolicySection, lang: Lang) => (lang === 'ja' ? section.bodyJa : section.bodyEn);
const paragraphs = (text: string) => text.split(/\n\s*\n/u).map((part) => part.trim()).filter((part) => part !== '');

/**
 * A published version as its readers see it — Japanese and English side by side, article by article — rather
 * than as locked form fields: the structured parts (purposes, joint use, destinations, requests) read as the lines
 * the exports print (shared/policy/section-data-text.ts), linked desks by name, the earlier dates as dates.
 */
export function PolicyDocumentView({ sections, headings, desks }: PolicyDocumentViewProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" aria-label={t('outline.document.label')} role="document">
      {sections.map((section, index) => (
        <Paper key={section.id} withBorder p="md" component="section" id={`section-${section.id}`} className="wb-pol-section wb-pol-doc" aria-labelledby={`doc-heading-${section.id}`}>
          <div className="wb-pol-doc-columns">
            {(['ja', 'en'] as const).map((lang) => (
              <DocumentColumn key={lang} lang={lang} section={section} heading={headings[index]?.[lang] ?? ''} desks={desks} headingId={lang === 'ja' ? `doc-heading-${section.id}` : undefined} />
            ))}
          </div>
        </Paper>
      ))}
    </Stack>
  );
}

interface DocumentColumnProps {
  lang: Lang;
  section: PolicySection;
  heading: string;
  desks: DeskOption[];
  headingId: string | undefined;
}

function DocumentColumn({ lang, section, heading, desks, headingId }: DocumentColumnProps) {
  const { t } = useTranslation();
  const body = paragraphs(bodyOf(section, lang));
  const lines = sectionDataLines(section, lang);
  const linked =
    'deskIds' in section
      ? section.deskIds.map((id) => {
          const desk = desks.find((option) => option.id === id);
          return desk ? (lang === 'en' && desk.nameEn ? desk.nameEn : desk.nameJa) : `#${id}`;
        })
      : [];
  const dates =
    section.kind === 'revisions'
      ? [
          ...(section.establishedOn ? [`${t('policies.history.established', { lng: lang })}${lang === 'ja' ? '：' : ': '}${formatCivilDate(section.establishedOn, lang, { weekday: false })}`] : []),
          ...section.revisedOn
            .filter((date) => date)
            .map((date, i) => `${t('policies.history.revised', { lng: lang, n: i + 1 })}${lang === 'ja' ? '：' : ': '}${formatCivilDate(date, lang, { weekday: false })}`),
        ]
      : [];
  const empty = body.length === 0 && lines.length === 0 && linked.length === 0 && dates.length === 0;
  return (
    <div lang={lang} className="wb-pol-doc-column">
      {/* Focus lands on the heading when the outline jumps here, so the keyboard continues from the article. */}
      {heading !== '' && (
      <Title order={3} size="h5" className="wb-pol-article" id={headingId} tabIndex={lang === 'ja' ? -1 : undefined} data-outline-heading={lang === 'ja' ? '' : undefined}>
        {heading}
      </Title>
      )}
      {body.map((text, i) => (
        <Text key={i} size="sm" className="wb-pol-doc-text">
          {text}
        </Text>
      ))}
      {section.kind === 'purposes_of_use' && lines.length > 0 ? (
        <ul className="wb-pol-doc-list">
          {lines.map((line, i) => (
            <li key={i}>{line.replace(/^(・|- )/u, '')}</li>
          ))}
        </ul>
      ) : (
        lines.map((line, i) => (
          <Text key={i} size="sm" className="wb-pol-doc-text">
            {line}
          </Text>
        ))
      )}
      {linked.length > 0 && (
        <Text size="sm" className="wb-pol-doc-text">
          {t('outline.document.desks', { lng: lang })}
          {lang === 'ja' ? '：' : ': '}
          {linked.join(lang === 'ja' ? '、' : ', ')}
        </Text>
      )}
      {dates.map((line) => (
        <Text key={line} size="sm" className="wb-pol-doc-text">
          {line}
        </Text>
      ))}
      {empty && (
        <Text size="sm" c="dimmed">
          {t('outline.document.noText', { lng: lang })}
        </Text>
      )}
    </div>
  );
}
