import { parseFiledReport, type FiledReport } from '../../../shared/domain/incident-filed';
import type { NotificationKind } from '../../../shared/domain/incident-notification';
import { readLetter, type AddresseeChoice, type NoticeLetter } from '../../../shared/domain/notice-letter';
import type { LocalizedText } from '../../../shared/errors';
import { execute, queryAll, queryOne, type ReadableDB, type WritableDB } from './connection';
import type { IncidentNotificationRow } from './incidents-rows';
import { sql } from './sql';

/**
 * The notifications repository. A sent row is immutable: the schema's triggers refuse any UPDATE or DELETE of it,
 * so the only writes here are inserting, changing a planned (unsent) row, and marking one sent.
 */
export interface StoredNotification {
  id: number;
  incidentId: number;
  notificationKind: NotificationKind;
  recipient: string;
  alternativeMeasure: boolean;
  method: string;
  note: string;
  dueDate: string | null;
  targetDate: string | null;
  dueBasis: LocalizedText;
  sentAt: string | null;
  referenceNumber: string;
  document: string;
  combinedWithPreliminary: boolean;
  correctsNotificationId: number | null;
  correctedBy: number | null;
  revision: number;
  createdAt: string;
  updatedAt: string;
  /** A sent 速報/確報's content as filed (migration 0005 `filed`); null before it is sent, and for other kinds. */
  filed: FiledReport | null;
  addressee: AddresseeChoice;
  addresseeName: string;
  letter: NoticeLetter;
}

type NotificationListRow = IncidentNotificationRow & { corrected_by: number | null };

const selectNotification = sql`
  SELECT n.*, (SELECT max(c.id) FROM incident_notifications c WHERE c.corrects_notification_id = n.id) AS corrected_by
  FROM incident_notifications n`;

/** The order of the kinds in lists: the PPC's two reports first, as the law lists them. */
const kindOrder = sql`CASE n.notification_kind WHEN 'ppc_preliminary' THEN 0 WHEN 'ppc_final' THEN 1
  WHEN 'individuals_notice' THEN 2 WHEN 'entrustor' THEN 3 ELSE 4 END`;

function notificationOf(row: NotificationListRow): StoredNotification {
  return {
    id: row.id,
    incidentId: row.incident_id,
    notificationKind: row.notification_kind as NotificationKind,
    recipient: row.recipient,
    alternativeMeasure: row.alternative_measure === 1,
    method: row.method,
    note: row.note,
    dueDate: row.due_date,
    targetDate: row.target_date,
    dueBasis: { ja: row.due_basis_ja, en: row.due_basis_en },
    sentAt: row.sent_at,
    referenceNumber: row.reference_number,
    document: row.document,
    combinedWithPreliminary: row.combined_with_preliminary === 1,
    correctsNotificationId: row.corrects_notification_id,
    correctedBy: row.corrected_by,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    filed: parseFiledReport(row.filed),
    addressee: row.addressee as AddresseeChoice,
    addresseeName: row.addressee_name,
    letter: readLetter(row.letter),
  };
}

export function getNotification(db: ReadableDB, id: number): StoredNotification | undefined {
  const row = queryOne<NotificationListRow>(db, sql`${selectNotification} WHERE n.id = ${id}`);
  return row && notificationOf(row);
}

export function listNotifications(db: ReadableDB, incidentId: number): StoredNotification[] {
  return queryAll<NotificationListRow>(
    db,
    sql`${selectNotification} WHERE n.incident_id = ${incidentId} ORDER BY ${kindOrder}, n.id`,
  ).map(notificationOf);
}

/** Sent notifications of many incidents at once (ids as one JSON parameter), for the dashboard. */
export function sentReportsOf(db: ReadableDB, incidentIds: readonly number[]): StoredNotification[] {
  if (incidentIds.length === 0) return [];
  return queryAll<NotificationListRow>(
    db,
    sql`${selectNotification}
        WHERE n.incident_id IN (SELECT value FROM json_each(${JSON.stringify(incidentIds)}))
          AND n.notification_kind IN ('ppc_preliminary', 'ppc_final') AND n.sent_at IS NOT NULL
        ORDER BY n.incident_id, n.sent_at, n.id`,
  ).map(notificationOf);
}

export interface NewNotification {
  incidentId: number;
  notificationKind: NotificationKind;
  recipient: string;
  alternativeMeasure: boolean;
  method: string;
  note: string;
  dueDate: string | null;
  targetDate: string | null;
  dueBasis: LocalizedText;
  correctsNotificationId: number | null;
  /** An individuals notice's addressee and letter; left out, the schema's defaults ('', '', '{}'). */
  addressee?: AddresseeChoice;
  addresseeName?: string;
  letter?: NoticeLetter;
}

export function insertNotification(db: WritableDB, n: NewNotification, at: string): number {
  const result = execute(
    db,
    sql`INSERT INTO incident_notifications (
          incident_id, notification_kind, recipient, alternative_measure, method, note, due_date, target_date,
          due_basis_ja, due_basis_en, corrects_notification_id, revision, created_at, updated_at,
          addressee, addressee_name, letter)
        VALUES (
          ${n.incidentId}, ${n.notificationKind}, ${n.recipient}, ${n.alternativeMeasure ? 1 : 0}, ${n.method}, ${n.note},
          ${n.dueDate}, ${n.targetDate}, ${n.dueBasis.ja}, ${n.dueBasis.en}, ${n.correctsNotificationId}, 1, ${at}, ${at},
          ${n.addressee ?? ''}, ${n.addresseeName ?? ''}, ${JSON.stringify(n.letter ?? {})})`,
  );
  return Number(result.lastInsertRowid);
}

export type PlannedFields = Omit<NewNotification, 'incidentId' | 'notificationKind' | 'correctsNotificationId' | 'addressee' | 'addresseeName' | 'letter'> & {
  addressee: AddresseeChoice;
  addresseeName: string;
  letter: NoticeLetter;
};

/** Changes a planned notification; `sent_at IS NULL` in the WHERE and the schema's trigger both keep sent rows. */
export function updatePlanned(db: WritableDB, id: number, revision: number, f: PlannedFields, at: string): boolean {
  const result = execute(
    db,
    sql`UPDATE incident_notifications SET
          recipient = ${f.recipient}, alternative_measure = ${f.alternativeMeasure ? 1 : 0}, method = ${f.method},
          note = ${f.note}, due_date = ${f.dueDate}, target_date = ${f.targetDate}, due_basis_ja = ${f.dueBasis.ja},
          due_basis_en = ${f.dueBasis.en}, addressee = ${f.addressee}, addressee_name = ${f.addresseeName},
          letter = ${JSON.stringify(f.letter)}, revision = revision + 1, updated_at = ${at}
        WHERE id = ${id} AND revision = ${revision} AND sent_at IS NULL`,
  );
  return result.changes === 1;
}

export interface SentFields {
  sentAt: string;
  method: string;
  referenceNumber: string;
  document: string;
  combinedWithPreliminary: boolean;
  /** The report as filed (JSON of shared/domain/incident-filed.ts), for a 速報 or 確報; null for the other kinds. */
  filed: string | null;
}

/**
 * The one change a notification gets after planning; from then on the row is frozen. The filed content goes in
 * the same UPDATE: the schema's triggers refuse any later change of a sent row, `filed` included.
 */
export function markSent(db: WritableDB, id: number, revision: number, f: SentFields, at: string): boolean {
  const result = execute(
    db,
    sql`UPDATE incident_notifications SET
          sent_at = ${f.sentAt}, method = ${f.method}, reference_number = ${f.referenceNumber}, document = ${f.document},
          combined_with_preliminary = ${f.combinedWithPreliminary ? 1 : 0}, filed = ${f.filed},
          revision = revision + 1, updated_at = ${at}
        WHERE id = ${id} AND revision = ${revision} AND sent_at IS NULL`,
  );
  return result.changes === 1;
}
