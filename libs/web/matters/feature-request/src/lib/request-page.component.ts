import { DatePipe, DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatTabsModule } from '@angular/material/tabs';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import type { MatterView, NoteView } from '@lexport/matters-published';
import { renderAnswers } from '@lexport/requests-published';
import type { FormLanguage } from '@lexport/requests-published';
import { attachmentDownloadUrl, MattersApi, mattersProblemKey } from '@lexport/web-matters-data-access';
import { mattersScope } from '@lexport/web-matters-i18n';
import { SessionStore, toProblem } from '@lexport/web-shared-data-access';
import type { Problem } from '@lexport/web-shared-data-access';
import { EmptyStateComponent, PageHeaderComponent } from '@lexport/web-shared-ui';
import { catchError, EMPTY, filter, fromEvent, interval, map, merge, of, switchMap, tap } from 'rxjs';
import { NotesTabComponent } from './notes-tab.component';

type LoadedNotes = { readonly notes: readonly NoteView[] } | { readonly problem: Problem };

/** How often the open Notes tab asks for new notes. */
export const notesPollInterval = 10_000;
const notesTab = 1;

type Loaded = { readonly matter: MatterView } | { readonly problem: Problem };

/**
 * One request as its matter or case: who asked what and when, the answers as they were asked (in the reader's
 * language), and the files, each a download; beside them, in a second tab, the notes both sides exchange.
 */
@Component({
  selector: 'lex-request-page',
  imports: [
    DatePipe,
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatTabsModule,
    TranslocoDirective,
    NotesTabComponent,
    EmptyStateComponent,
    PageHeaderComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [provideTranslocoScope(mattersScope)],
  host: { class: 'lex-page' },
  templateUrl: './request-page.component.html',
  styleUrl: './request-page.component.scss',
})
export class RequestPageComponent {
  private readonly api = inject(MattersApi);
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);
  private readonly session = inject(SessionStore);

  /** From the address, bound by the router. */
  readonly matterId = input.required<string>();

  protected readonly language = toSignal(
    this.transloco.langChanges$.pipe(map((language): FormLanguage => (language === 'fr' ? 'fr' : 'en'))),
    { initialValue: this.transloco.getActiveLang() === 'fr' ? 'fr' : 'en' },
  );
  protected readonly messageKey = mattersProblemKey;

  private readonly attempt = signal(0);
  protected readonly loading = signal(true);
  private readonly loaded = signal<Loaded | null>(null);
  protected readonly matter = computed(() => {
    const loaded = this.loaded();
    return loaded && 'matter' in loaded ? loaded.matter : null;
  });
  protected readonly problem = computed(() => {
    const loaded = this.loaded();
    return loaded && 'problem' in loaded ? loaded.problem : null;
  });
  /** The API answers 404 both when the request does not exist and when the reader may not see it (400: not an id). */
  protected readonly notFound = computed(() => [400, 403, 404].includes(this.problem()?.status ?? 0));
  protected readonly answers = computed(() => {
    const matter = this.matter();
    if (!matter) return [];
    const names = Object.fromEntries(matter.attachments.map((file) => [file.attachmentId, file.name]));
    return renderAnswers(matter.form, matter.answers, this.language(), names);
  });
  protected readonly files = computed(() => {
    const matter = this.matter();
    if (!matter) return [];
    return matter.attachments.map((file) => ({
      ...file,
      href: attachmentDownloadUrl(matter.id, file.attachmentId),
      sizeText: fileSize(file.size, this.language()),
    }));
  });

  /** A notification links to `#note-<id>`: that note, in the Notes tab. */
  private readonly fragment = toSignal(inject(ActivatedRoute).fragment, { initialValue: null });
  protected readonly focusNoteId = computed(() => this.fragment()?.match(/^note-(.+)$/)?.[1] ?? null);
  protected readonly tab = signal(0);
  protected readonly staff = computed(() => this.session.hasRole('staff', 'admin'));
  private readonly notesLoaded = signal<LoadedNotes | null>(null);
  protected readonly notes = computed(() => {
    const loaded = this.notesLoaded();
    return loaded && 'notes' in loaded ? loaded.notes : null;
  });
  protected readonly notesProblem = computed(() => {
    const loaded = this.notesLoaded();
    return loaded && 'problem' in loaded ? loaded.problem : null;
  });
  private readonly notesRead = signal(0);

  constructor() {
    toObservable(this.focusNoteId)
      .pipe(
        filter((id) => id !== null),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.tab.set(notesTab));

    toObservable(computed(() => ({ matterId: this.matterId(), attempt: this.attempt(), read: this.notesRead() })))
      .pipe(
        switchMap(({ matterId }) =>
          this.api.notes(matterId).pipe(
            map((notes): LoadedNotes => ({ notes })),
            catchError((error: unknown) => of<LoadedNotes>({ problem: toProblem(error) })),
          ),
        ),
        takeUntilDestroyed(),
      )
      // A failed poll keeps the notes already shown; only a first failure is shown.
      .subscribe((loaded) =>
        this.notesLoaded.update((known) => ('problem' in loaded && known && 'notes' in known ? known : loaded)),
      );

    // Polling rather than a push: the read model answers reads at a position (read-your-writes), and server-sent
    // events would need a push channel per projection lane; not worth it yet for a conversation this slow. Only while
    // the Notes tab is open and the page is visible, and at once when the page becomes visible again.
    toObservable(computed(() => this.tab() === notesTab))
      .pipe(
        switchMap((open) =>
          open
            ? merge(
                interval(notesPollInterval).pipe(filter(() => this.document.visibilityState === 'visible')),
                fromEvent(this.document, 'visibilitychange').pipe(
                  filter(() => this.document.visibilityState === 'visible'),
                ),
              )
            : EMPTY,
        ),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.readNotes());

    toObservable(computed(() => ({ matterId: this.matterId(), attempt: this.attempt() })))
      .pipe(
        tap(() => this.loading.set(true)),
        switchMap(({ matterId }) =>
          this.api.get(matterId).pipe(
            map((matter): Loaded => ({ matter })),
            catchError((error: unknown) => of<Loaded>({ problem: toProblem(error) })),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((loaded) => {
        this.loaded.set(loaded);
        this.loading.set(false);
      });
  }

  protected retry(): void {
    this.attempt.update((attempt) => attempt + 1);
  }

  protected readNotes(): void {
    this.notesRead.update((read) => read + 1);
  }

  protected retryNotes(): void {
    this.notesLoaded.set(null);
    this.readNotes();
  }
}

function fileSize(bytes: number, language: FormLanguage): string {
  const [value, unit] =
    bytes >= 1_000_000 ? [bytes / 1_000_000, 'megabyte'] : bytes >= 1000 ? [bytes / 1000, 'kilobyte'] : [bytes, 'byte'];
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit,
    // Bytes in words ("142 bytes", "142 octets"): the short form of that unit is "142 byte" in English.
    unitDisplay: unit === 'byte' ? 'long' : 'short',
    maximumFractionDigits: 1,
  }).format(value);
}
