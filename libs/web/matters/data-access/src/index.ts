export { attachmentDownloadUrl, MattersApi } from './lib/matters-api';
export type { MatterFilters, MatterPageQuery, NoteAdded } from './lib/matters-api';
export { mattersProblemKey } from './lib/matters-problems';
