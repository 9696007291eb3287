import type { Command } from '../command';
import { assessCommand } from './assess';
import { infoCommand } from './info';
import { serveCommand } from './serve';

/** Every subcommand, in the order `--help` lists them. Adding one: a file beside this and a line here. */
export const commands: readonly Command[] = [serveCommand, infoCommand, assessCommand];
