import { findEmails, findPhones } from '../../extract';
import { normalizeForMatch } from '../../text';
import { hasStructuredData, type CheckedSection } from '../document';
import { listOf, warning } from '../result';
import type { CheckerWarning } from '../types';
import { itemLabels, textItemState, type Item } from './joint-use';

/**
 * One source for facts kept in fields (issue 11 item 3): the document prints a joint-use article's fields and a
 * linked desk's record after the article's text, so the same fact typed into the text as well is printed twice —
 * and contradicts the field as soon as one of them changes. Flagged, with what to remove.
 */
const items: readonly Item[] = ['items', 'users', 'purposes', 'responsible'];

export function jointUseStatedTwice(sections: readonly CheckedSection[]): CheckerWarning[] {
  return sections.flatMap((section) => {
    const s = section.section;
    if (s.kind !== 'joint_use' || !hasStructuredData(s)) return [];
    const filled: Record<Item, boolean> = {
      items: `${s.jointItemsJa}${s.jointItemsEn}`.trim() !== '',
      users: `${s.jointUsersJa}${s.jointUsersEn}`.trim() !== '',
      purposes: `${s.jointPurposesJa}${s.jointPurposesEn}`.trim() !== '',
      responsible: `${s.responsibleNameJa}${s.responsibleNameEn}${s.responsibleAddressJa}${s.responsibleAddressEn}${s.responsibleRepresentativeJa}${s.responsibleRepresentativeEn}`.trim() !== '',
    };
    const lines = normalizeForMatch(`${s.bodyJa}\n${s.bodyEn}`).split('\n');
    const twice = items.filter((item) => filled[item] && textItemState(lines, item) === 'stated');
    if (twice.length === 0) return [];
    const list = listOf(twice.map((item) => itemLabels[item]));
    return [
      warning('joint-use-stated-twice', {
        ja: `共同利用の欄と本文の両方に次の事項が書かれています：${list.ja}。文書には両方が印刷され、重複するか、どちらかを直すと食い違って見えます。本文から削除し、欄に一本化してください。`,
        en: `Both the joint-use fields and the text state: ${list.en}. The document prints both, so they repeat, or contradict once one of them changes. Remove them from the text and keep them in the fields.`,
      }, section.id),
    ];
  });
}

const digits = (value: string) => value.replace(/\D/g, '').replace(/^81/, '0');

/** Phone numbers and e-mail addresses typed into the text of an article that links desk records. */
export function deskDetailsInText(sections: readonly CheckedSection[]): CheckerWarning[] {
  return sections.flatMap((section) => {
    if (section.desks.length === 0) return [];
    const text = `${section.section.bodyJa}\n${section.section.bodyEn}`;
    const phones = new Set(section.desks.flatMap((desk) => (desk.phones ?? []).map((phone) => digits(phone.number))));
    const emails = new Set(section.desks.map((desk) => (desk.email ?? '').trim().toLowerCase()).filter(Boolean));
    const found = [
      ...findPhones(text).map((phone) => ({ value: phone, known: phones.has(digits(phone)) })),
      ...findEmails(text).map((email) => ({ value: email, known: emails.has(email) })),
    ];
    const other = [...new Set(found.filter((entry) => !entry.known).map((entry) => entry.value))];
    const same = [...new Set(found.filter((entry) => entry.known).map((entry) => entry.value))];
    return [
      ...(other.length > 0
        ? [warning('desk-details-contradict', {
            ja: `本文の連絡先（${other.join('、')}）が、リンクした窓口の登録内容と異なります。文書には窓口の登録内容が印刷されるため、連絡先が食い違います。本文から削除するか、窓口の登録内容を直してください。`,
            en: `The contact details in the text (${other.join(', ')}) differ from the linked desk's record. The document prints the record, so the two contradict. Remove them from the text or correct the desk record.`,
          }, section.id)]
        : []),
      ...(same.length > 0
        ? [warning('desk-details-twice', {
            ja: `本文の連絡先（${same.join('、')}）は、リンクした窓口の登録内容と同じです。文書には窓口の登録内容が印刷されるため、二重に記載されます。本文から削除してください。`,
            en: `The contact details in the text (${same.join(', ')}) repeat the linked desk's record, which the document prints. Remove them from the text.`,
          }, section.id)]
        : []),
    ];
  });
}
