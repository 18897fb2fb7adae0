/** Import of official CBS files (pure: browser and Node). See /work/helper-notes/import-api.md for the API. */
export * from './types';
export { importFile, importJsonText, importJsonValue, detectFormat, checkSize } from './import-file';
export { importCsvText } from './csv';
export { parseODataV4Page, importObservations, type V4Observation, type PageResult } from './odata-v4';
export { parseODataV3Page, importTypedDataSet, readDataProperties, type V3Record } from './odata-v3';
export { parseGeoJsonPage, importGeoJson, type GeoJsonPage } from './geojson';
export { KWB_CROSSWALK, keyStem, v4MeasuresForVariables, byV4Measure, byMnemonic, type CrosswalkEntry } from './crosswalk';
export { messageText, hasErrors } from './messages';
export { parseRegionCode } from './codes';
