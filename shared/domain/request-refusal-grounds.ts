import type { LocalizedText } from '../errors';
import type { RequestKind } from './data-request';

/**
 * Provisions a business can cite when it does not do, in whole or in part, what a request asks — offered as
 * suggestions for the refusal's citation field, by kind of request. Read from the Act's text (e-Gov, as mirrored in
 * kaz-under-the-bridge/appi-related-laws): Art. 32(2) provisos, 33(2) items and 33(3)–(4), 34(2), 35(2), (4), (6)
 * provisos. The user may type another.
 */
export const refusalGrounds: Record<RequestKind, readonly LocalizedText[]> = {
  purpose_notice: [
    { ja: '法第32条第2項第1号（利用目的が既に明らか）', en: 'Art. 32(2)(i) (purposes already evident)' },
    { ja: '法第32条第2項第2号（法第21条第4項第1号〜第3号に該当）', en: 'Art. 32(2)(ii) (a case of Art. 21(4)(i)–(iii))' },
  ],
  disclosure: [
    { ja: '法第33条第2項第1号（本人又は第三者の権利利益を害するおそれ）', en: "Art. 33(2)(i) (harm to the person's or a third party's rights)" },
    { ja: '法第33条第2項第2号（業務の適正な実施に著しい支障）', en: 'Art. 33(2)(ii) (serious hindrance to proper business)' },
    { ja: '法第33条第2項第3号（他の法令に違反）', en: 'Art. 33(2)(iii) (would violate another law)' },
    { ja: '法第33条第3項（保有個人データが存在しない）', en: 'Art. 33(3) (no such retained personal data)' },
    { ja: '法第33条第4項（他の法令により開示）', en: 'Art. 33(4) (disclosed under another law)' },
  ],
  record_disclosure: [
    { ja: '法第33条第5項・第2項第1号（本人又は第三者の権利利益を害するおそれ）', en: "Art. 33(5), (2)(i) (harm to the person's or a third party's rights)" },
    { ja: '法第33条第5項・第2項第2号（業務の適正な実施に著しい支障）', en: 'Art. 33(5), (2)(ii) (serious hindrance to proper business)' },
    { ja: '法第33条第5項・第2項第3号（他の法令に違反）', en: 'Art. 33(5), (2)(iii) (would violate another law)' },
    { ja: '法第33条第5項・第3項（記録が存在しない）', en: 'Art. 33(5), (3) (no such record)' },
  ],
  correction: [
    { ja: '法第34条第2項（調査の結果、内容が事実でないとは認められない）', en: 'Art. 34(2) (the investigation found the content not untrue)' },
    { ja: '法第34条第2項（他の法令に特別の手続あり）', en: 'Art. 34(2) (another law sets a special procedure)' },
  ],
  cessation_of_use: [
    { ja: '法第35条第2項（請求に理由がない）', en: 'Art. 35(2) (the request has no ground)' },
    { ja: '法第35条第2項ただし書（困難であり代替措置をとる）', en: 'Art. 35(2) proviso (difficult; an alternative measure taken)' },
    { ja: '法第35条第6項ただし書（困難であり代替措置をとる）', en: 'Art. 35(6) proviso (difficult; an alternative measure taken)' },
  ],
  cessation_of_provision: [
    { ja: '法第35条第4項（請求に理由がない）', en: 'Art. 35(4) (the request has no ground)' },
    { ja: '法第35条第4項ただし書（困難であり代替措置をとる）', en: 'Art. 35(4) proviso (difficult; an alternative measure taken)' },
    { ja: '法第35条第6項ただし書（困難であり代替措置をとる）', en: 'Art. 35(6) proviso (difficult; an alternative measure taken)' },
  ],
  complaint: [],
  consultation: [],
};
