import { randomUUID } from 'node:crypto';
import type { NewEvent } from '@lexport/shared-eventstore';
import { defineProjection } from '@lexport/shared-projections';
import type { ReadModelDocument } from '@lexport/shared-readstore';

/**
 * A projection shaped like the portal's real list views: one document per matter, created by one event and
 * patched by the others, with a read-modify-write for counters. Used by the benchmark and the crash test.
 */
export interface MatterRow extends ReadModelDocument {
  title: string;
  client: string;
  status: string;
  notes: number;
  nextHearing: string | null;
  updatedAt: string;
}

export const mattersProjection = defineProjection({
  name: 'bench_matters',
  version: 1,
  collections: { matters: { indexes: ['status', 'client', 'updatedAt'], textFields: ['title'] } },
  eventTypes: ['MatterOpened', 'MatterStatusChanged', 'HearingScheduled', 'NoteAdded'],
  async apply(event, writer) {
    const data = event.data as {
      matterId: string;
      title?: string;
      client?: string;
      status?: string;
      at: string;
      hearingAt?: string;
    };
    switch (event.type) {
      case 'MatterOpened':
        await writer.upsert('matters', {
          id: data.matterId,
          title: data.title ?? '',
          client: data.client ?? '',
          status: 'open',
          notes: 0,
          nextHearing: null,
          updatedAt: data.at,
        } satisfies MatterRow);
        return;
      case 'MatterStatusChanged':
        await writer.patch('matters', data.matterId, { status: data.status, updatedAt: data.at });
        return;
      case 'HearingScheduled':
        await writer.patch('matters', data.matterId, { nextHearing: data.hearingAt, updatedAt: data.at });
        return;
      case 'NoteAdded': {
        // The note count comes from the stream revision, so that applying the same event twice changes nothing.
        const matter = await writer.get<MatterRow>('matters', data.matterId);
        if (matter)
          await writer.patch('matters', data.matterId, {
            notes: Math.max(matter.notes, event.revision),
            updatedAt: data.at,
          });
        return;
      }
    }
  },
});

const clients = ['Acme SA', 'Globex GmbH', 'Initech Ltd', 'Umbrella SARL', 'Stark LLP'];

/** The n-th event of a synthetic history: every matter opens, then gets status changes, hearings and notes. */
export function matterEvent(matterNumber: number, revision: number, at = '2026-11-27T10:00:00.000Z'): NewEvent {
  const matterId = `m${matterNumber}`;
  const metadata = {
    actor: 'bench',
    correlationId: 'bench',
    causationId: randomUUID(),
    occurredAt: at,
    schemaVersion: 1,
  };
  if (revision === 0) {
    return {
      id: randomUUID(),
      type: 'MatterOpened',
      data: { matterId, title: `Matter ${matterNumber}`, client: clients[matterNumber % clients.length], at },
      metadata,
    };
  }
  switch (revision % 3) {
    case 0:
      return {
        id: randomUUID(),
        type: 'MatterStatusChanged',
        data: { matterId, status: revision % 2 ? 'pending' : 'open', at },
        metadata,
      };
    case 1:
      return {
        id: randomUUID(),
        type: 'NoteAdded',
        data: { matterId, body: 'Client called about the hearing date', at },
        metadata,
      };
    default:
      return {
        id: randomUUID(),
        type: 'HearingScheduled',
        data: { matterId, hearingAt: '2027-01-15T09:30:00.000Z', at },
        metadata,
      };
  }
}
