/**
 * The renderer is served from a custom standard+secure scheme rather than file://, so it has a real origin
 * (app://workbench) that navigation guards, the IPC sender check and the CSP's 'self' all refer to.
 * No Electron import here: the preload bundle uses it too.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'workbench';
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/`;

export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    // Compare scheme and host: Node's URL reports the origin of a non-special scheme as "null".
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/** Only these are handed to the OS browser; file:, javascript:, custom schemes never are. */
export function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** One IPC channel per operation of the contract. */
export function channelOf(operation: string): string {
  return `workbench:${operation}`;
}
