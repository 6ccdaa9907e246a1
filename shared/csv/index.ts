/** The pure CSV core for creator import and export: no I/O, runs in Node and in the renderer. */
export * from './problems';
export * from './decode';
export * from './dialect';
export * from './numbers';
export * from './parse';
export * from './headers';
export * from './platform-headers';
export * from './file-platform';
export * from './handles';
export * from './cells';
export * from './creator-rows';
export * from './read-creators';
export * from './importable-rows';
export * from './export';
export * from './file-name-date';
export * from './dates';
