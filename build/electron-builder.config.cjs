// electron-builder configuration: `npm run dist` on a machine with internet (it downloads Electron).
// better-sqlite3 is rebuilt against Electron's ABI here, at packaging time only (npmRebuild).
/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'cn.boxoffice.desktop',
  productName: 'boxoffice',
  copyright: 'boxoffice',
  directories: { output: 'release', buildResources: 'build' },
  files: ['dist/**/*', '!dist/**/*.map', 'package.json'],
  asar: true,
  // The native SQLite addon cannot load from inside the archive.
  asarUnpack: ['node_modules/better-sqlite3/**'],
  npmRebuild: true,
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    grantFileProtocolExtraPrivileges: false,
  },
  win: { target: [{ target: 'nsis', arch: ['x64'] }], icon: 'build/icon.png' },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true, language: '2052' },
  linux: { target: ['AppImage', 'deb'], category: 'Office', icon: 'build/icon.png', maintainer: 'boxoffice' },
  deb: { depends: ['libnss3'] },
};
