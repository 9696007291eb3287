import { useTranslation } from 'react-i18next';

export type Requirement = 'required' | 'optional';

/** A label followed by a small 「必須」 or 「任意」 tag (a word, not a bare asterisk). */
export function FieldLabel({ text, requirement }: { text: string; requirement?: Requirement | undefined }) {
  const { t } = useTranslation();
  return (
    <>
      {text}
      {requirement && (
        <span className={`wb-tag wb-tag-${requirement}`} aria-hidden="true">
          {requirement === 'required' ? t('common.required') : t('common.optional')}
        </span>
      )}
    </>
  );
}
