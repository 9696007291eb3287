import { z } from 'zod';
import type { DataItemCode } from '../../../shared/domain/incident-items';
import {
  DEFAULT_REVIEW_MONTHS,
  inventoryInput,
  type AcquisitionKind,
  type InventoryEntry,
  type InventoryInput,
  type InventorySubject,
  type OtherHeldItem,
  type StorageMedium,
} from '../../../shared/domain/inventory';

/** What the inventory form holds: the contract's input with the company and the count possibly not chosen yet. */
export type InventoryFormValues = {
  companyId: number | null;
  entryName: string;
  subjects: InventorySubject[];
  subjectsNote: string;
  heldItems: DataItemCode[];
  otherHeldItems: OtherHeldItem[];
  peopleCount: number | null;
  purposes: string[];
  acquisition: AcquisitionKind;
  acquisitionNote: string;
  storageMedium: StorageMedium;
  storageSystem: string;
  storageLocation: string;
  storageCountry: string;
  accessScope: string;
  retention: string;
  disposal: string;
  entrusteeIds: number[];
  thirdPartyProvision: boolean;
  thirdPartyNote: string;
  jointUse: boolean;
  jointUseNote: string;
  abroad: boolean;
  abroadNote: string;
  risks: string;
  measuresOrganizational: string;
  measuresHuman: string;
  measuresPhysical: string;
  measuresTechnical: string;
  ownerDepartment: string;
  lastReviewedOn: string | null;
  reviewMonths: number;
};

export function emptyInventory(companyId: number | null): InventoryFormValues {
  return {
    companyId,
    entryName: '',
    subjects: [],
    subjectsNote: '',
    heldItems: [],
    otherHeldItems: [],
    peopleCount: null,
    purposes: [],
    acquisition: 'direct_written',
    acquisitionNote: '',
    storageMedium: 'electronic',
    storageSystem: '',
    storageLocation: '',
    storageCountry: '',
    accessScope: '',
    retention: '',
    disposal: '',
    entrusteeIds: [],
    thirdPartyProvision: false,
    thirdPartyNote: '',
    jointUse: false,
    jointUseNote: '',
    abroad: false,
    abroadNote: '',
    risks: '',
    measuresOrganizational: '',
    measuresHuman: '',
    measuresPhysical: '',
    measuresTechnical: '',
    ownerDepartment: '',
    lastReviewedOn: null,
    reviewMonths: DEFAULT_REVIEW_MONTHS,
  };
}

export function inventoryToValues(entry: InventoryEntry): InventoryFormValues {
  const values = emptyInventory(entry.companyId);
  for (const key of Object.keys(values) as (keyof InventoryFormValues)[]) {
    (values as Record<string, unknown>)[key] = entry[key as keyof InventoryEntry];
  }
  return values;
}

/** Purposes are typed one per line: blank lines are spacing, not purposes. */
function settle(values: InventoryFormValues): InventoryFormValues {
  return { ...values, purposes: values.purposes.map((p) => p.trim()).filter((p) => p !== '') };
}

export function inventoryValuesToInput(values: InventoryFormValues): InventoryInput {
  return { ...settle(values), companyId: values.companyId ?? 0 };
}

export const inventoryFormSchema = z.preprocess((value) => {
  if (typeof value !== 'object' || value === null) return value;
  return settle(value as InventoryFormValues);
}, inventoryInput);
