import { formatYen } from './clauses/fill';
import { personCategoryLabels, requestKindLabels } from './labels';
import type { PolicySection } from './model';
import type { Lang } from './vocabulary';

/**
 * A section's structured data written out as the lines a reader sees after the prose (the exports print these;
 * the checker reads them like any other text). Empty fields print nothing: the checker, not the printout,
 * reports what is missing. Linked desks are not resolved here — they live in the desk records.
 */
const labels = {
  jointItems: { ja: '共同して利用される個人データの項目', en: 'Items of personal data used jointly' },
  jointUsers: { ja: '共同して利用する者の範囲', en: 'Scope of the joint users' },
  jointPurposes: { ja: '利用する者の利用目的', en: 'Purposes of use of the joint users' },
  responsibleName: { ja: '管理について責任を有する者の名称', en: 'Person responsible for managing the personal data' },
  responsibleAddress: { ja: '同住所', en: 'Address of the person responsible' },
  responsibleRepresentative: { ja: '同代表者', en: 'Representative of the person responsible' },
  country: { ja: '提供先の国', en: 'Country' },
  regime: { ja: '当該国の個人情報の保護に関する制度', en: "That country's system for the protection of personal information" },
  measures: { ja: '提供先が講ずる個人情報の保護のための措置', en: 'Measures the recipient takes to protect personal information' },
  tool: { ja: 'ツール', en: 'Tool' },
  recipient: { ja: '送信先', en: 'Recipient' },
  dataSent: { ja: '送信される情報', en: 'Information sent' },
  purpose: { ja: '利用目的', en: 'Purpose' },
  optOut: { ja: 'オプトアウト', en: 'Opt-out' },
  requestKinds: { ja: '請求できる事項', en: 'Requests accepted' },
  method: { ja: '請求の方法', en: 'How to make a request' },
  identityDocuments: { ja: '本人確認書類', en: 'Identity documents' },
  fee: { ja: '手数料', en: 'Fee' },
} as const;

const separator = { ja: '：', en: ': ' } as const;
const listJoin = { ja: '、', en: ', ' } as const;

function line(label: keyof typeof labels, value: string, lang: Lang): string[] {
  return value.trim() === '' ? [] : [`${labels[label][lang]}${separator[lang]}${value.trim()}`];
}

export function sectionDataLines(section: PolicySection, lang: Lang): string[] {
  const pick = (ja: string, en: string) => (lang === 'ja' ? ja : en);
  switch (section.kind) {
    case 'purposes_of_use':
      return section.rows
        .filter((row) => pick(row.purposeJa, row.purposeEn).trim() !== '')
        .map((row) => {
          const purpose = pick(row.purposeJa, row.purposeEn).trim();
          if (lang === 'en') return row.category === null ? `- ${purpose}` : `- ${personCategoryLabels[row.category].en}: ${purpose}`;
          return row.category === null ? `・${purpose}` : `・【${personCategoryLabels[row.category].ja}】${purpose}`;
        });
    case 'joint_use':
      return [
        ...line('jointItems', pick(section.jointItemsJa, section.jointItemsEn), lang),
        ...line('jointUsers', pick(section.jointUsersJa, section.jointUsersEn), lang),
        ...line('jointPurposes', pick(section.jointPurposesJa, section.jointPurposesEn), lang),
        ...line('responsibleName', pick(section.responsibleNameJa, section.responsibleNameEn), lang),
        ...line('responsibleAddress', pick(section.responsibleAddressJa, section.responsibleAddressEn), lang),
        ...line('responsibleRepresentative', pick(section.responsibleRepresentativeJa, section.responsibleRepresentativeEn), lang),
      ];
    case 'cross_border':
      return section.destinations.flatMap((destination) => [
        ...line('country', pick(destination.countryJa, destination.countryEn), lang),
        ...line('regime', pick(destination.regimeJa, destination.regimeEn), lang),
        ...line('measures', pick(destination.measuresJa, destination.measuresEn), lang),
      ]);
    case 'external_transmission':
      return section.transmissions.flatMap((row) => [
        ...line('tool', row.tool, lang),
        ...line('recipient', row.recipient, lang),
        ...line('dataSent', pick(row.dataSentJa, row.dataSentEn), lang),
        ...line('purpose', pick(row.purposeJa, row.purposeEn), lang),
        ...line('optOut', row.optOutUrl, lang),
      ]);
    case 'request_procedures': {
      const kinds = section.requestKinds.map((kind) => requestKindLabels[kind][lang]).join(listJoin[lang]);
      const fee = section.feeYen === null ? '' : formatYen(section.feeYen)[lang];
      return [
        ...line('requestKinds', kinds, lang),
        ...line('method', pick(section.methodJa, section.methodEn), lang),
        ...line('identityDocuments', pick(section.identityDocumentsJa, section.identityDocumentsEn), lang),
        ...line('fee', fee, lang),
      ];
    }
    // The revisions article's dates are not printed in it: they go into the revision history (制定 / 改定,
    // shared/policy/history-dates.ts), which the document prints once.
    default:
      return [];
  }
}
