/** The pure calculation core: plain data and a benchmark data set in, explained figures out. */
export * from './results';
export * from './figures';
export * from './money';
export * from './stats';
export * from './tiers';
export * from './engagement';
export * from './benchmark-comparison';
export * from './growth';
export * from './authenticity';
export * from './pricing';
export * from './kpis';
export * from './forecast';
export * from './allocation';
export * from './platform-recommendation';
export * from './vetting';
