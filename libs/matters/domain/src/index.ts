export { matterDecider, matterStreamName, openMatter } from './lib/matter/matter';
export type { MatterCommand, MatterEvent, MatterState, OpenMatterData } from './lib/matter/matter';
