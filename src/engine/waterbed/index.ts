/** Public API of the waterbed engine (pure: no DOM, no DuckDB, no geo). */
export * from './types';
export * from './crosswalk';
export * from './indicator';
export * from './harmonise';
export * from './membership';
export * from './aggregate';
export * from './compare';
export * from './phrases';
export * from './summary';
export * from './trajectories';
export * from './two-margin';
export * from './growth';
export * from './consistency';
export * from './uncertainty';
