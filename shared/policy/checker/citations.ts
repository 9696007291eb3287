import type { Citation } from '../../appi/citations';
import type { RuleId } from './types';

/**
 * The source of each checker rule (appi.md §5), as data the UI shows next to the result. Cabinet Order Art. 10
 * lists what Art. 32(1)(iv) adds to the published matters — item numbers confirmed against the Order as GL 3-8-1
 * quotes it: (i) 「法第23条の規定により保有個人データの安全管理のために講じた措置」, (ii) 「…保有個人データの取扱いに
 * 関する苦情の申出先」, (iii) 「…認定個人情報保護団体の対象事業者である場合にあっては、当該認定個人情報保護団体の名称
 * 及び苦情の解決の申出先」.
 */
export const ruleCitations = {
  'business-identity': { article: 'APPI Art. 32(1)(i)', ja: '個人情報保護法第32条第1項第1号', en: 'APPI Art. 32(1)(i)' },
  purposes: {
    article: 'APPI Art. 17(1), 21, 32(1)(ii)',
    ja: '個人情報保護法第17条第1項、第21条、第32条第1項第2号',
    en: 'APPI Art. 17(1), 21 and 32(1)(ii)',
  },
  'requests-procedure': {
    article: 'APPI Art. 32(1)(iii), 33–38',
    ja: '個人情報保護法第32条第1項第3号、第33条〜第38条',
    en: 'APPI Art. 32(1)(iii) and 33–38',
  },
  'request-fee': { article: 'APPI Art. 32(1)(iii), 38', ja: '個人情報保護法第32条第1項第3号、第38条', en: 'APPI Art. 32(1)(iii) and 38' },
  'security-measures': {
    article: 'APPI Art. 32(1)(iv); Cabinet Order Art. 10(i)',
    ja: '個人情報保護法第32条第1項第4号、施行令第10条第1号',
    en: 'APPI Art. 32(1)(iv); Cabinet Order Art. 10(i)',
  },
  'complaint-desk': {
    article: 'APPI Art. 32(1)(iv); Cabinet Order Art. 10(ii)',
    ja: '個人情報保護法第32条第1項第4号、施行令第10条第2号',
    en: 'APPI Art. 32(1)(iv); Cabinet Order Art. 10(ii)',
  },
  'authorized-organization': {
    article: 'APPI Art. 32(1)(iv); Cabinet Order Art. 10(iii)',
    ja: '個人情報保護法第32条第1項第4号、施行令第10条第3号',
    en: 'APPI Art. 32(1)(iv); Cabinet Order Art. 10(iii)',
  },
  'third-party': { article: 'APPI Art. 27(1)', ja: '個人情報保護法第27条第1項', en: 'APPI Art. 27(1)' },
  'joint-use': { article: 'APPI Art. 27(5)(iii)', ja: '個人情報保護法第27条第5項第3号', en: 'APPI Art. 27(5)(iii)' },
  'cross-border': {
    article: 'APPI Art. 28; Rule Art. 15–18',
    ja: '個人情報保護法第28条、施行規則第15条〜第18条',
    en: 'APPI Art. 28; Enforcement Rules Art. 15–18',
  },
  'sensitive-consent': { article: 'APPI Art. 20(2)', ja: '個人情報保護法第20条第2項', en: 'APPI Art. 20(2)' },
  'external-transmission': {
    article: 'Telecommunications Business Act Art. 27-12',
    ja: '電気通信事業法第27条の12',
    en: 'Telecommunications Business Act Art. 27-12',
  },
  'opt-out': { article: 'APPI Art. 27(2)–(4)', ja: '個人情報保護法第27条第2項〜第4項', en: 'APPI Art. 27(2)–(4)' },
  'changed-purposes': { article: 'APPI Art. 21(3)', ja: '個人情報保護法第21条第3項', en: 'APPI Art. 21(3)' },
  'pseudonymised-anonymised': {
    article: 'APPI Art. 41, 43, 44',
    ja: '個人情報保護法第41条、第43条、第44条',
    en: 'APPI Art. 41, 43 and 44',
  },
  revisions: {
    article: 'Good practice (consent where required)',
    ja: '実務上の推奨（同意が必要な変更は法令による）',
    en: 'Good practice (consent where the law requires it)',
  },
} as const satisfies Record<RuleId, Citation>;
