import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where Electron keeps the app's data (`app.getPath('userData')` for productName
 * "Microplan"), computed without Electron so browser mode opens the same workspace.
 */
export function defaultUserDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  const home = homedir();
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Microplan');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Microplan');
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Microplan');
}
