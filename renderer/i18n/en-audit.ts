import type { jaAudit } from './ja-audit';

/** English text of Settings › Audit trail beyond the list itself (see ja-audit.ts). */
export const enAudit: typeof jaAudit = {
  verify: {
    title: 'Tamper check',
    lead: "Checks the audit trail's chain of hashes, that every record matches its last audit entry, and the triggers that protect the records. The file is not changed.",
    run: 'Verify the audit trail',
    failed: 'The check could not run',
    ok: 'No tampering found',
    okDetail: 'Checked the chain of {{rows}} audit entries, {{records}} records and {{triggers}} protective triggers.',
    head: 'Hash of the last entry #{{id}} (note it elsewhere to detect later deletion of the newest entries):',
    broken_one: 'Signs of tampering ({{count}})',
    broken_other: 'Signs of tampering ({{count}})',
    firstBreak: 'First break',
    more: 'and {{count}} more',
    whatToDo: 'Before relying on these records as evidence, compare them with your latest backup. The command appi-workbench verify runs the same check.',
  },
  auditFilters: {
    entity: 'Record',
    allEntities: 'All records',
    actor: 'Actor',
    allActors: 'Everyone',
    from: 'From',
    to: 'To',
    clear: 'Clear filters',
  },
  auditNoMatchFilters: 'No audit entries match. Try other search words or filters.',
  auditCsv: 'Export CSV',
  auditCsvHelp: 'Exports the audit entries matching the current filters as CSV (UTF-8) that Excel opens.',
  auditField: 'Field',
  auditYes: 'yes',
  auditNo: 'no',
  auditChanged: 'changed',
  auditHash: 'Hash',
  auditRecorded: 'Data as recorded (JSON)',
};
