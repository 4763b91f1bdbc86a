export type { BlobContent, BlobRange, BlobStore, BlobWriteOptions, StoredBlob } from './lib/port';
export { BlobNotFoundError, BlobRangeError, BlobStoreError, BlobTooLargeError, isSha256 } from './lib/port';
export { FilesystemBlobStore } from './lib/filesystem-blob-store';
export { GridFsBlobStore } from './lib/gridfs-blob-store';
export { createBlobStore } from './lib/factory';
export type { BlobStoreConfig } from './lib/factory';
