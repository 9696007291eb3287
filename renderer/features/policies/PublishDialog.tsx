import { Alert, Button, Checkbox, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PolicyCheckResult } from '../../../shared/domain/policy-check';
import type { PolicyVersion } from '../../../shared/domain/policy-version';
import type { AppError } from '../../../shared/errors';
import { useWrite } from '../../api/hooks';
import { DateBox } from '../../components/form/DateBox';
import { notifyDone } from '../../lib/dialogs';
import { useLanguage } from '../../lib/useLanguage';
import { asAppError, isFieldless, issueAt } from './policyErrors';

interface PublishDialogProps {
  opened: boolean;
  onClose: () => void;
  version: PolicyVersion;
  check: PolicyCheckResult | undefined;
  /** The draft's revision after the last autosave. */
  revision: () => number;
}

const fields = ['effectiveOn', 'changeSummaryJa', 'changeSummaryEn', 'acknowledgeWarnings'];

/** 「公開」: effective date and change summary; missing required matters are listed and must be acknowledged. */
export function PublishDialog({ opened, onClose, version, check, revision }: PublishDialogProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const publish = useWrite('policyVersions.publish');
  const [effectiveOn, setEffectiveOn] = useState<string | null>(null);
  const [summaryJa, setSummaryJa] = useState('');
  const [summaryEn, setSummaryEn] = useState('');
  const [acknowledged, setAcknowledged] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  // Only required matters need the acknowledgement (appi.md §5); recommended ones are listed for information.
  const missing = (check?.rules ?? []).filter((rule) => rule.status === 'missing' && rule.level === 'required');
  const advisory = (check?.rules ?? []).filter((rule) => rule.status === 'missing' && rule.level === 'recommended');
  const blocked = missing.length > 0 && !acknowledged;

  const submit = async () => {
    setError(null);
    try {
      const published = await publish.mutateAsync({
        versionId: version.id,
        revision: revision(),
        effectiveOn: effectiveOn ?? '',
        changeSummaryJa: summaryJa,
        changeSummaryEn: summaryEn,
        acknowledgeWarnings: acknowledged,
      });
      onClose();
      notifyDone(t('policies.publishDialog.done', { n: published.number }));
    } catch (caught) {
      setError(asAppError(caught));
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('policies.publishDialog.title')} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          <Text size="sm">{t('policies.publishDialog.lead')}</Text>
          {error && isFieldless(error, fields) && (
            <Alert color="red" variant="light">
              {error.text[language]}
            </Alert>
          )}
          <DateBox
            fieldName={t('policies.publishDialog.effectiveOn')}
            label={t('policies.publishDialog.effectiveOn')}
            description={t('policies.publishDialog.effectiveHelp')}
            value={effectiveOn}
            onChange={setEffectiveOn}
            error={issueAt(error, 'effectiveOn')?.[language]}
            withAsterisk={false}
            w={220}
            data-autofocus
          />
          <Group grow align="flex-start">
            <Textarea label={t('policies.publishDialog.summaryJa')} lang="ja" autosize minRows={2} value={summaryJa} onChange={(e) => setSummaryJa(e.currentTarget.value)} />
            <Textarea label={t('policies.publishDialog.summaryEn')} lang="en" autosize minRows={2} value={summaryEn} onChange={(e) => setSummaryEn(e.currentTarget.value)} />
          </Group>
          {missing.length > 0 && (
            <Alert color="orange" variant="light" title={t('policies.publishDialog.missingTitle')}>
              <List size="sm" spacing={2} mb="sm">
                {missing.map((rule) => (
                  <List.Item key={rule.id}>
                    {t(`policies.checker.rules.${rule.id}`)}
                    {language === 'ja' ? '：' : ': '}
                    {rule.message[language]}
                  </List.Item>
                ))}
              </List>
              <Checkbox
                label={t('policies.publishDialog.acknowledge')}
                checked={acknowledged}
                onChange={(event) => setAcknowledged(event.currentTarget.checked)}
                error={issueAt(error, 'acknowledgeWarnings')?.[language]}
              />
            </Alert>
          )}
          {advisory.length > 0 && (
            <Text size="xs" c="dimmed" data-testid="publish-recommended">
              {t('policies.checker.recommendedMissing', { n: advisory.length })}
              {language === 'ja' ? '：' : ': '}
              {advisory.map((rule) => t(`policies.checker.rules.${rule.id}`)).join(language === 'ja' ? '、' : ', ')}
            </Text>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={publish.isPending} disabled={blocked}>
              {t('policies.publishDialog.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
