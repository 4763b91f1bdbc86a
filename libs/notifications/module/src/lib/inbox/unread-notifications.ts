import type { ProjectionReader } from '@lexport/shared-projections';
import type { FindQuery } from '@lexport/shared-readstore';
import { inboxCollections } from './inbox.projection';

/** Unread: not marked read one by one, and after the position the person marked everything read up to. */
export function unreadWhere(userId: string, readUpToPosition: number): FindQuery['where'] {
  return { userId, read: false, position: { gt: readUpToPosition } };
}

export async function countUnread(reader: ProjectionReader, userId: string, readUpToPosition: number): Promise<number> {
  const page = await reader.find(inboxCollections.notifications, {
    where: unreadWhere(userId, readUpToPosition),
    limit: 1,
  });
  return page.total;
}
