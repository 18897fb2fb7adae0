/** Public surface of the index functions (one family per file; see docs/methods.md for formulas and sources). */
export { dissimilarity, dissimilarityCore } from './dissimilarity';
export { isolation, exposure, correlationRatio } from './exposure';
export { theilH, binaryEntropy, entropyOfWeights } from './entropy';
export { gini } from './gini';
export { atkinson, DEFAULT_ATKINSON_B } from './atkinson';
export { mutualInformation, theilHMulti } from './mutual-information';
export { multigroupDissimilarity } from './multigroup-dissimilarity';
export { morrillDadj } from './morrill';
export { wongDw, wongDs, type WongOptions } from './wong';
export { spatialProximity, type SpatialProximityOptions, type SelfDistance } from './spatial-proximity';
export { locationQuotient, localEntropy, localSegregation, type LocalResult, type LocalEntropyResult } from './local';
export { decomposeMutualInformation, type MDecomposition, type RegionPart } from './decomposition';
export {
  computeSuite,
  type SuiteOptions,
  type SuiteResult,
  type SpatialInput,
  type TwoGroupIndexId,
  type MultiGroupIndexId,
} from './suite';
