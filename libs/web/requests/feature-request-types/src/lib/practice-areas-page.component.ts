import { BreakpointObserver, Breakpoints } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';
import { RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import type { LegalTeamMemberView, LocalizedText, PracticeAreaView } from '@lexport/requests-published';
import type { CommandAccepted } from '@lexport/shared-published';
import { LegalTeamApi, PracticeAreasApi, requestsProblemKey } from '@lexport/web-requests-data-access';
import { requestsScope } from '@lexport/web-requests-i18n';
import { toProblem } from '@lexport/web-shared-data-access';
import { EmptyStateComponent, PageHeaderComponent } from '@lexport/web-shared-ui';
import { forkJoin, map } from 'rxjs';
import { PracticeAreaDialogComponent } from './practice-area-dialog.component';
import type { PracticeAreaDialogData } from './practice-area-dialog.component';
import { localized } from './references';

/** The firm's practice areas and their members: who handles the requests of each request type. */
@Component({
  selector: 'lex-practice-areas-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatTableModule,
    MatTooltipModule,
    TranslocoDirective,
    EmptyStateComponent,
    PageHeaderComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [provideTranslocoScope(requestsScope)],
  host: { class: 'lex-page' },
  template: `
    <ng-container *transloco="let t">
      <lex-page-header
        [title]="t('requests.practiceAreas.title')"
        [subtitle]="t('requests.practiceAreas.subtitle')"
        [busy]="loading()"
        [busyLabel]="t('common.loading')"
      >
        <div class="header-actions">
          <a mat-stroked-button routerLink="/legal/request-types">
            <mat-icon aria-hidden="true">dynamic_form</mat-icon>
            {{ t('requests.practiceAreas.requestTypesLink') }}
          </a>
          <button mat-flat-button type="button" (click)="edit(null)" [disabled]="!team()">
            <mat-icon aria-hidden="true">add</mat-icon>
            {{ t('requests.practiceAreas.new') }}
          </button>
        </div>
      </lex-page-header>
      <section class="panel" [attr.aria-busy]="loading()" [attr.aria-label]="t('requests.practiceAreas.title')">
        @if (problemKey(); as key) {
          <lex-empty-state
            icon="error"
            tone="error"
            [title]="t('requests.practiceAreas.loadFailed')"
            [message]="t(key)"
          >
            <button mat-stroked-button type="button" (click)="load()">{{ t('common.retry') }}</button>
          </lex-empty-state>
        } @else if (practiceAreas(); as items) {
          @if (items.length === 0) {
            <lex-empty-state
              icon="groups"
              [title]="t('requests.practiceAreas.empty.title')"
              [message]="t('requests.practiceAreas.empty.message')"
            >
              <button mat-flat-button type="button" (click)="edit(null)">
                {{ t('requests.practiceAreas.empty.action') }}
              </button>
            </lex-empty-state>
          } @else {
            <table mat-table [dataSource]="items" class="areas">
              <caption class="visually-hidden">
                {{
                  t('requests.practiceAreas.tableCaption', { total: items.length })
                }}
              </caption>
              <ng-container matColumnDef="name">
                <th mat-header-cell *matHeaderCellDef>{{ t('requests.practiceAreas.columns.name') }}</th>
                <td mat-cell *matCellDef="let area">
                  <span class="name">{{ name(area.name) }}</span>
                  @if (compact()) {
                    <span class="secondary">{{ membersOf(area) }}</span>
                  }
                </td>
              </ng-container>
              <ng-container matColumnDef="members">
                <th mat-header-cell *matHeaderCellDef>{{ t('requests.practiceAreas.columns.members') }}</th>
                <td mat-cell *matCellDef="let area" class="secondary">{{ membersOf(area) }}</td>
              </ng-container>
              <ng-container matColumnDef="actions">
                <th mat-header-cell *matHeaderCellDef>
                  <span class="visually-hidden">{{ t('common.actions') }}</span>
                </th>
                <td mat-cell *matCellDef="let area" class="actions">
                  <button
                    mat-icon-button
                    type="button"
                    (click)="edit(area)"
                    [attr.aria-label]="t('requests.practiceAreas.editNamed', { name: name(area.name) })"
                    [matTooltip]="t('requests.practiceAreas.edit')"
                  >
                    <mat-icon aria-hidden="true">edit</mat-icon>
                  </button>
                </td>
              </ng-container>
              <tr mat-header-row *matHeaderRowDef="columns()"></tr>
              <tr mat-row *matRowDef="let row; columns: columns()"></tr>
            </table>
          }
        }
      </section>
    </ng-container>
  `,
  styles: `
    .header-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .panel {
      background: var(--mat-sys-surface-container-low);
      border-radius: var(--mat-sys-corner-large);
      padding: 8px 16px 16px;
    }
    .areas {
      width: 100%;
      background: transparent;
    }
    .name {
      font-weight: 500;
    }
    .secondary {
      color: var(--mat-sys-on-surface-variant);
    }
    /* Under the name on a phone; never on the members cell itself, which a block display pulls out of its row. */
    span.secondary {
      display: block;
    }
    .actions {
      width: 56px;
      text-align: end;
    }
  `,
})
export class PracticeAreasPageComponent {
  private readonly api = inject(PracticeAreasApi);
  private readonly teamApi = inject(LegalTeamApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly loading = signal(true);
  protected readonly problemKey = signal<string | null>(null);
  protected readonly practiceAreas = signal<readonly PracticeAreaView[] | null>(null);
  protected readonly team = signal<readonly LegalTeamMemberView[] | null>(null);
  private readonly language = toSignal(this.transloco.langChanges$, { initialValue: this.transloco.getActiveLang() });
  protected readonly compact = toSignal(
    inject(BreakpointObserver)
      .observe([Breakpoints.XSmall])
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly columns = computed(() => (this.compact() ? ['name', 'actions'] : ['name', 'members', 'actions']));
  private readonly memberNames = computed(() => new Map((this.team() ?? []).map((member) => [member.id, member.name])));

  constructor() {
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.problemKey.set(null);
    forkJoin({ practiceAreas: this.api.list(), team: this.teamApi.list() })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ({ practiceAreas, team }) => {
          this.team.set(team);
          this.practiceAreas.set(
            [...practiceAreas].sort((left, right) => this.name(left.name).localeCompare(this.name(right.name))),
          );
          this.loading.set(false);
        },
        error: (error: unknown) => {
          this.problemKey.set(requestsProblemKey(toProblem(error).code));
          this.loading.set(false);
        },
      });
  }

  protected name(text: LocalizedText): string {
    return localized(text, this.language());
  }

  protected membersOf(area: PracticeAreaView): string {
    if (area.memberIds.length === 0) return this.transloco.translate('requests.practiceAreas.noMembers');
    const names = this.memberNames();
    return area.memberIds
      .map((id) => names.get(id) ?? this.transloco.translate('requests.practiceAreas.formerMember'))
      .join(', ');
  }

  protected edit(practiceArea: PracticeAreaView | null): void {
    const team = this.team();
    if (!team) return;
    this.dialog
      .open<PracticeAreaDialogComponent, PracticeAreaDialogData, CommandAccepted>(PracticeAreaDialogComponent, {
        data: { practiceArea, team },
        autoFocus: 'first-tabbable',
        width: 'min(560px, 95vw)',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((accepted) => {
        if (!accepted) return;
        this.snackBar.open(
          this.transloco.translate(
            practiceArea ? 'requests.practiceAreas.feedback.saved' : 'requests.practiceAreas.feedback.created',
          ),
          undefined,
          { duration: 4000, politeness: 'polite' },
        );
        this.load();
      });
  }
}
