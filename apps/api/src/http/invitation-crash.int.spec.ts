import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SqliteEventStore } from '@lexport/shared-eventstore';
import {
  builtPortal,
  callPortal,
  freePort,
  kill,
  portalWentAway,
  signInTo,
  startPortal,
  temporaryDirectory,
} from '@lexport/shared-testing';
import type { Portal, Session } from '@lexport/shared-testing';

const admin = { email: 'admin@lexport.demo', password: 'lantern-harbour-violet-2026' };
const signIn = (portal: Portal) => signInTo(portal, admin);
const call = (portal: Portal, session: Session, method: string, path: string, body?: object, key?: string) =>
  callPortal(portal, session, method, path, body, key ? { 'idempotency-key': key } : {});

interface Invitation {
  readonly email: string;
  readonly key: string;
  /** A client that gave up on its request and invites again with a new key, instead of retrying with the same one. */
  readonly retriesWithNewKey: boolean;
  acknowledgedId?: string;
  outcome?: 'created' | 'taken';
}

/**
 * An invitation writes two streams (the address's claim, then the account). The portal is killed with SIGKILL while
 * invitations are in flight, restarted, and every unanswered invitation is retried: with the same Idempotency-Key
 * (it must finish what the first attempt began, never create a second account) or, for some, with a new key (the
 * address left claimed by the dead attempt must be usable again).
 */
describe('invitations under SIGKILL, retried after restart', () => {
  const directory = temporaryDirectory('lexport-invitation-crash-');
  afterAll(() => directory.remove());

  it('ends with exactly one account per address, the one the acknowledged answers named, and no address blocked', async () => {
    expect(existsSync(builtPortal)).toBe(true);
    const port = await freePort();
    const invitations: Invitation[] = Array.from({ length: 160 }, (_, index) => ({
      email: `crash.invitee${index}@acme.demo`,
      key: `crash-invite-${index}-${Date.now()}`,
      retriesWithNewKey: index % 4 === 3,
    }));
    let kills = 0;
    let attempts = 0;
    let interrupted = 0;
    for (let round = 0; round < 12 && invitations.some((invitation) => !invitation.outcome); round += 1) {
      const portal = await startPortal(directory.path, port);
      const session = await signIn(portal);
      const lastRound = round >= 8;
      const killTimer = lastRound
        ? undefined
        : // Early enough that invitations are still in flight: commits got faster, and a round that ends before its
          // kill tests nothing.
          setTimeout(() => void kill(portal).then(() => (kills += 1)), 15 + ((round * 7919) % 90));
      const pending = invitations.filter((invitation) => !invitation.outcome);
      // Four clients at a time, as an admin page with a few tabs would.
      for (let start = 0; start < pending.length; start += 4) {
        await Promise.all(
          pending.slice(start, start + 4).map(async (invitation) => {
            const key = invitation.retriesWithNewKey && round > 0 ? `${invitation.key}-again-${round}` : invitation.key;
            attempts += 1;
            try {
              const response = await call(
                portal,
                session,
                'POST',
                '/api/identity/users',
                { email: invitation.email, name: 'Crash Invitee', roles: ['client'], organizationId: 'acme' },
                key,
              );
              const body = (await response.json()) as { id?: string; code?: string };
              if (response.status === 201) {
                invitation.acknowledgedId = body.id;
                invitation.outcome = 'created';
              } else if (response.status === 409 && body.code === 'email-taken' && invitation.retriesWithNewKey) {
                // The dead attempt had in fact finished: the address has its account, which a new key must not duplicate.
                invitation.outcome = 'taken';
              } else {
                throw new Error(`unexpected answer ${response.status} ${JSON.stringify(body)} for ${invitation.email}`);
              }
            } catch (error) {
              if (!portalWentAway(error)) throw error;
              interrupted += 1;
            }
          }),
        );
      }
      clearTimeout(killTimer);
      await kill(portal);
    }

    const portal = await startPortal(directory.path, port);
    try {
      const session = await signIn(portal);
      const users = new Map<string, Array<{ id: string; email: string; status: string }>>();
      // The users list is a projection that catches up after the restart.
      for (let wait = 0; wait < 100; wait += 1) {
        const everyone = await call(portal, session, 'GET', '/api/identity/users?search=crash.invitee&limit=100');
        if (((await everyone.json()) as { total: number }).total >= invitations.length) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      for (const invitation of invitations) {
        const response = await call(
          portal,
          session,
          'GET',
          `/api/identity/users?search=${encodeURIComponent(invitation.email)}&limit=10`,
        );
        users.set(
          invitation.email,
          ((await response.json()) as { items: Array<{ id: string; email: string; status: string }> }).items,
        );
      }
      const unanswered = invitations.filter((invitation) => !invitation.outcome).map((invitation) => invitation.email);
      const notOne = [...users]
        .filter(([, accounts]) => accounts.length !== 1)
        .map(([email, accounts]) => `${email}: ${accounts.length}`);
      const wrongId = invitations
        .filter(
          (invitation) =>
            invitation.acknowledgedId && users.get(invitation.email)?.[0]?.id !== invitation.acknowledgedId,
        )
        .map((invitation) => invitation.email);
      process.stdout.write(
        `invitation crash test: ${kills} kills, ${attempts} requests (${interrupted} failed while the portal was down), ${invitations.filter((invitation) => invitation.outcome === 'created').length} created, ${invitations.filter((invitation) => invitation.outcome === 'taken').length} found taken, ${notOne.length} addresses without exactly one account\n`,
      );
      expect(kills).toBeGreaterThanOrEqual(4);
      expect(interrupted).toBeGreaterThanOrEqual(kills);
      expect(unanswered).toEqual([]);
      expect(notOne).toEqual([]);
      expect(wrongId).toEqual([]);
      for (const accounts of users.values()) expect(accounts[0]?.status).toBe('invited');
    } finally {
      await kill(portal);
    }
    const events = new SqliteEventStore(join(directory.path, 'lexport.sqlite'));
    try {
      let abandoned = 0;
      for (let after = 0; ;) {
        const page = await events.readAll({ after, maxCount: 5000 });
        if (page.length === 0) break;
        abandoned += page.filter((event) => event.type === 'UnfinishedAccountAbandoned').length;
        after = page[page.length - 1]?.position ?? after;
      }
      process.stdout.write(
        `invitation crash test: ${abandoned} addresses left claimed by a killed attempt were taken over by a new one\n`,
      );
    } finally {
      await events.close();
    }
  }, 300_000);
});
