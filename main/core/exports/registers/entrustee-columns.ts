import type { Entrustee } from '../../../../shared/domain/entrustee';
import { checkKindLabels, checkMethodLabels, checkResultLabels, clauseLabels, reEntrustmentLabels } from '../../../../shared/domain/register-labels';
import { dateCell, type RegisterColumn, type RegisterLang, type RegisterSpec } from './register-columns';

/** 委託先 as a register: the entrustee, what it handles, the contract, and the selection and supervision checks (APPI Art. 25). */
const list = (parts: readonly string[], lang: RegisterLang) => parts.join(lang === 'ja' ? '、' : ', ');

function checksText(e: Entrustee, lang: RegisterLang): string {
  return e.checks
    .map((check) => {
      const parts = [
        check.checkedOn.replace(/-/g, '/'),
        checkKindLabels[check.checkKind][lang],
        checkMethodLabels[check.checkMethod][lang],
        checkResultLabels[check.checkResult][lang],
        check.checkedBy,
        check.checkNote,
      ].filter(Boolean);
      return parts.join(lang === 'ja' ? '／' : ' / ');
    })
    .join('\n');
}

const latest = (e: Entrustee) => e.checks.at(-1);

const columns: RegisterColumn<Entrustee>[] = [
  { key: 'id', headerJa: '管理番号', headerEn: 'ID', width: 8, value: (e) => e.id, overview: true },
  { key: 'name', headerJa: '委託先の名称', headerEn: 'Entrustee', width: 28, value: (e) => e.entrusteeName, overview: true },
  { key: 'address', headerJa: '所在地', headerEn: 'Address', value: (e) => e.entrusteeAddress },
  { key: 'contact', headerJa: '連絡先', headerEn: 'Contact', value: (e) => e.entrusteeContact },
  { key: 'work', headerJa: '委託する業務', headerEn: 'Work entrusted', width: 36, value: (e) => e.entrustedWork },
  { key: 'entries', headerJa: '委託する個人情報', headerEn: 'Data entrusted', width: 36, value: (e, lang) => list(e.entries.map((x) => x.entryName), lang) },
  { key: 'contractOn', headerJa: '契約日', headerEn: 'Contract date', value: (e) => dateCell(e.contractOn) },
  { key: 'contractUntil', headerJa: '契約期間の終了日', headerEn: 'Contract ends', value: (e) => dateCell(e.contractUntil) },
  { key: 'contractRef', headerJa: '契約書', headerEn: 'Contract', value: (e) => e.contractRef },
  { key: 'clauses', headerJa: '安全管理に関する条項', headerEn: 'Data-protection clauses', width: 40, value: (e, lang) => list(e.clauses.map((c) => clauseLabels[c][lang]), lang) },
  {
    key: 'reEntrustment',
    headerJa: '再委託',
    headerEn: 'Re-entrustment',
    value: (e, lang) => [reEntrustmentLabels[e.reEntrustment][lang], e.reEntrustmentNote].filter(Boolean).join('\n'),
  },
  { key: 'checks', headerJa: '選定・監督の点検（日付／種類／方法／結果）', headerEn: 'Checks (date / kind / method / result)', width: 50, value: checksText },
  { key: 'lastCheck', headerJa: '直近の点検日', headerEn: 'Last check', value: (e) => dateCell(latest(e)?.checkedOn ?? null), overview: true },
  { key: 'lastResult', headerJa: '直近の結果', headerEn: 'Last result', value: (e, lang) => { const check = latest(e); return check ? checkResultLabels[check.checkResult][lang] : null; }, overview: true },
  { key: 'nextCheck', headerJa: '次回点検予定日', headerEn: 'Next check due', value: (e) => dateCell(e.nextCheckOn), overview: true },
  { key: 'endedOn', headerJa: '委託の終了日', headerEn: 'Ended', value: (e) => dateCell(e.endedOn) },
  { key: 'note', headerJa: '備考', headerEn: 'Note', value: (e) => e.entrusteeNote },
];

export const entrusteeRegister: RegisterSpec<Entrustee> = {
  kind: 'entrustees',
  titleJa: '委託先管理台帳',
  titleEn: 'Register of Entrustees',
  columns,
  entryTitle: (e) => e.entrusteeName,
  noteJa: '個人データの取扱いを委託した先と、その選定及び監督（個人情報の保護に関する法律第25条）の記録です。',
  noteEn: 'The businesses entrusted with handling personal data, and their selection and supervision (APPI Article 25).',
};
