import { Alert, Anchor, Button, Group, Paper, Progress, SegmentedControl, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Language } from '../../../shared/contract/settings';
import type { Company } from '../../../shared/domain/company';
import type { IncidentDetail } from '../../../shared/domain/incident';
import type { Notification } from '../../../shared/domain/incident-notification';
import { buildPpcForm, formFields, type PpcFormField } from '../../../shared/report/ppc-form';
import { filedForm, preliminaryAnswersFor } from '../../../shared/report/ppc-form-filed';
import { PageHeader } from '../../components/PageHeader';
import { formatJapanDateTime } from '../../lib/japanDates';
import { useLanguage } from '../../lib/useLanguage';
import { notificationLabel } from '../notifications/notificationLabel';
import { copyText } from './copyText';
import { PpcFieldRow } from './PpcFieldRow';
import { SubmissionStep } from './SubmissionStep';
import { useCopiedFields } from './useCopiedFields';

interface Props {
  incident: IncidentDetail;
  company: Company;
  notification: Notification;
  notifications: Notification[];
}

/**
 * The PPC form helper: the report's fields in order, each with a copy button, how many were copied, and at the
 * end the step that records the submission. Values are shown and copied in Japanese unless the user picks English
 * (the PPC's form is Japanese); an unknown value is copied as its gap word. Copying is announced in a polite
 * live region, so screen-reader users hear it without losing their place.
 */
export function PpcFormScreen({ incident, company, notification, notifications }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [valueLanguage, setValueLanguage] = useState<Language>('ja');
  const [status, setStatus] = useState('');
  const copied = useCopiedFields(notification.id);

  const stage = notification.notificationKind === 'ppc_final' ? 'final' : 'preliminary';
  // A sent report shows what was filed (its frozen snapshot); an unsent one today's record.
  const ownFiled = notification.sentAt !== null ? notification.filed : null;
  const filed = useMemo(() => preliminaryAnswersFor(notification, notifications), [notification, notifications]);
  const form = useMemo(
    () =>
      ownFiled ? filedForm(ownFiled, filed) : buildPpcForm({ stage, incident, company, notifications, filed }),
    [stage, incident, company, notifications, filed, ownFiled],
  );
  const fields = formFields(form);
  const copiedCount = fields.filter((f) => copied.isCopied(f.key, f.value[valueLanguage])).length;
  const kind = notificationLabel(notification, language);
  const preliminarySent = notifications.some((n) => n.notificationKind === 'ppc_preliminary' && n.sentAt !== null);

  const copy = async (field: PpcFormField) => {
    const text = field.value[valueLanguage];
    const label = field.label[language];
    // Cleared first so the same message, said twice in a row, is announced again.
    setStatus('');
    if (await copyText(text)) {
      copied.mark(field.key, text);
      setStatus(t('ppcForm.copiedStatus', { label }));
    } else {
      setStatus(t('ppcForm.copyFailed', { label }));
    }
  };

  return (
    <>
      <Anchor component={Link} href={`/incidents/${incident.id}/notifications`} size="sm" mb={4} display="inline-block">
        {t('ppcForm.back')}
      </Anchor>
      <PageHeader eyebrow={t('ppcForm.eyebrow')} title={t('ppcForm.title', { kind, incident: incident.title })} lead={form.recipient[language]} />
      <Stack gap="md" maw={1180}>
        {incident.reportable !== 'yes' && notification.sentAt === null && (
          <Alert variant="light" color="orange" icon={<IconAlertTriangle size={16} />} p="sm" data-verdict={incident.reportable}>
            <Text size="sm">{t(`ppcForm.verdict.${incident.reportable}`)}</Text>
          </Alert>
        )}
        <Alert variant="light" color="gray" icon={<IconInfoCircle size={16} />} p="sm">
          <Stack gap={4}>
            <Text size="sm">{t('ppcForm.lead')}</Text>
            <Text size="sm">{t('ppcForm.orderNote')}</Text>
            <Text size="sm">{t('ppcForm.reporterNote')}</Text>
            <Text size="sm">{t('ppcForm.copyLanguageHelp')}</Text>
            {form.delegated && <Text size="sm">{t('ppcForm.delegatedNote', { ministry: form.recipient[language] })}</Text>}
            {stage === 'final' && <Text size="sm">{t(filed ? 'ppcForm.filedNote' : 'ppcForm.noFiled')}</Text>}
            {notification.sentAt !== null && (
              <Text size="sm" fw={700}>
                {t(ownFiled ? 'ppcForm.sentAsFiled' : 'ppcForm.sentNotice', { value: formatJapanDateTime(notification.sentAt, language) })}
              </Text>
            )}
          </Stack>
        </Alert>
        <Paper withBorder p="sm" className="wb-ppc-toolbar">
          <Group justify="space-between" gap="lg" wrap="wrap">
            <Group gap="sm" wrap="nowrap">
              <Text size="sm" fw={700} id="ppc-copy-language">
                {t('ppcForm.copyLanguage')}
              </Text>
              <SegmentedControl
                size="xs"
                aria-labelledby="ppc-copy-language"
                value={valueLanguage}
                onChange={(value) => setValueLanguage(value === 'en' ? 'en' : 'ja')}
                data={[
                  { value: 'ja', label: t('ppcForm.languages.ja') },
                  { value: 'en', label: t('ppcForm.languages.en') },
                ]}
              />
            </Group>
            <Group gap="sm" wrap="nowrap" className="wb-ppc-progress">
              <Progress value={fields.length === 0 ? 0 : (copiedCount / fields.length) * 100} w={140} aria-hidden="true" />
              <Text size="sm" className="wb-num" data-testid="ppc-progress">
                {t('ppcForm.progress', { copied: copiedCount, total: fields.length })}
              </Text>
              <Button size="xs" variant="subtle" color="gray" onClick={copied.reset} disabled={copiedCount === 0}>
                {t('ppcForm.resetProgress')}
              </Button>
            </Group>
          </Group>
        </Paper>
        <VisuallyHidden role="status" aria-live="polite" data-testid="ppc-copy-status">
          {status}
        </VisuallyHidden>
        {form.sections
          .filter((section) => section.fields.length > 0)
          .map((section) => (
            <Paper withBorder component="section" key={section.key} aria-labelledby={`ppc-section-${section.key}`} className="wb-ppc-section">
              <Title order={2} size="h5" id={`ppc-section-${section.key}`} className="wb-ppc-section-title">
                {section.label[language]}
              </Title>
              <div className={filed ? 'wb-ppc-rows wb-ppc-compare' : 'wb-ppc-rows'}>
                {section.fields.map((field) => (
                  <PpcFieldRow
                    key={field.key}
                    field={field}
                    language={language}
                    valueLanguage={valueLanguage}
                    compare={filed !== null}
                    copied={copied.isCopied(field.key, field.value[valueLanguage])}
                    onCopy={(f) => void copy(f)}
                  />
                ))}
              </div>
            </Paper>
          ))}
        <SubmissionStep notification={notification} delegatedMinistry={incident.delegatedMinistry} preliminarySent={preliminarySent} />
      </Stack>
    </>
  );
}
