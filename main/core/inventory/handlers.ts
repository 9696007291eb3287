import type { inventoryContract } from '../../../shared/contract/inventory';
import type { Handlers } from '../../../shared/rpc/dispatch';
import type { CoreContext } from '../context';
import {
  createInventoryEntry,
  deleteInventoryEntry,
  getInventoryEntry,
  incidentLinks,
  linkIncident,
  listInventory,
  markReviewed,
  updateInventoryEntry,
} from './service';

export const inventoryHandlers: Pick<Handlers<CoreContext>, keyof typeof inventoryContract> = {
  'inventory.list': (input, ctx) => listInventory(ctx, input),
  'inventory.get': (input, ctx) => getInventoryEntry(ctx, input.id),
  'inventory.create': (input, ctx) => createInventoryEntry(ctx, input),
  'inventory.update': (input, ctx) => updateInventoryEntry(ctx, input),
  'inventory.delete': (input, ctx) => deleteInventoryEntry(ctx, input.id, input.revision),
  'inventory.markReviewed': (input, ctx) => markReviewed(ctx, input),
  'inventory.incidentLinks': (input, ctx) => incidentLinks(ctx, input.incidentId),
  'inventory.linkIncident': (input, ctx) => linkIncident(ctx, input),
};
