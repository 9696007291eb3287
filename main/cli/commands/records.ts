import { isAppError, type LocalizedText } from '../../../shared/errors';
import { compactForMatch } from '../../../shared/policy/text';
import type { Client } from '../../../shared/rpc/client';
import { badOption } from '../options';

/**
 * What the record commands (init, company, desk) share: a refusal of the core names the form field
 * (legalNameJa), which the CLI user never typed, so it is re-issued naming the option that carried it.
 */
export function namingOption<T>(fields: Record<string, string>, work: () => Promise<T>): Promise<T> {
  return work().catch((error: unknown) => {
    if (isAppError(error) && error.code === 'validation') {
      const option = fields[String(error.path[0])];
      if (option) throw badOption(option, error.text);
    }
    throw error;
  });
}

export async function allCompanies(client: Client) {
  const first = await client.invoke('companies.list', { limit: 500 });
  const items = [...first.items];
  while (items.length < first.total) {
    const page = await client.invoke('companies.list', { limit: 500, offset: items.length });
    if (page.items.length === 0) break;
    items.push(...page.items);
  }
  return items;
}

/** The company whose Japanese or English legal name is `name` (spacing and width ignored), or bad input naming `option`. */
export async function companyNamed(client: Client, name: string, option = '--company') {
  const items = await allCompanies(client);
  const wanted = compactForMatch(name);
  const matches = items.filter((c) => [c.legalNameJa, c.legalNameEn].some((legal) => legal !== '' && compactForMatch(legal) === wanted));
  if (matches.length === 1) return matches[0]!;
  const known = items.map((c) => c.legalNameJa).join('、');
  throw badOption(option, {
    ja: matches.length === 0 ? `「${name}」という事業者はありません（登録済み：${known || 'なし'}）。` : `「${name}」という事業者が複数あります。`,
    en: matches.length === 0 ? `no company is named "${name}" (known: ${known || 'none'}).` : `several companies are named "${name}".`,
  });
}

export const bilingual = (text: LocalizedText) => `${text.ja} / ${text.en}`;
