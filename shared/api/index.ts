import { ambassadorsContracts } from './ambassadors.contract';
import { appContracts } from './app.contract';
import { benchmarksContracts } from './benchmarks.contract';
import { campaignsContracts, clientsContracts, deliverablesContracts, partnershipsContracts, templatesContracts } from './campaigns.contract';
import { creatorsContracts } from './creators.contract';
import { demoContracts } from './demo.contract';
import { plansContracts } from './plans.contract';
import { remindersContracts } from './reminders.contract';
import { wizardContracts } from './wizard.contract';
import { savedViewsContracts } from './saved-views.contract';
import type { ContractInput, ContractOutput } from './contract';
import { settingsContracts } from './settings.contract';

/** The whole contract between renderer and backend: one entry per `domain:verb` channel. */
export const contracts = {
  ...appContracts,
  ...settingsContracts,
  ...benchmarksContracts,
  ...creatorsContracts,
  ...savedViewsContracts,
  ...demoContracts,
  ...plansContracts,
  ...wizardContracts,
  ...clientsContracts,
  ...campaignsContracts,
  ...partnershipsContracts,
  ...deliverablesContracts,
  ...templatesContracts,
  ...ambassadorsContracts,
  ...remindersContracts,
};

export type Contracts = typeof contracts;
export type Channel = keyof Contracts;
export const channels = Object.keys(contracts) as Channel[];

type DomainOf<C extends string> = C extends `${infer D}:${string}` ? D : never;

/**
 * The API as the renderer sees it: `api.settings.update(patch)`. Derived from the
 * contract so a new channel appears here, in the preload and in both adapters at once.
 */
export type Api = {
  [D in DomainOf<Channel>]: {
    [C in Channel as C extends `${D}:${infer Verb}` ? Verb : never]: (
      input: ContractInput<Contracts[C]>,
    ) => Promise<ContractOutput<Contracts[C]>>;
  };
};

export function splitChannel(channel: string): [domain: string, verb: string] {
  const at = channel.indexOf(':');
  return [channel.slice(0, at), channel.slice(at + 1)];
}

/**
 * Builds the nested `{ domain: { verb: fn } }` object from the channel list.
 * Used by the preload (over IPC) and by the renderer's adapters.
 */
export function buildByChannel<F>(make: (channel: Channel) => F): Record<string, Record<string, F>> {
  const api: Record<string, Record<string, F>> = {};
  for (const channel of channels) {
    const [domain, verb] = splitChannel(channel);
    (api[domain] ??= {})[verb] = make(channel);
  }
  return api;
}

export * from './contract';
export type { BenchmarksView } from './benchmarks.contract';
export type { AppInfo } from './app.contract';
