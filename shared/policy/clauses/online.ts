import type { Clause } from './types';

/** Cookies, tags and SDKs that send data elsewhere, and processing by AI. */
export const onlineClauses: readonly Clause[] = [
  {
    id: 'cookies_service',
    kind: 'cookies',
    titleJa: 'Cookie等の利用',
    titleEn: 'Cookies',
    cites: 'APPI Art. 21(1); Telecommunications Business Act Art. 27-12',
    ja: '当社のウェブサイト及び{serviceName}では、利便性の向上及び利用状況の把握のため、Cookie（クッキー）及びこれに類する技術を使用します。Cookieは、ウェブサイトを閲覧した端末のブラウザに保存される小さなデータであり、それ自体で特定の個人を識別するものではありません。利用者は、ブラウザの設定によりCookieを無効にすることができます。ただし、その場合には、サービスの一部を利用できなくなることがあります。外部の事業者のタグ等を通じて送信される情報については、「外部送信」の項に記載します。',
    en: 'The Company\'s website and {serviceName} use cookies and similar technologies to improve convenience and to understand how they are used. A cookie is a small piece of data stored in the browser of the device used to view a website; it does not by itself identify a particular individual. Users can disable cookies in their browser settings, although some parts of the service may then become unavailable. Information sent to other companies through their tags and similar programs is described under "External Transmission".',
  },
  {
    id: 'cookies_website',
    kind: 'cookies',
    titleJa: 'ウェブサイトにおけるCookieの利用',
    titleEn: 'Cookies on Our Website',
    cites: 'APPI Art. 21(1)',
    ja: '当社のウェブサイトでは、閲覧時の利便性の向上のため、Cookie（クッキー）を使用します。Cookieは、それ自体で特定の個人を識別するものではありません。利用者は、ブラウザの設定によりCookieを無効にすることができます。',
    en: "The Company's website uses cookies to make browsing more convenient. Cookies do not by themselves identify a particular individual. Users can disable cookies in their browser settings.",
  },
  {
    id: 'external_transmission_notice',
    kind: 'external_transmission',
    titleJa: '外部送信',
    titleEn: 'External Transmission',
    cites: 'Telecommunications Business Act Art. 27-12',
    ja: '当社は、{serviceName}及び当社ウェブサイトにおいて、利用者の端末から外部の事業者へ利用者に関する情報を送信するプログラム（タグ、SDK等）を使用しています。電気通信事業法第27条の12に基づき、送信される情報の内容、送信先の名称及び利用目的を次のとおり公表します。送信先がオプトアウトの手段を提供している場合は、その方法を併せて記載します。',
    en: "On {serviceName} and the Company's website, the Company uses programs such as tags and SDKs that send information about users from their devices to other companies. Under Article 27-12 of the Telecommunications Business Act, the Company publishes below the information sent, the name of each recipient and the purpose of sending it. Where a recipient offers a way to opt out, that is shown as well.",
  },
  {
    id: 'ai_processing_service',
    kind: 'ai_processing',
    titleJa: 'AI技術の利用',
    titleEn: 'Use of AI Technology',
    cites: 'APPI Art. 17(1), 18(1), 25, 27(1)',
    ja: '当社は、{serviceName}の機能の提供及び品質の向上のため、人工知能（AI）技術を用いて個人情報を取り扱うことがあります。この場合も、利用目的の達成に必要な範囲内で取り扱います。外部の事業者が提供するAIサービスを利用する場合には、入力された個人情報が当該事業者において当社の指示の範囲を超えて利用されないことを契約等により確保します。本人の同意なく、個人データを第三者のAIモデルの学習に提供することはありません。',
    en: "The Company may handle personal information using artificial intelligence (AI) technology to provide the functions of {serviceName} and to improve their quality. Even then, it handles personal information only to the extent necessary to achieve the purposes of use. When it uses an AI service provided by another company, it ensures by contract or otherwise that the personal information entered is not used by that company beyond the Company's instructions. It does not provide personal data for training a third party's AI models without the individual's consent.",
  },
];
