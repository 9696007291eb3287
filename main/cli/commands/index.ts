import type { Command } from '../command';
import { assessCommand } from './assess';
import { exportCommand } from './export';
import { checkPolicyCommand } from './check-policy';
import { importPolicyCommand } from './import-policy';
import { infoCommand } from './info';
import { serveCommand } from './serve';

/** Every subcommand, in the order `--help` lists them. Adding one: a file beside this and a line here. */
export const commands: readonly Command[] = [serveCommand, infoCommand, assessCommand, importPolicyCommand, checkPolicyCommand, exportCommand];
