import { FilesystemBlobStore } from './filesystem-blob-store';
import { GridFsBlobStore } from './gridfs-blob-store';
import type { BlobStore } from './port';

export interface BlobStoreConfig {
  /** `mongodb://…` selects GridFS (beside the read models); absent selects files under `directory`. */
  readonly mongoUrl?: string;
  readonly mongoDatabase?: string;
  /** The portal passes `<data directory>/blobs`. */
  readonly directory: string;
}

export function createBlobStore(config: BlobStoreConfig): BlobStore {
  return config.mongoUrl
    ? new GridFsBlobStore(config.mongoUrl, config.mongoDatabase)
    : new FilesystemBlobStore(config.directory);
}
