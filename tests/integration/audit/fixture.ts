import Database from 'better-sqlite3';
import { call, makeCore, sampleCompany, sampleDesk, steppingClock } from '../core/helpers';
import { cardLeak, minorLoss } from '../incidents/helpers';
import { proseSections } from '../policies/helpers';

/**
 * A workspace with a history of every audited kind, written through the core as the app writes it: companies and
 * desks (created, updated, one deleted), settings, incidents with their planned notifications (a 速報 sent), a timeline
 * event, one incident deleted, policies (created, draft saved, published, a new draft started and saved, one deleted).
 */
export async function workspaceWithHistory() {
  const made = await makeCore({ now: steppingClock('2026-12-29T01:00:00.000Z') });
  const { core } = made;
  await call(core, 'settings.update', { userName: '監査 花子', language: 'ja' });
  const company = await call(core, 'companies.create', sampleCompany());
  const other = await call(core, 'companies.create', sampleCompany({ legalNameJa: '株式会社ほか', legalNameEn: '' }));
  await call(core, 'companies.update', { ...sampleCompany({ addressJa: '東京都港区1-2-3' }), id: company.id, revision: 1 });
  const desk = await call(core, 'desks.create', sampleDesk(company.id));
  const spare = await call(core, 'desks.create', sampleDesk(other.id, { nameJa: '予備窓口' }));
  await call(core, 'desks.update', { ...sampleDesk(company.id, { email: 'desk@sample.co.jp' }), id: desk.id, revision: 1 });
  await call(core, 'desks.delete', { id: spare.id, revision: spare.revision });

  const incident = await call(core, 'incidents.create', cardLeak(company.id));
  // Knowing later moves the planned due dates: the notifications get audit rows of their own.
  await call(core, 'incidents.update', { ...cardLeak(company.id, { knownAt: '2026-12-29T08:00+09:00' }), id: incident.id, revision: 1 });
  const [preliminary] = (await call(core, 'notifications.list', { incidentId: incident.id })).items;
  await call(core, 'notifications.markSent', { id: preliminary!.id, revision: 2, sentAt: '2026-12-29T09:30+09:00', method: 'PPCウェブフォーム' });
  await call(core, 'timeline.add', { incidentId: incident.id, eventKind: 'communication', at: '2026-12-29T09:30+09:00', text: '速報を送信' });
  const doomed = await call(core, 'incidents.create', minorLoss(company.id));
  await call(core, 'timeline.add', { incidentId: doomed.id, eventKind: 'finding', at: '2026-11-02T11:00+09:00', text: '紛失を確認' });
  await call(core, 'incidents.delete', { id: doomed.id, revision: (await call(core, 'incidents.get', { id: doomed.id })).revision });

  const policy = await call(core, 'policies.create', { companyId: company.id, sections: proseSections() });
  const saved = await call(core, 'policyDrafts.save', { versionId: policy.current.id, revision: 1, sections: proseSections().slice(0, 3) });
  await call(core, 'policyVersions.publish', { versionId: policy.current.id, revision: saved.version.revision, effectiveOn: '2026-04-01', acknowledgeWarnings: true });
  const draft = await call(core, 'policyDrafts.start', { policyId: policy.id });
  await call(core, 'policyDrafts.save', { versionId: draft.id, revision: draft.revision, sections: proseSections().slice(0, 2) });
  const scrap = await call(core, 'policies.create', { companyId: other.id, sections: proseSections().slice(0, 1) });
  await call(core, 'policyDrafts.save', { versionId: scrap.current.id, revision: 1, sections: proseSections().slice(0, 2) });
  await call(core, 'policies.delete', { id: scrap.id, revision: (await call(core, 'policies.get', { id: scrap.id })).revision });
  return { ...made, company, desk, incident, preliminary: preliminary!, policy, publishedVersionId: policy.current.id };
}

/** A raw connection for tampering, as someone with an SQLite tool would; closed before the check reads the file. */
export function tamper(file: string, statements: string): void {
  const db = new Database(file);
  try {
    db.exec(statements);
  } finally {
    db.close();
  }
}
