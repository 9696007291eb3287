import type { ExportResult, IncidentDocument } from '../../../shared/contract/exports';
import type { Client } from '../../../shared/rpc/client';
import type { ExportChoices } from './ExportDialog';

/** What to export: an incident's documents, the timing report of a period, or a policy (any version). */
export type ExportTarget =
  | { kind: 'incident'; incidentId: number; document?: IncidentDocument; notificationId?: number }
  | { kind: 'timing'; companyId?: number }
  | { kind: 'policy'; policyId: number; versionId?: number };

/** The exports.* operation for a target and the dialog's choices. */
export function runExport(client: Client, target: ExportTarget, choices: ExportChoices): Promise<ExportResult> {
  const common = { format: choices.format, lang: choices.lang, era: choices.era };
  switch (target.kind) {
    case 'incident':
      return client.invoke('exports.incident', {
        ...common,
        incidentId: target.incidentId,
        document: choices.document,
        // A named report exports as filed only while the dialog still asks for that kind of report.
        ...(target.notificationId !== undefined && choices.document === target.document ? { notificationId: target.notificationId } : {}),
      });
    case 'timing':
      return client.invoke('exports.timing', {
        ...common,
        from: choices.from,
        to: choices.to,
        ...(choices.companyId === null ? {} : { companyId: choices.companyId }),
      });
    case 'policy':
      return client.invoke('exports.policy', {
        ...common,
        policyId: target.policyId,
        ...(target.versionId === undefined ? {} : { versionId: target.versionId }),
        layout: choices.layout,
        contents: choices.contents,
        wordNumbering: choices.format === 'docx' && choices.wordNumbering,
      });
  }
}

