import { createHash, randomBytes } from 'node:crypto';
import type { ReadModelDocument, ReadStore } from '@lexport/shared-readstore';

const credentialsCollection = 'identity_credentials';
const sessionsCollection = 'identity_sessions';

interface CredentialDocument extends ReadModelDocument {
  readonly passwordHash: string;
  readonly changedAt: string;
}

export interface SessionDocument extends ReadModelDocument {
  readonly userId: string;
  readonly createdAt: string;
  readonly expiresAt: string;
}

const sessionKey = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * What must stay secret lives here, never in events: password hashes and sessions (stored by the hash of the cookie
 * value). These collections are durable state, not projections: no rebuild touches them.
 */
export class CredentialStore {
  constructor(private readonly readStore: ReadStore) {}

  async prepare(): Promise<void> {
    await this.readStore.ensureCollection(credentialsCollection);
    await this.readStore.ensureCollection(sessionsCollection, { indexes: ['userId', 'expiresAt'] });
  }

  async passwordHashOf(userId: string): Promise<string | undefined> {
    return (await this.readStore.get<CredentialDocument>(credentialsCollection, userId))?.passwordHash;
  }

  async setPasswordHash(userId: string, passwordHash: string, at: Date): Promise<void> {
    await this.readStore.transaction((writer) =>
      writer.upsert(credentialsCollection, { id: userId, passwordHash, changedAt: at.toISOString() }),
    );
  }

  async openSession(userId: string, at: Date, hours: number): Promise<{ token: string; session: SessionDocument }> {
    const token = randomBytes(32).toString('base64url');
    const session: SessionDocument = {
      id: sessionKey(token),
      userId,
      createdAt: at.toISOString(),
      expiresAt: new Date(at.getTime() + hours * 3_600_000).toISOString(),
    };
    await this.readStore.transaction((writer) => writer.upsert(sessionsCollection, session));
    return { token, session };
  }

  async session(token: string, at: Date): Promise<SessionDocument | undefined> {
    const session = await this.readStore.get<SessionDocument>(sessionsCollection, sessionKey(token));
    if (!session) return undefined;
    if (Date.parse(session.expiresAt) <= at.getTime()) {
      await this.readStore.transaction((writer) => writer.delete(sessionsCollection, session.id));
      return undefined;
    }
    return session;
  }

  async closeSession(token: string): Promise<void> {
    await this.readStore.transaction((writer) => writer.delete(sessionsCollection, sessionKey(token)));
  }

  /** Signs a user out everywhere (deactivation, password change). */
  async closeSessionsOf(userId: string, except?: string): Promise<void> {
    const keep = except ? sessionKey(except) : undefined;
    for (;;) {
      const page = await this.readStore.find<SessionDocument>(sessionsCollection, { where: { userId }, limit: 200 });
      const doomed = page.items.filter((session) => session.id !== keep);
      if (doomed.length === 0) return;
      await this.readStore.transaction(async (writer) => {
        for (const session of doomed) await writer.delete(sessionsCollection, session.id);
      });
    }
  }
}
