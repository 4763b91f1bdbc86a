import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteFile } from './sqlite-file';

describe('one SQLite file per process', () => {
  const directory = mkdtempSync(join(tmpdir(), 'lexport-sqlite-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('shares one instance per path until the last release', () => {
    const path = join(directory, 'shared.sqlite');
    const first = SqliteFile.acquire(path);
    const second = SqliteFile.acquire(path);
    expect(second).toBe(first);
    first.release();
    expect(() => second.writer.exec('SELECT 1')).not.toThrow();
    second.release();
    expect(() => second.writer.exec('SELECT 1')).toThrow();
  });

  it('runs async write transactions one after another, never interleaved', async () => {
    const file = SqliteFile.acquire(join(directory, 'queue.sqlite'));
    await file.write((db) => db.exec('CREATE TABLE log (entry TEXT)'));
    const order: string[] = [];
    const slow = file.write(async (db) => {
      order.push('slow:start');
      await new Promise((resolve) => setTimeout(resolve, 30));
      db.prepare('INSERT INTO log VALUES (?)').run('slow');
      order.push('slow:end');
    });
    const fast = file.write((db) => {
      order.push('fast');
      db.prepare('INSERT INTO log VALUES (?)').run('fast');
    });
    await Promise.all([slow, fast]);
    expect(order).toEqual(['slow:start', 'slow:end', 'fast']);
    expect(
      file.reader
        .prepare('SELECT entry FROM log ORDER BY rowid')
        .all()
        .map((row) => row['entry']),
    ).toEqual(['slow', 'fast']);
    file.release();
  });

  it('rolls a failed transaction back and keeps serving the next one', async () => {
    const file = SqliteFile.acquire(join(directory, 'rollback.sqlite'));
    await file.write((db) => db.exec('CREATE TABLE log (entry TEXT)'));
    await expect(
      file.write((db) => {
        db.prepare('INSERT INTO log VALUES (?)').run('lost');
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    await file.write((db) => db.prepare('INSERT INTO log VALUES (?)').run('kept'));
    expect(
      file.reader
        .prepare('SELECT entry FROM log')
        .all()
        .map((row) => row['entry']),
    ).toEqual(['kept']);
    file.release();
  });

  it('keeps readers from seeing a transaction before it commits', async () => {
    const file = SqliteFile.acquire(join(directory, 'isolation.sqlite'));
    await file.write((db) => db.exec('CREATE TABLE log (entry TEXT)'));
    const count = () => Number(file.reader.prepare('SELECT count(*) AS n FROM log').get()?.['n']);
    await file.write(async (db) => {
      db.prepare('INSERT INTO log VALUES (?)').run('pending');
      expect(count()).toBe(0);
    });
    expect(count()).toBe(1);
    file.release();
  });
});
