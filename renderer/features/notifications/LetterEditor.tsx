import { Badge, Button, Checkbox, Group, NativeSelect, SimpleGrid, Stack, Tabs, Text, Textarea } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IncidentDetail } from '../../../shared/domain/incident';
import {
  letterActions,
  letterActionTexts,
  letterTextFields,
  suggestedActions,
  type AddresseeChoice,
  type LetterAction,
  type LetterTextField,
  type NoticeLetter,
} from '../../../shared/domain/notice-letter';
import { proposeLetter, type LetterAudience } from '../../../shared/domain/notice-letter-proposal';
import { useRead } from '../../api/hooks';
import { useFieldProps } from '../../components/form/useFieldProps';
import { notifyDone } from '../../lib/dialogs';
import { useLanguage } from '../../lib/useLanguage';
import type { RecordForm } from '../../lib/useRecordForm';

export type LetterValues = { addressee: AddresseeChoice; addresseeName: string; letter: NoticeLetter };

interface Props<V extends LetterValues> {
  form: RecordForm<V>;
  incident: IncidentDetail;
}

type Lang = 'ja' | 'en';
const langs: readonly Lang[] = ['ja', 'en'];

/**
 * The notice's own letter (shared/domain/notice-letter.ts), in Japanese and English: its です・ます texts, the
 * actions offered to the individuals (those fitting the data items marked), and the inquiry desk. The dialog opens
 * it filled with the proposal from the record; a text still as proposed follows a change of addressee, a text the
 * user wrote does not.
 */
export function LetterEditor<V extends LetterValues>({ form, incident }: Props<V>) {
  const { t } = useTranslation();
  const language = useLanguage();
  const fieldProps = useFieldProps(form);
  const [tab, setTab] = useState<Lang>(language);
  const desks = useRead('desks.list', { companyId: incident.companyId, limit: 500 });
  const own = (desks.data?.items ?? []).filter((desk) => desk.kind === 'own');
  const { letter, addressee, addresseeName } = form.values;
  const setLetter = (next: NoticeLetter) => form.setField('letter', next as V['letter']);
  const suggested = suggestedActions(incident.dataItems);

  // A text still equal to the proposal for the previous addressee is re-proposed for the new one.
  const audience: LetterAudience = { addressee, addresseeName };
  const previous = useRef(audience);
  useEffect(() => {
    const before = previous.current;
    if (before.addressee === addressee && before.addresseeName === addresseeName) return;
    previous.current = { addressee, addresseeName };
    const old = proposeLetter(incident, before);
    const now = proposeLetter(incident, { addressee, addresseeName });
    const follow = (lang: Lang) =>
      Object.fromEntries(letterTextFields.map((field) => [field, letter[lang][field] === old[lang][field] ? now[lang][field] : letter[lang][field]]));
    setLetter({ ...letter, ja: follow('ja') as NoticeLetter['ja'], en: follow('en') as NoticeLetter['en'] });
    // Only the addressee drives this; the letter is read as it stands.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [addressee, addresseeName]);

  const setText = (lang: Lang, field: LetterTextField, value: string) => setLetter({ ...letter, [lang]: { ...letter[lang], [field]: value } });
  const repropose = () => {
    setLetter({ ...proposeLetter(incident, audience), deskId: letter.deskId });
    notifyDone(t('letter.reproposed'));
  };

  return (
    <Stack gap="sm" className="wb-letter-editor">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Text fw={700}>{t('letter.section')}</Text>
          <Text size="sm" c="gray.7">
            {t('letter.lead')}
          </Text>
        </div>
        <Button size="xs" variant="default" leftSection={<IconRefresh size={14} aria-hidden />} onClick={repropose} className="wb-no-shrink">
          {t('letter.repropose')}
        </Button>
      </Group>
      <Tabs value={tab} onChange={(value) => value && setTab(value as Lang)} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="ja">{t('letter.langJa')}</Tabs.Tab>
          <Tabs.Tab value="en">{t('letter.langEn')}</Tabs.Tab>
        </Tabs.List>
        {langs.map((lang) => (
          <Tabs.Panel key={lang} value={lang} pt="sm">
            <SimpleGrid cols={2} spacing="md" verticalSpacing="sm">
              {letterTextFields.map((field) => {
                const label = t(`letter.fields.${field}`);
                return (
                  <Textarea
                    key={field}
                    {...fieldProps(`letter.${lang}.${field}`, { label: { ja: label, en: label }, withHelp: false })}
                    aria-label={`${label}（${t(lang === 'ja' ? 'letter.langJa' : 'letter.langEn')}）`}
                    lang={lang}
                    value={letter[lang][field]}
                    onChange={(event) => setText(lang, field, event.currentTarget.value)}
                    onBlur={() => form.touch(`letter.${lang}.${field}`)}
                    autosize
                    minRows={2}
                    maxRows={8}
                  />
                );
              })}
            </SimpleGrid>
          </Tabs.Panel>
        ))}
      </Tabs>
      <Checkbox.Group
        label={t('letter.actions')}
        value={letter.actions ?? suggested}
        onChange={(value) => setLetter({ ...letter, actions: letterActions.filter((action) => value.includes(action)) as LetterAction[] })}
      >
        <Stack gap={6} mt={4}>
          {letterActions.map((action) => (
            <Checkbox
              key={action}
              value={action}
              label={
                <Group gap={6} wrap="nowrap" align="flex-start">
                  <span>{letterActionTexts[action][language]}</span>
                  {suggested.includes(action) && (
                    <Badge size="xs" radius="sm" variant="light" color="brand" tt="none" className="wb-no-shrink">
                      {t('letter.suggested')}
                    </Badge>
                  )}
                </Group>
              }
            />
          ))}
        </Stack>
      </Checkbox.Group>
      <NativeSelect
        {...fieldProps('letter.deskId', { requirement: 'optional' })}
        value={letter.deskId === null ? '' : String(letter.deskId)}
        onChange={(event) => setLetter({ ...letter, deskId: event.currentTarget.value === '' ? null : Number(event.currentTarget.value) })}
        data={[{ value: '', label: t('letter.firstDesk') }, ...own.map((desk) => ({ value: String(desk.id), label: (language === 'en' && desk.nameEn) || desk.nameJa }))]}
        description={desks.data && own.length === 0 ? t('letter.noDesk') : undefined}
      />
    </Stack>
  );
}
