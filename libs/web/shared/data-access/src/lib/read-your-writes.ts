import { Injectable, signal } from '@angular/core';
import type { HttpInterceptorFn } from '@angular/common/http';
import { HttpResponse } from '@angular/common/http';
import { inject } from '@angular/core';
import { positionHeader } from '@lexport/shared-published';
import { tap } from 'rxjs';

/**
 * Remembers the global position of this tab's last write, so that every later read asks the API to wait until
 * the read models include it: after "Save", the list shows what was saved.
 */
@Injectable({ providedIn: 'root' })
export class ReadYourWrites {
  private readonly lastWrite = signal(0);
  readonly position = this.lastWrite.asReadonly();

  observe(position: number): void {
    if (Number.isSafeInteger(position) && position > this.lastWrite()) this.lastWrite.set(position);
  }
}

const readMethods = new Set(['GET', 'HEAD']);

export const readYourWritesInterceptor: HttpInterceptorFn = (request, next) => {
  const tracker = inject(ReadYourWrites);
  const position = tracker.position();
  const isApi = request.url.startsWith('/api/');
  const outgoing =
    isApi && readMethods.has(request.method) && position > 0
      ? request.clone({ setHeaders: { [positionHeader]: String(position) } })
      : request;
  return next(outgoing).pipe(
    tap((event) => {
      if (!isApi || readMethods.has(request.method) || !(event instanceof HttpResponse)) return;
      const written = Number(event.headers.get(positionHeader));
      if (written > 0) tracker.observe(written);
    }),
  );
};
