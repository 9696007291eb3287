import type { z } from 'zod';
import { auditContract } from './audit';
import { backupContract } from './backup';
import { clockContract } from './clock';
import { companiesContract } from './companies';
import type { OperationSpec } from './define';
import { desksContract } from './desks';
import { entrusteesContract } from './entrustees';
import { exportsContract } from './exports';
import { filesContract } from './files';
import { incidentsContract } from './incidents';
import { inventoryContract } from './inventory';
import { policiesContract } from './policies';
import { provisionsContract } from './provisions';
import { requestsContract } from './requests';
import { settingsContract } from './settings';
import { workspaceContract } from './workspace';

function combine<const T extends readonly Record<string, OperationSpec>[]>(...domains: T) {
  const merged: Record<string, OperationSpec> = {};
  for (const domain of domains) {
    for (const [name, spec] of Object.entries(domain)) {
      // A name declared twice would make one handler silently shadow another.
      if (Object.hasOwn(merged, name)) throw new Error(`operation declared twice: ${name}`);
      merged[name] = spec;
    }
  }
  return merged as UnionToIntersection<T[number]>;
}
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** Every operation the UI, the CLI and the tests can ask of the core: declared here once. */
export const contract = combine(
  companiesContract,
  desksContract,
  incidentsContract,
  policiesContract,
  workspaceContract,
  settingsContract,
  auditContract,
  exportsContract,
  filesContract,
  clockContract,
  backupContract,
  inventoryContract,
  entrusteesContract,
  requestsContract,
  provisionsContract,
);

export type Contract = typeof contract;
export type OperationName = keyof Contract & string;
export type Input<N extends OperationName> = z.input<Contract[N]['input']>;
export type ParsedInput<N extends OperationName> = z.output<Contract[N]['input']>;
export type Output<N extends OperationName> = z.output<Contract[N]['output']>;

export const operationNames = Object.keys(contract) as OperationName[];

export function isOperationName(name: unknown): name is OperationName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}
