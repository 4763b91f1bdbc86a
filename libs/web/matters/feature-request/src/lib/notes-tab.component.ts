import { DatePipe } from '@angular/common';
import {
  afterRenderEffect,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { TranslocoDirective } from '@jsverse/transloco';
import { noteBodyMax } from '@lexport/matters-published';
import type { NoteView } from '@lexport/matters-published';
import { attachmentDownloadUrl, MattersApi, mattersProblemKey } from '@lexport/web-matters-data-access';
import { HttpAttachmentUploader, newIdempotencyKey } from '@lexport/web-requests-data-access';
import type { StoredAttachment } from '@lexport/web-requests-data-access';
import { toProblem } from '@lexport/web-shared-data-access';
import type { Problem } from '@lexport/web-shared-data-access';
import type { Subscription } from 'rxjs';

/** A file picked for the next note: travelling (with its progress), stored, or refused. */
interface Upload {
  readonly id: number;
  readonly name: string;
  readonly progress: number;
  readonly stored?: StoredAttachment;
  readonly failed?: boolean;
  readonly subscription?: Subscription;
}

const maxFiles = 10;
let nextUploadId = 0;

/**
 * The conversation of a request, newest last, and the form that adds to it. The page loads and polls the notes; this
 * component shows them and tells the page when a note was sent (the page reads them again, read-your-writes).
 */
@Component({
  selector: 'lex-notes-tab',
  imports: [
    DatePipe,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatProgressSpinnerModule,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './notes-tab.component.html',
  styleUrl: './notes-tab.component.scss',
})
export class NotesTabComponent {
  private readonly api = inject(MattersApi);
  private readonly uploader = inject(HttpAttachmentUploader);

  readonly matterId = input.required<string>();
  /** Null while the first answer is awaited. */
  readonly notes = input.required<readonly NoteView[] | null>();
  readonly problem = input<Problem | null>(null);
  /** The legal team may write internal notes. */
  readonly staff = input(false);
  readonly language = input<'en' | 'fr'>('en');
  /** A note to scroll to once it is shown (from a notification link `#note-<id>`). */
  readonly focusNoteId = input<string | null>(null);

  /** A note was accepted: the page reads the conversation again. */
  readonly sent = output<string>();
  readonly retry = output<void>();

  protected readonly max = noteBodyMax;
  protected readonly maxFiles = maxFiles;
  protected readonly messageKey = mattersProblemKey;

  protected readonly shown = computed(() =>
    (this.notes() ?? []).map((note) => ({
      ...note,
      files: note.attachments.map((file) => ({
        ...file,
        href: attachmentDownloadUrl(this.matterId(), file.attachmentId),
      })),
    })),
  );

  protected readonly body = signal('');
  protected readonly internal = signal(false);
  protected readonly uploads = signal<readonly Upload[]>([]);
  protected readonly sending = signal(false);
  protected readonly sendProblem = signal<Problem | null>(null);
  protected readonly announcement = signal('');
  protected readonly uploadsPending = computed(() => this.uploads().some((upload) => !upload.stored && !upload.failed));
  protected readonly tooLong = computed(() => this.body().length > noteBodyMax);
  /** Kept across a retry after a lost answer so that the server answers the first attempt again. */
  private idempotencyKey: string | null = null;
  private scrolledTo: string | null = null;

  private readonly bodyField = viewChild<ElementRef<HTMLTextAreaElement>>('bodyField');
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  constructor() {
    afterRenderEffect(() => {
      const id = this.focusNoteId();
      if (!id || id === this.scrolledTo || !this.shown().some((note) => note.id === id)) return;
      const target = this.host.nativeElement.ownerDocument.getElementById(`note-${id}`);
      if (!target) return;
      this.scrolledTo = id;
      target.scrollIntoView?.({ block: 'center' });
      target.focus({ preventScroll: true });
    });
  }

  protected edit(value: string): void {
    this.body.set(value);
    this.changed();
  }

  protected setInternal(value: boolean): void {
    this.internal.set(value);
    this.changed();
  }

  protected pickFiles(event: Event): void {
    const picker = event.target as HTMLInputElement;
    const room = maxFiles - this.uploads().filter((upload) => !upload.failed).length;
    const files = Array.from(picker.files ?? []).slice(0, Math.max(0, room));
    picker.value = '';
    for (const file of files) {
      const id = nextUploadId++;
      const change = (update: (upload: Upload) => Upload) =>
        this.uploads.update((uploads) => uploads.map((upload) => (upload.id === id ? update(upload) : upload)));
      this.uploads.update((uploads) => [...uploads, { id, name: file.name, progress: 0 }]);
      const subscription = this.uploader.upload(file).subscribe({
        next: (event) =>
          'attachment' in event
            ? change((upload) => ({ ...upload, progress: 100, stored: event.attachment }))
            : change((upload) => ({ ...upload, progress: event.progress })),
        error: () => change((upload) => ({ ...upload, failed: true })),
      });
      change((upload) => ({ ...upload, subscription }));
    }
    this.changed();
  }

  protected removeUpload(id: number): void {
    this.uploads()
      .find((upload) => upload.id === id)
      ?.subscription?.unsubscribe();
    this.uploads.update((uploads) => uploads.filter((upload) => upload.id !== id));
    this.changed();
    this.bodyField()?.nativeElement.focus();
  }

  protected send(): void {
    if (this.sending() || this.uploadsPending() || this.tooLong()) return;
    this.idempotencyKey ??= newIdempotencyKey();
    const attachmentIds = this.uploads().flatMap((upload) => (upload.stored ? [upload.stored.attachmentId] : []));
    this.sending.set(true);
    this.sendProblem.set(null);
    this.announcement.set('');
    this.api
      .addNote(
        this.matterId(),
        { body: this.body(), ...(this.staff() && this.internal() ? { internal: true } : {}), attachmentIds },
        this.idempotencyKey,
      )
      .subscribe({
        next: (added) => {
          this.sending.set(false);
          this.idempotencyKey = null;
          this.body.set('');
          this.internal.set(false);
          this.uploads.set([]);
          this.announcement.set('sent');
          this.sent.emit(added.id);
          this.bodyField()?.nativeElement.focus();
        },
        error: (error: unknown) => {
          const problem = toProblem(error);
          this.sending.set(false);
          this.sendProblem.set(problem);
          // Only a lost answer may be retried with the same key; a refusal needs another note.
          if (problem.status !== 0) this.idempotencyKey = null;
        },
      });
  }

  /** Another note than the one that may have been sent: a new key, and the last outcome no longer applies. */
  private changed(): void {
    this.idempotencyKey = null;
    this.announcement.set('');
  }
}
