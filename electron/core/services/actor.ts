import { userInfo } from 'node:os';
import type { Db } from '../db/database';
import { findSettings } from '../repos/settings.repo';

function systemUser(): string {
  try {
    return userInfo().username || 'Microplan';
  } catch {
    // Some sandboxes have no passwd entry for the user.
    return 'Microplan';
  }
}

/** Who is recorded in histories: the name entered in Settings, else the computer's user name. */
export async function currentActor(db: Db): Promise<string> {
  return (await findSettings(db))?.user_name?.trim() || systemUser();
}
