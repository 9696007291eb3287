import type { TFunction } from 'i18next';

const known = [
  'company',
  'desk',
  'settings',
  'workspace',
  'workspace_rules',
  'incident',
  'incident_notification',
  'incident_event',
  'policy',
  'policy_version',
] as const;

/** The audit trail's entity names (the core writes 'company', 'desk', …) in the current language. */
export function entityLabel(entity: string, t: TFunction): string {
  const match = known.find((name) => name === entity);
  return match ? t(`settings.entities.${match}`) : entity;
}
