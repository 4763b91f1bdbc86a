import { MongoClient } from 'mongodb';
import { describeWithRealEngine } from '@lexport/shared-testing';
import { blobStoreContract } from '../testing/blob-store-contract';
import { GridFsBlobStore } from './gridfs-blob-store';

describeWithRealEngine('mongodb', 'MongoDB GridFS blob store', (url) => {
  const databaseName = `lexport_blob_contract_${process.pid}`;
  let client: MongoClient | undefined;

  afterAll(async () => {
    await client?.db(databaseName).dropDatabase();
    await client?.close();
  });

  blobStoreContract(async () => {
    client = new MongoClient(url());
    const db = client.db(databaseName);
    const files = db.collection('blobs.files');
    const chunks = db.collection('blobs.chunks');
    return {
      store: new GridFsBlobStore(url(), databaseName),
      inspect: {
        copiesOf: (sha256) => files.countDocuments({ filename: sha256 }),
        leftovers: async () => {
          const pending = await files.countDocuments({ filename: { $regex: '^pending/' } });
          const fileIds = await files.distinct('_id');
          const orphanChunks = await chunks.countDocuments({ files_id: { $nin: fileIds } });
          return pending + orphanChunks;
        },
      },
    };
  });
});
