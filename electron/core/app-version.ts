import pkg from '../../package.json';

/** The app's version, bundled at build time so it is right in Electron and in browser mode alike. */
export const appVersion: string = pkg.version;
