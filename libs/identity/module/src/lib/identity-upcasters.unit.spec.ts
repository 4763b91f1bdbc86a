import { Upcasters } from '@lexport/shared-eventstore';
import type { RecordedEvent } from '@lexport/shared-eventstore';
import { identityUpcasters } from './identity-upcasters';

const stored = (streamName: string, type: string, data: object, schemaVersion = 1): RecordedEvent => ({
  id: 'e1',
  streamName,
  type,
  data,
  revision: 1,
  position: 7,
  recordedAt: '2026-11-01T09:00:00.000Z',
  metadata: {
    actor: 'admin-1',
    correlationId: 'c',
    causationId: 'k',
    occurredAt: '2026-11-01T09:00:00.000Z',
    schemaVersion,
  },
});

describe('identity events stored before they carried their id', () => {
  const upcasters = new Upcasters().register(...identityUpcasters);

  it('get the account id from their stream, as version 2', () => {
    const lifted = upcasters.apply(
      stored('identity-user-u1', 'ProfileUpdated', {
        name: 'Nadia',
        language: 'fr',
        updatedAt: '2026-11-01T09:00:00.000Z',
      }),
    );
    expect(lifted.data).toEqual({ userId: 'u1', name: 'Nadia', language: 'fr', updatedAt: '2026-11-01T09:00:00.000Z' });
    expect(lifted.metadata.schemaVersion).toBe(2);
  });

  it("get the organization's id from their stream", () => {
    const lifted = upcasters.apply(
      stored('identity-organization-acme', 'OrganizationUpdated', {
        name: 'Acme',
        emailDomains: [],
        requestVisibility: 'own',
        by: 'a',
        updatedAt: 'x',
      }),
    );
    expect(lifted.data).toMatchObject({ organizationId: 'acme', name: 'Acme' });
  });

  it('leave events written with their id, and those that always had it, as they are', () => {
    const current = stored(
      'identity-user-u1',
      'ProfileUpdated',
      { userId: 'u1', name: 'Nadia', language: 'fr', updatedAt: 'x' },
      2,
    );
    expect(upcasters.apply(current)).toBe(current);
    const invited = stored('identity-user-u1', 'UserInvited', { userId: 'u1' });
    expect(upcasters.apply(invited)).toBe(invited);
  });
});
