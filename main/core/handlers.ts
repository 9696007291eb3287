import type { Handlers } from '../../shared/rpc/dispatch';
import { auditHandlers } from './audit/handlers';
import { backupHandlers } from './backup/handlers';
import { clockHandlers } from './clock-handlers';
import { companiesHandlers } from './companies/handlers';
import type { CoreContext } from './context';
import { desksHandlers } from './desks/handlers';
import { entrusteesHandlers } from './entrustees/handlers';
import { exportsHandlers } from './exports/handlers';
import { filesHandlers } from './files/handlers';
import { incidentsHandlers } from './incidents/handlers';
import { inventoryHandlers } from './inventory/handlers';
import { policiesHandlers } from './policies/handlers';
import { provisionsHandlers } from './provisions/handlers';
import { requestsHandlers } from './requests/handlers';
import { settingsHandlers } from './settings/handlers';
import { workspaceHandlers } from './workspace/handlers';

/** Every operation of the contract, answered once; the type makes a missing one a compile error. */
export const handlers: Handlers<CoreContext> = {
  ...companiesHandlers,
  ...desksHandlers,
  ...incidentsHandlers,
  ...policiesHandlers,
  ...workspaceHandlers,
  ...settingsHandlers,
  ...auditHandlers,
  ...exportsHandlers,
  ...filesHandlers,
  ...clockHandlers,
  ...backupHandlers,
  ...inventoryHandlers,
  ...entrusteesHandlers,
  ...requestsHandlers,
  ...provisionsHandlers,
};
