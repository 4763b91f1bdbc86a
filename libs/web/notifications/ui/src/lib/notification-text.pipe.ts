import { inject, Pipe } from '@angular/core';
import type { PipeTransform } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import type { NotificationView } from '@lexport/notifications-published';

/**
 * A notification in the reader's language, from its kind and the values it mentions. The host declares the
 * notifications translation scope (`notificationsScope`).
 */
@Pipe({ name: 'notificationText', pure: false })
export class NotificationTextPipe implements PipeTransform {
  private readonly transloco = inject(TranslocoService);

  transform(notification: NotificationView): string {
    return this.transloco.translate(`notifications.kinds.${notification.kind}`, notification.params);
  }
}
