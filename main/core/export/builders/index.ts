/** Record → document model: pure builders, one per document the workbench exports. */
export { buildPpcReport, type PpcStage } from './ppc-report';
export { buildIndividualsNotice } from './notice';
export { buildPublicAnnouncement } from './announcement';
export { buildIncidentSummary } from './summary';
export { buildTimingReport, timingTotals, type TimingIncident, type TimingInput, type TimingTotals } from './timing';
export { buildPolicy } from './policy';
export type { BuildOptions, IncidentRecord } from './record';
export type { PolicyBuildOptions, PolicyExportInput, PolicyRevision } from './policy-input';
