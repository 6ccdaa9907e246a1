import type { ApiResult } from '@shared/api/contract';
import type { Channel } from '@shared/api';
import { applyOverrides } from '@shared/benchmarks/benchmark-overrides';
import { defaultBenchmarks } from '@shared/benchmarks/default-benchmarks';
import { defaultSettings, settingsPatchSchema, type Settings } from '@shared/domain/settings';
import type { Transport } from '../../renderer/src/api/api-client';

/** An in-memory backend for DOM tests: validates like the real one, records every call. */
export function fakeTransport(initial: Partial<Settings> = {}, overrides: Record<string, number> = {}) {
  let settings: Settings = { ...defaultSettings, ...initial };
  const calls: [Channel, unknown][] = [];
  const transport: Transport = async (channel, input): Promise<ApiResult<unknown>> => {
    calls.push([channel, input]);
    switch (channel) {
      case 'settings:get':
        return { ok: true, data: settings };
      case 'settings:update': {
        const parsed = settingsPatchSchema.safeParse(input);
        if (!parsed.success) {
          const issue = parsed.error.issues[0]!;
          return { ok: false, error: { code: 'invalid_input', field: issue.path.join('.'), message: issue.message, issues: [] } };
        }
        settings = { ...settings, ...parsed.data };
        return { ok: true, data: settings };
      }
      case 'app:info':
        return { ok: true, data: { version: 'test', workspaceFile: '/home/ann/.config/Microplan/microplan.sqlite', mode: 'browser' } };
      case 'benchmarks:get': {
        const figures = applyOverrides(defaultBenchmarks, overrides);
        return { ok: true, data: { ...defaultBenchmarks, figures, overrideCount: figures.filter((f) => f.overridden).length } };
      }
      default:
        return { ok: false, error: { code: 'unknown_channel', message: channel } };
    }
  };
  return { transport, calls, current: () => settings };
}
