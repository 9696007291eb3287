import { normalizeForMatch } from './text';

/**
 * Tags and SDKs that send a user's information from their device to another company — what the external
 * transmission rule (Telecommunications Business Act Art. 27-12) is about. `vendor` is the usual recipient, for
 * suggestions only: a policy must name the recipient itself. Patterns run on normalised (lower-case) text;
 * names that are also ordinary words are matched only in the company's usual spelling.
 */
export interface KnownTool {
  readonly id: string;
  readonly name: string;
  readonly vendor: string;
  readonly patterns: readonly RegExp[];
  /** Patterns matched case-sensitively on NFKC text (for names that are also ordinary words). */
  readonly exactPatterns?: readonly RegExp[];
}

const word = (source: string) => new RegExp(`(?<![a-z0-9])${source}(?![a-z0-9])`);

export const knownTools: readonly KnownTool[] = [
  { id: 'google_analytics', name: 'Google Analytics', vendor: 'Google LLC', patterns: [word('google ?analytics'), /googleアナリティクス|グーグルアナリティクス/, word('ga4')] },
  { id: 'google_tag_manager', name: 'Google Tag Manager', vendor: 'Google LLC', patterns: [word('google ?tag ?manager'), /googleタグマネージャー|グーグルタグマネージャー/] },
  { id: 'google_ads', name: 'Google Ads', vendor: 'Google LLC', patterns: [word('google ads'), word('google adsense'), word('doubleclick'), /google ?広告/] },
  { id: 'firebase', name: 'Firebase', vendor: 'Google LLC', patterns: [word('firebase')] },
  { id: 'sentry', name: 'Sentry', vendor: 'Functional Software, Inc.', patterns: [word('sentry')] },
  { id: 'zendesk', name: 'Zendesk', vendor: 'Zendesk, Inc.', patterns: [word('zendesk')] },
  { id: 'stripe', name: 'Stripe', vendor: 'Stripe, Inc.', patterns: [], exactPatterns: [/(?<![A-Za-z0-9])(Stripe|STRIPE)(?![A-Za-z0-9])/] },
  { id: 'twilio', name: 'Twilio', vendor: 'Twilio Inc.', patterns: [word('twilio')] },
  { id: 'meta_pixel', name: 'Meta Pixel', vendor: 'Meta Platforms, Inc.', patterns: [word('(meta|facebook) ?pixel'), /(meta|facebook)ピクセル/, word('facebook広告'), word('facebook ads')] },
  { id: 'hotjar', name: 'Hotjar', vendor: 'Hotjar Ltd.', patterns: [word('hotjar')] },
  { id: 'intercom', name: 'Intercom', vendor: 'Intercom, Inc.', patterns: [], exactPatterns: [/(?<![A-Za-z0-9])Intercom(?![A-Za-z0-9])/] },
  { id: 'hubspot', name: 'HubSpot', vendor: 'HubSpot, Inc.', patterns: [word('hubspot')] },
  { id: 'salesforce', name: 'Salesforce', vendor: 'Salesforce, Inc.', patterns: [word('salesforce'), word('pardot')] },
  { id: 'microsoft_clarity', name: 'Microsoft Clarity', vendor: 'Microsoft Corporation', patterns: [word('microsoft clarity')] },
  { id: 'adobe_analytics', name: 'Adobe Analytics', vendor: 'Adobe Inc.', patterns: [word('adobe analytics')] },
  { id: 'mixpanel', name: 'Mixpanel', vendor: 'Mixpanel, Inc.', patterns: [word('mixpanel')] },
  { id: 'amplitude', name: 'Amplitude', vendor: 'Amplitude, Inc.', patterns: [], exactPatterns: [/(?<![A-Za-z0-9])Amplitude(?![A-Za-z0-9])/] },
  { id: 'datadog', name: 'Datadog', vendor: 'Datadog, Inc.', patterns: [word('datadog')] },
  { id: 'new_relic', name: 'New Relic', vendor: 'New Relic, Inc.', patterns: [word('new relic')] },
  { id: 'marketo', name: 'Marketo', vendor: 'Adobe Inc.', patterns: [word('marketo')] },
  { id: 'braze', name: 'Braze', vendor: 'Braze, Inc.', patterns: [], exactPatterns: [/(?<![A-Za-z0-9])Braze(?![A-Za-z0-9])/] },
  { id: 'appsflyer', name: 'AppsFlyer', vendor: 'AppsFlyer Ltd.', patterns: [word('appsflyer')] },
  { id: 'criteo', name: 'Criteo', vendor: 'Criteo S.A.', patterns: [word('criteo')] },
  { id: 'x_ads', name: 'X (Twitter) Ads', vendor: 'X Corp.', patterns: [word('twitter ?(ads|pixel|広告)'), word('x ?(ads|pixel)'), /x ?広告/] },
  { id: 'tiktok_pixel', name: 'TikTok Pixel', vendor: 'TikTok Pte. Ltd.', patterns: [word('tiktok ?(pixel|ads|広告)'), /tiktokピクセル/] },
  { id: 'line_tag', name: 'LINE Tag', vendor: 'LY Corporation', patterns: [word('line ?tag'), /lineタグ|line広告/] },
  { id: 'yahoo_ads', name: 'Yahoo! Ads', vendor: 'LY Corporation', patterns: [/yahoo! ?(japan ?)?(広告|ads|タグ)/, /yahoo!タグマネージャー/] },
  { id: 'karte', name: 'KARTE', vendor: 'PLAID, Inc.', patterns: [], exactPatterns: [/(?<![A-Za-z0-9])KARTE(?![A-Za-z0-9])/] },
  { id: 'treasure_data', name: 'Treasure Data', vendor: 'Treasure Data, Inc.', patterns: [word('treasure data')] },
];

/** The tools named in `text`, in list order, each once. */
export function findTools(text: string): KnownTool[] {
  const nfkc = text.normalize('NFKC');
  const normalized = normalizeForMatch(text);
  return knownTools.filter(
    (tool) =>
      tool.patterns.some((pattern) => pattern.test(normalized)) ||
      (tool.exactPatterns ?? []).some((pattern) => pattern.test(nfkc)),
  );
}
