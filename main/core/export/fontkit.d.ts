/** fontkit ships no types; fonts.ts uses only create(). */
declare module 'fontkit' {
  export function create(buffer: Uint8Array, postscriptName?: string): unknown;
}
