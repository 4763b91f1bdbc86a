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

  it('commits the writes that wait together in one transaction, where one that fails takes back only its own', async () => {
    const file = SqliteFile.acquire(join(directory, 'group.sqlite'));
    await file.write((db) => db.exec('CREATE TABLE entries (id INTEGER PRIMARY KEY, value TEXT UNIQUE)'));
    let commits = 0;
    const counting = file.write(async () => {
      // Holds the writer while the others queue up behind it: they then share the next commit.
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    const insert = (value: string, options = {}) =>
      file.write((db) => {
        db.prepare('INSERT INTO entries (value) VALUES (?)').run(value);
        commits += 1;
        return value;
      }, options);
    const results = await Promise.allSettled([
      counting,
      insert('a'),
      insert('b', { durability: 'relaxed' }),
      insert('a'),
      insert('c'),
    ]);
    expect(results.map((result) => result.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
    ]);
    const rows = file.reader.prepare('SELECT value FROM entries ORDER BY id').all() as { value: string }[];
    expect(rows.map((row) => row.value)).toEqual(['a', 'b', 'c']);
    expect(commits).toBe(3);
    file.release();
  });

  it('answers every caller of a group and leaves no transaction open when its commit fails', async () => {
    const file = SqliteFile.acquire(join(directory, 'failing.sqlite'));
    await file.write((db) => db.exec('CREATE TABLE entries (value TEXT)'));
    const broken = file.write((db) => db.exec('ROLLBACK'));
    await expect(broken).rejects.toBeDefined();
    await file.write((db) => db.prepare('INSERT INTO entries VALUES (?)').run('after'));
    expect(file.writer.isTransaction).toBe(false);
    expect(file.reader.prepare('SELECT value FROM entries').all()).toEqual([{ value: 'after' }]);
    file.release();
  });
});
