import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import type { MatterView } from '@lexport/matters-published';
import { renderAnswers } from '@lexport/requests-published';
import type { FormLanguage } from '@lexport/requests-published';
import { attachmentDownloadUrl, MattersApi, mattersProblemKey } from '@lexport/web-matters-data-access';
import { mattersScope } from '@lexport/web-matters-i18n';
import { toProblem } from '@lexport/web-shared-data-access';
import type { Problem } from '@lexport/web-shared-data-access';
import { EmptyStateComponent, PageHeaderComponent } from '@lexport/web-shared-ui';
import { catchError, map, of, switchMap, tap } from 'rxjs';

type Loaded = { readonly matter: MatterView } | { readonly problem: Problem };

/**
 * One request as its matter or case: who asked what and when, the answers as they were asked (in the reader's
 * language), and the files, each a download.
 */
@Component({
  selector: 'lex-request-page',
  imports: [
    DatePipe,
    RouterLink,
    MatButtonModule,
    MatIconModule,
    TranslocoDirective,
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

  constructor() {
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
