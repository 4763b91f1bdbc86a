import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteReadStore } from '@lexport/shared-readstore';
import { BatchWriter } from './batch-writer';

describe('a batch writer with other writers on its collection', () => {
  const directory = mkdtempSync(join(tmpdir(), 'lexport-batch-writer-'));
  const store = new SqliteReadStore(join(directory, 'batch.sqlite'));

  beforeAll(() => store.ensureCollection('email_outbox'));
  afterAll(async () => {
    await store.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('does not put back a document another writer created (and changed) after it was read as absent', async () => {
    const batch = new BatchWriter(store, (collection) => collection);
    expect(await batch.get('email_outbox', 'entry-1')).toBeUndefined();
    await batch.upsert('email_outbox', { id: 'entry-1', status: 'queued' });
    // Meanwhile another process queued the same entry and its sender sent it.
    await store.transaction((writer) => writer.upsert('email_outbox', { id: 'entry-1', status: 'sent' }));
    await store.transaction((writer) => batch.flush(writer));
    expect(await store.get('email_outbox', 'entry-1')).toEqual({ id: 'entry-1', status: 'sent' });
  });

  it('still writes documents it never read, and changes it made to documents it read', async () => {
    await store.transaction((writer) => writer.upsert('email_outbox', { id: 'entry-2', status: 'queued' }));
    const batch = new BatchWriter(store, (collection) => collection);
    await batch.patch('email_outbox', 'entry-2', { status: 'failed' });
    await batch.upsert('email_outbox', { id: 'entry-3', status: 'queued' });
    await store.transaction((writer) => batch.flush(writer));
    expect(await store.get('email_outbox', 'entry-2')).toEqual({ id: 'entry-2', status: 'failed' });
    expect(await store.get('email_outbox', 'entry-3')).toEqual({ id: 'entry-3', status: 'queued' });
  });
});
