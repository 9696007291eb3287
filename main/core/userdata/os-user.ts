import os from 'node:os';

/** The operating-system account name, which the audit trail names when Settings has no user name. */
export function osUserName(env: NodeJS.ProcessEnv = process.env): string {
  try {
    const name = os.userInfo().username;
    if (name) return name;
  } catch {
    // userInfo() throws for a uid without a passwd entry (e.g. some containers): use the environment.
  }
  return env.USER || env.USERNAME || env.LOGNAME || 'unknown';
}
