import type { Command } from '../command';
import { assessCommand } from './assess';
import { backupCommand } from './backup';
import { exportCommand } from './export';
import { exportDataCommand } from './export-data';
import { checkPolicyCommand } from './check-policy';
import { companyCommand } from './company';
import { deskCommand } from './desk';
import { importDataCommand } from './import-data';
import { importPolicyCommand } from './import-policy';
import { infoCommand } from './info';
import { initCommand } from './init';
import { restoreCommand } from './restore';
import { serveCommand } from './serve';
import { verifyCommand } from './verify';

/** Every subcommand, in the order `--help` lists them. Adding one: a file beside this and a line here. */
export const commands: readonly Command[] = [
  serveCommand,
  initCommand,
  infoCommand,
  companyCommand,
  deskCommand,
  assessCommand,
  importPolicyCommand,
  checkPolicyCommand,
  exportCommand,
  verifyCommand,
  backupCommand,
  restoreCommand,
  exportDataCommand,
  importDataCommand,
];
