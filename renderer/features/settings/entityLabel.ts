import type { TFunction } from 'i18next';

/** The kinds of record the audit trail names, in the order the filter lists them. */
export const auditEntities = [
  'company',
  'desk',
  'incident',
  'incident_notification',
  'incident_event',
  'policy',
  'policy_version',
  'request',
  'request_settings',
  'provision',
  'settings',
  'workspace_rules',
] as const;

const known = [...auditEntities, 'workspace'] as const;

/** The audit trail's entity names (the core writes 'company', 'desk', …) in the current language. */
export function entityLabel(entity: string, t: TFunction): string {
  const match = known.find((name) => name === entity);
  return match ? t(`settings.entities.${match}`) : entity;
}
