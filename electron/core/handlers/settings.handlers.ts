import { settingsContracts } from '@shared/api/settings.contract';
import type { SettingsService } from '../services/settings.service';
import { createTypedHandler } from './typed-handler';

export function settingsHandlers(settings: SettingsService) {
  return {
    'settings:get': createTypedHandler(settingsContracts['settings:get'], () => settings.get()),
    'settings:update': createTypedHandler(settingsContracts['settings:update'], (patch) => settings.update(patch)),
  };
}
