import type { Page } from 'playwright-core';

export interface ApiReply<T> {
  ok: boolean;
  value?: T;
  error?: unknown;
}

/**
 * Calls an operation through the same HTTP API the page uses: the session's token, and the workspace the server has
 * open now (every request must name it, or the core refuses it as workspace_changed). For seeding and reading back.
 */
export async function api<T = { id: number }>(page: Page, operation: string, input: unknown): Promise<ApiReply<T>> {
  return page.evaluate(
    async ([op, body]) => {
      const headers: Record<string, string> = {
        'Content-Type': 'application/json',
        'X-Workbench-Token': sessionStorage.getItem('appi-workbench.token') ?? '',
      };
      const info = (await (await fetch('/api/workspace.info', { method: 'POST', headers, body: '{}' })).json()) as {
        value?: { id?: string };
      };
      if (info.value?.id) headers['X-Workbench-Workspace'] = info.value.id;
      const response = await fetch(`/api/${op}`, { method: 'POST', headers, body: JSON.stringify(body) });
      return response.json();
    },
    [operation, input] as const,
  );
}

/** `api`, for a call that must succeed: its value, or a thrown error naming the operation and the refusal. */
export async function apiValue<T>(page: Page, operation: string, input: unknown): Promise<T> {
  const reply = await api<T>(page, operation, input);
  if (!reply.ok) throw new Error(`${operation}: ${JSON.stringify(reply.error)}`);
  return reply.value as T;
}

/**
 * The sample company the export and incident tests seed (株式会社サンプル商事 in Chiyoda, with an English name), plus
 * whatever a test adds; its id.
 */
export async function createSampleCompany(page: Page, extra: Record<string, unknown> = {}): Promise<number> {
  const company = await apiValue<{ id: number }>(page, 'companies.create', {
    legalNameJa: '株式会社サンプル商事',
    legalNameEn: 'Sample Trading K.K.',
    postalCode: '100-0001',
    addressJa: '東京都千代田区千代田1-1',
    phone: '03-1234-5678',
    email: 'privacy@sample.co.jp',
    ...extra,
  });
  return company.id;
}
