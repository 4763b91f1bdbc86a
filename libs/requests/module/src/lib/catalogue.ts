/** One firm, one catalogue, for now: the stream id is fixed so every category lands in the same aggregate. */
export const catalogueId = 'main';
