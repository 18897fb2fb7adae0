/**
 * The command line of `npm run scenario` (args.ts spec), in its own light module so tests and --help load it
 * without any computation.
 */
import type { CliSpec } from './args';

export const SCENARIO_SPEC = {
  name: 'scenario',
  summary:
    'What-if scenario under stated assumptions (not a forecast): levers on wijken (or buurten) of one gemeente, the\n' +
    'indices before and after under each relocation rule, per zone and per unit. The spec is the JSON the app exports\n' +
    '(version 1; examples in examples/scenarios/). A CSV written to --out gets a sidecar <out>.meta.json with the spec,\n' +
    'the sentence, every assumption and approximation and the ledgers; JSON holds the full result.',
  options: {
    spec: { type: 'string', required: true, valueName: 'file', help: 'scenario spec, JSON (see examples/scenarios/)' },
    out: { type: 'string', valueName: 'file', help: 'output file (default: stdout)' },
    format: { type: 'choice', choices: ['csv', 'json'], help: 'csv or json (default: from the --out extension .csv/.json, else csv)' },
    data: { type: 'string', valueName: 'dir', default: 'data', help: 'data folder (variables.json, stats/, geo/)' },
  },
  examples: [
    'npm run scenario -- --spec examples/scenarios/convert-owner.json --out scenario.csv',
    'npm run scenario -- --spec examples/scenarios/allocation-rule.json --format json',
  ],
} as const satisfies CliSpec;
