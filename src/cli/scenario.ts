/**
 * npm run scenario -- --spec scenario.json [--format json|csv] [--out f] [--data dir]
 * What-if scenario from a spec file (the JSON the app exports); see scenario-main.ts and README "What-if scenarios".
 */
import { runCli } from './run';
import { scenarioMain } from './scenario-main';

runCli((argv) => scenarioMain(argv));
