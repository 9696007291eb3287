import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { createCore } from '../../../main/core/index';
export { dismissToasts, switchLanguage } from './page-actions';

/**
 * A workspace with something on every screen, for the tests that walk them all (accessibility, English, lists):
 * two companies with English names (one very long), a desk closed on holidays, two policies with the same title
 * (one published, then a new draft), an incident with several triggers, a timeline and its notifications.
 * `userText` is every string the user typed — the English walk may find Japanese only there.
 */
export const NOW = '2026-12-28T10:00:00+09:00';

export const userText = {
  companyJa: '株式会社サンプル商事',
  companyEn: 'Sample Trading K.K.',
  longCompanyJa: '株式会社グローバル・インフォメーション・テクノロジー・ソリューションズ・ホールディングス',
  longCompanyEn: 'Global Information Technology Solutions Holdings Co., Ltd.',
  deskJa: '個人情報お問い合わせ窓口',
  deskEn: 'Personal Information Desk',
  incidentTitle: '会員サイトへの不正アクセス',
  timelineText: 'サーバーのログで不審なアクセスを確認',
  operator: '監査 花子',
  inventoryName: '通販サイト会員情報',
  department: 'EC事業部',
  entrusteeName: '株式会社配送センター',
  entrustedWork: '商品の発送',
  requester: '受付番号R-0012',
  requestSummary: '購入履歴の開示請求',
  counterparty: '株式会社配送パートナー',
  person: '通信販売の注文者',
  provisionItems: '氏名、住所、電話番号',
};

export interface Seeded {
  companyId: number;
  longCompanyId: number;
  deskId: number;
  policyId: number;
  otherPolicyId: number;
  incidentId: number;
  notificationId: number;
  inventoryId: number;
  entrusteeId: number;
  requestId: number;
  provisionId: number;
}

export async function seedScreens(workspacePath: string, seeded: Partial<Seeded>): Promise<void> {
  const core = await createCore({
    workspacePath,
    userDataDir: path.join(os.tmpdir(), `appi-e2e-screens-${process.pid}`),
    rememberWorkspace: false,
    now: () => new Date(NOW),
  });
  const workspaceId = core.workspace().id;
  const call = async <T = { id: number }>(operation: string, input: unknown): Promise<T> => {
    const envelope = await core.dispatch(operation, input, workspaceId);
    if (!envelope.ok) throw new Error(`${operation}: ${JSON.stringify(envelope.error)}`);
    return envelope.value as T;
  };
  await call('settings.update', { userName: userText.operator, language: 'ja' });
  seeded.companyId = (
    await call('companies.create', {
      legalNameJa: userText.companyJa,
      legalNameEn: userText.companyEn,
      postalCode: '100-0001',
      addressJa: '東京都千代田区千代田1-1',
      addressEn: '1-1 Chiyoda, Chiyoda-ku, Tokyo',
      phone: '03-1234-5678',
      email: 'privacy@sample.co.jp',
      representativeTitleJa: '代表取締役',
      representativeNameJa: '山田 太郎',
      representativeTitleEn: 'President',
      representativeNameEn: 'Taro Yamada',
    })
  ).id;
  seeded.longCompanyId = (
    await call('companies.create', { legalNameJa: userText.longCompanyJa, legalNameEn: userText.longCompanyEn, phone: '06-1234-5678' })
  ).id;
  seeded.deskId = (
    await call('desks.create', {
      companyId: seeded.companyId,
      kind: 'own',
      nameJa: userText.deskJa,
      nameEn: userText.deskEn,
      phones: [{ label: '', number: '03-1234-5678' }],
      email: 'desk@sample.co.jp',
      receptionDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
      closedOnHolidays: true,
      hoursFrom: '09:00',
      hoursTo: '17:30',
    })
  ).id;
  const policy = await call<{ id: number; current: { id: number; revision: number } }>('policies.create', {
    companyId: seeded.companyId,
    templateId: 'saas_app',
    serviceNameJa: 'サンプルアプリ',
    serviceNameEn: 'Sample App',
  });
  seeded.policyId = policy.id;
  const other = await call<{ id: number }>('policies.create', { companyId: seeded.longCompanyId, templateId: 'saas_app', serviceNameJa: 'サンプルアプリ', serviceNameEn: 'Sample App' });
  seeded.otherPolicyId = other.id;
  await call('policyVersions.publish', {
    versionId: policy.current.id,
    revision: policy.current.revision,
    effectiveOn: '2026-12-28',
    changeSummaryJa: '初版',
    changeSummaryEn: 'First edition',
    acknowledgeWarnings: true,
  });
  const incident = await call('incidents.create', {
    companyId: seeded.companyId,
    title: userText.incidentTitle,
    breachKind: 'leak',
    certainty: 'confirmed',
    knownAt: '2026-12-25T09:00+09:00',
    occurredAt: '2026-12-24T22:00+09:00',
    dataItems: ['creditCard', 'name', 'healthCheck'],
    sensitive: false,
    wrongfulPurpose: true,
    individualsKind: 'estimate',
    individuals: 1200,
    individualsUpperBound: 1500,
    highLevelEncryption: false,
  });
  seeded.incidentId = incident.id;
  await call('timeline.add', {
    incidentId: incident.id,
    eventKind: 'discovery',
    at: '2026-12-25T09:00:00+09:00',
    text: userText.timelineText,
    by: userText.operator,
  });
  const notifications = await call<{ items: { id: number }[] }>('notifications.list', { incidentId: incident.id });
  seeded.notificationId = notifications.items[0]!.id;
  // One record in each register, so their lists and forms are walked with something in them.
  seeded.entrusteeId = (
    await call('entrustees.create', { companyId: seeded.companyId, entrusteeName: userText.entrusteeName, entrustedWork: userText.entrustedWork })
  ).id;
  seeded.inventoryId = (
    await call('inventory.create', {
      companyId: seeded.companyId,
      entryName: userText.inventoryName,
      subjects: ['customers'],
      heldItems: ['name', 'address', 'phone'],
      peopleCount: 12000,
      acquisition: 'direct_written',
      storageMedium: 'electronic',
      ownerDepartment: userText.department,
      lastReviewedOn: '2025-11-20',
    })
  ).id;
  seeded.requestId = (
    await call('requests.create', {
      companyId: seeded.companyId,
      receivingDeskId: seeded.deskId,
      receivedOn: '2026-11-10',
      channel: 'post',
      requester: userText.requester,
      requestKind: 'disclosure',
      requestSummary: userText.requestSummary,
      disclosureMethod: 'electronic',
      identityCheck: 'verified',
      feeYen: 1000,
    })
  ).id;
  seeded.provisionId = (
    await call('provisions.create', {
      companyId: seeded.companyId,
      direction: 'provided',
      recordForm: 'contract',
      counterparty: userText.counterparty,
      firstOn: '2024-04-01',
      lastOn: '2025-06-01',
      person: userText.person,
      provisionItems: userText.provisionItems,
      provisionBasis: 'consent',
    })
  ).id;
  core.close();
}

/** Every screen's address, with the seeded records; `name` names its screenshot. */
export function screens(seeded: Seeded): { name: string; hash: string }[] {
  return [
    { name: 'dashboard', hash: '/' },
    { name: 'start', hash: '/start' },
    { name: 'incidents', hash: '/incidents' },
    { name: 'incident-new', hash: '/incidents/new' },
    { name: 'incident-record', hash: `/incidents/${seeded.incidentId}` },
    { name: 'incident-timeline', hash: `/incidents/${seeded.incidentId}/timeline` },
    { name: 'incident-notifications', hash: `/incidents/${seeded.incidentId}/notifications` },
    { name: 'ppc-form', hash: `/incidents/${seeded.incidentId}/ppc-form/${seeded.notificationId}` },
    { name: 'policies', hash: '/policies' },
    { name: 'policy-import', hash: '/policies/import' },
    { name: 'policy-editor', hash: `/policies/${seeded.policyId}` },
    { name: 'policy-versions', hash: `/policies/${seeded.policyId}/versions` },
    { name: 'inventory', hash: '/inventory' },
    { name: 'inventory-new', hash: '/inventory/new' },
    { name: 'inventory-edit', hash: `/inventory/${seeded.inventoryId}` },
    { name: 'inventory-review-due', hash: '/inventory/review-due' },
    { name: 'entrustees', hash: '/entrustees' },
    { name: 'entrustee-new', hash: '/entrustees/new' },
    { name: 'entrustee-edit', hash: `/entrustees/${seeded.entrusteeId}` },
    { name: 'entrustees-check-due', hash: '/entrustees/check-due' },
    { name: 'requests', hash: '/requests' },
    { name: 'request-new', hash: '/requests/new' },
    { name: 'request-edit', hash: `/requests/${seeded.requestId}` },
    { name: 'provisions', hash: '/provisions' },
    { name: 'provision-new', hash: '/provisions/new' },
    { name: 'provision-edit', hash: `/provisions/${seeded.provisionId}` },
    { name: 'provisions-expired', hash: '/provisions/expired' },
    { name: 'companies', hash: '/companies' },
    { name: 'company-new', hash: '/companies/new' },
    { name: 'company-edit', hash: `/companies/${seeded.companyId}` },
    { name: 'desks', hash: '/desks' },
    { name: 'desk-new', hash: '/desks/new' },
    { name: 'desk-edit', hash: `/desks/${seeded.deskId}` },
    { name: 'settings', hash: '/settings' },
    { name: 'settings-workspace', hash: '/settings/workspace' },
    { name: 'settings-audit', hash: '/settings/audit' },
    { name: 'not-found', hash: '/no-such-screen' },
  ];
}

const timeout = { timeout: 15_000 };

/** Opens a screen and waits until it has loaded its data (no loader, the main heading shown). */
export async function openScreen(page: Page, origin: string, hash: string): Promise<void> {
  await page.goto(`${origin}/#${hash}`);
  await page.locator('h1:visible').first().waitFor(timeout);
  await page.waitForFunction(() => document.querySelectorAll('.mantine-Loader-root, [aria-busy="true"]').length === 0, undefined, timeout);
  await page.waitForTimeout(250);
}

export const sizes = [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
] as const;
