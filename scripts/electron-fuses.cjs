// electron-builder afterPack hook (electron-builder.yml › afterPack): flips Electron's fuses in the packaged binary,
// before signing, so the shipped app cannot be turned into something else:
// - RunAsNode off: ELECTRON_RUN_AS_NODE cannot make the signed binary run arbitrary scripts as plain Node;
// - NODE_OPTIONS and --inspect ignored, for the same reason;
// - cookies encrypted at rest with the OS key store;
// - the app code loaded only from app.asar, and that archive checked against the hash embedded at packaging, so a
//   changed app.asar (or a loose app/ folder beside it) is not run (macOS and Windows; Linux has no such check);
// - file:// gets no extra privileges (the app is served from app://workbench).
// CommonJS because electron-builder requires its hooks; @electron/fuses is an ES module, imported when the hook runs.
/* global require, module */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const path = require('node:path');

/** The wire as set, by FuseV1Options name: read by tests/integration/electron/fuses.test.ts. */
const fuses = {
  RunAsNode: false,
  EnableCookieEncryption: true,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  GrantFileProtocolExtraPrivileges: false,
};

/** The packaged Electron executable electron-builder just wrote, per platform. */
function electronBinary(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const name = packager.appInfo.productFilename;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') return path.join(appOutDir, `${name}.app`);
  if (electronPlatformName === 'win32') return path.join(appOutDir, `${name}.exe`);
  return path.join(appOutDir, packager.executableName);
}

async function afterPack(context) {
  const { flipFuses, FuseVersion, FuseV1Options } = await import('@electron/fuses');
  const config = { version: FuseVersion.V1, resetAdHocDarwinSignature: context.electronPlatformName === 'darwin' };
  for (const [name, value] of Object.entries(fuses)) {
    if (!(name in FuseV1Options)) throw new Error(`@electron/fuses has no fuse named ${name}`);
    config[FuseV1Options[name]] = value;
  }
  await flipFuses(electronBinary(context), config);
}

module.exports = afterPack;
module.exports.default = afterPack;
module.exports.fuses = fuses;
module.exports.electronBinary = electronBinary;
