import { Alert, Button, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { AppError } from '../../../shared/errors';
import { policyKindLabels } from '../../../shared/policy/labels';
import { templateIds, templateInfo, type TemplateId } from '../../../shared/policy/templates';
import { policyKinds, type PolicyKind } from '../../../shared/policy/vocabulary';
import { useWrite } from '../../api/hooks';
import { companyDisplayName } from '../../lib/useCompanyName';
import { useLanguage } from '../../lib/useLanguage';
import { asAppError, isFieldless, issueAt } from './policyErrors';

interface CreatePolicyDialogProps {
  opened: boolean;
  onClose: () => void;
  companies: { id: number; legalNameJa: string; legalNameEn: string }[];
}

const fields = ['companyId', 'templateId', 'policyKind', 'titleJa', 'titleEn', 'serviceNameJa', 'serviceNameEn'];

/** ポリシーの作成: company, template (filled from the company and its desks) or blank, kind and title; opens the draft. */
export function CreatePolicyDialog({ opened, onClose, companies }: CreatePolicyDialogProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [, navigate] = useLocation();
  const create = useWrite('policies.create');
  const [companyId, setCompanyId] = useState('');
  const [templateId, setTemplateId] = useState<TemplateId | ''>('saas_app');
  const [kind, setKind] = useState<PolicyKind>('privacy_policy');
  const [titleJa, setTitleJa] = useState('');
  const [titleEn, setTitleEn] = useState('');
  const [serviceNameJa, setServiceNameJa] = useState('');
  const [serviceNameEn, setServiceNameEn] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const company = companyId === '' ? (companies[0]?.id ?? 0) : Number(companyId);

  const submit = async () => {
    setError(null);
    try {
      const created = await create.mutateAsync({
        companyId: company,
        templateId: templateId === '' ? null : templateId,
        policyKind: kind,
        ...(titleJa.trim() !== '' ? { titleJa } : {}),
        ...(titleEn.trim() !== '' ? { titleEn } : {}),
        serviceNameJa,
        serviceNameEn,
      });
      onClose();
      navigate(`/policies/${created.id}`);
    } catch (caught) {
      setError(asAppError(caught));
    }
  };
  const fieldError = (field: string) => issueAt(error, field)?.[language];

  return (
    <Modal opened={opened} onClose={onClose} title={t('policies.createDialog.title')} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          {error && isFieldless(error, fields) && (
            <Alert color="red" variant="light">
              {error.text[language]}
            </Alert>
          )}
          <NativeSelect
            label={t('policies.createDialog.company')}
            value={String(company)}
            onChange={(event) => setCompanyId(event.currentTarget.value)}
            data={companies.map((item) => ({ value: String(item.id), label: companyDisplayName(item, language) }))}
            error={fieldError('companyId')}
          />
          <NativeSelect
            label={t('policies.createDialog.template')}
            description={t('policies.createDialog.templateHelp')}
            value={templateId}
            onChange={(event) => {
              const value = event.currentTarget.value as TemplateId | '';
              setTemplateId(value);
              if (value !== '') setKind(templateInfo[value].kind);
            }}
            data={[
              ...templateIds.map((id) => ({ value: id, label: templateInfo[id].description[language] })),
              { value: '', label: t('policies.createDialog.empty') },
            ]}
            error={fieldError('templateId')}
          />
          <NativeSelect
            label={t('policies.createDialog.kind')}
            value={kind}
            onChange={(event) => setKind(event.currentTarget.value as PolicyKind)}
            data={policyKinds.map((value) => ({ value, label: policyKindLabels[value][language] }))}
            error={fieldError('policyKind')}
          />
          <Group grow align="flex-start">
            <TextInput
              label={t('policies.createDialog.titleJa')}
              description={t('policies.createDialog.titleHelp')}
              value={titleJa}
              onChange={(event) => setTitleJa(event.currentTarget.value)}
              error={fieldError('titleJa')}
            />
            <TextInput
              label={t('policies.createDialog.titleEn')}
              description={t('policies.createDialog.titleHelp')}
              value={titleEn}
              onChange={(event) => setTitleEn(event.currentTarget.value)}
              error={fieldError('titleEn')}
            />
          </Group>
          {templateId !== '' && (
            <Group grow align="flex-start">
              <TextInput
                label={t('policies.createDialog.serviceNameJa')}
                description={t('policies.createDialog.serviceHelp')}
                value={serviceNameJa}
                onChange={(event) => setServiceNameJa(event.currentTarget.value)}
                error={fieldError('serviceNameJa')}
              />
              <TextInput
                label={t('policies.createDialog.serviceNameEn')}
                description={t('policies.createDialog.serviceHelp')}
                value={serviceNameEn}
                onChange={(event) => setServiceNameEn(event.currentTarget.value)}
                error={fieldError('serviceNameEn')}
              />
            </Group>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('policies.createDialog.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
