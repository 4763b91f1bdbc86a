export {
  addNote,
  clientsMayNotWriteInternalNotes,
  matterDecider,
  matterMustExist,
  matterStreamName,
  noteMustSaySomething,
  openMatter,
} from './lib/matter/matter';
export type { AddNoteData, MatterCommand, MatterEvent, MatterState, OpenMatterData } from './lib/matter/matter';
