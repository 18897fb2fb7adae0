/** Waterbed-effect comparison views: form, summary with ring table and CSV, trajectory chart, unit table. */
export { WaterbedControls, type IndicatorOption, type WaterbedControlsProps } from './WaterbedControls';
export { WaterbedSummary, type WaterbedSummaryProps } from './WaterbedSummary';
export { TrajectoryChart, type TrajectoryChartProps } from './TrajectoryChart';
export { WaterbedUnitsTable, type WaterbedUnitsTableProps } from './WaterbedUnitsTable';
export {
  RING_COLORS,
  RING_DASH,
  DEFAULT_FLAG_THRESHOLD,
  addTarget,
  defaultForm,
  removeTarget,
  toRequest,
  toggleTarget,
  validateForm,
  waterbedCsv,
  waterbedCsvFilename,
  type FormValidation,
  type WaterbedForm,
  type WaterbedTarget,
} from './waterbed-model';
