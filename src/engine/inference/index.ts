/** Public surface of the inference routines (seeded; see docs/methods.md). */
export {
  bootstrapIndices,
  bootstrapPrepared,
  DEFAULT_BOOTSTRAP_REPLICATES,
  DEFAULT_SEED,
  type BootstrapOptions,
  type BootstrapResult,
  type Interval,
} from './bootstrap';
export {
  expectedUnderRandomAllocation,
  randomAllocationPrepared,
  biasCorrectedD,
  DEFAULT_RANDOM_REPLICATES,
  type RandomAllocationOptions,
  type RandomAllocationResult,
  type BiasCorrectedD,
} from './random-allocation';
