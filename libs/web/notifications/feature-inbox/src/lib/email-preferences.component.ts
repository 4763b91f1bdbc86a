import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import type { OnInit } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatSnackBar } from '@angular/material/snack-bar';
import { provideTranslocoScope, TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { notificationsScope } from '@lexport/web-notifications-i18n';
import type { EmailPreferencesView } from '@lexport/notifications-published';
import { toProblem } from '@lexport/web-shared-data-access';
import { notificationsProblemKey, NotificationsApi } from '@lexport/web-notifications-data-access';
import { firstValueFrom } from 'rxjs';

/** One switch per email category; the mandatory ones are shown, on and locked, so that nobody wonders. */
@Component({
  selector: 'lex-email-preferences',
  imports: [MatButtonModule, MatProgressBarModule, MatSlideToggleModule, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [provideTranslocoScope(notificationsScope)],
  template: `
    <ng-container *transloco="let t; prefix: 'notifications.preferences'">
      <div class="progress-slot">
        @if (busy()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="t('title')" />
        }
      </div>
      @if (problemKey(); as key) {
        <p class="form-error" role="alert">
          <ng-container *transloco="let root">{{ root(key) }}</ng-container>
          <button mat-button type="button" (click)="load()">
            <ng-container *transloco="let root">{{ root('common.retry') }}</ng-container>
          </button>
        </p>
      }
      @if (preferences(); as view) {
        <ul class="categories">
          @for (category of view.categories; track category.id) {
            <li>
              <mat-slide-toggle
                [checked]="category.enabled"
                [disabled]="category.mandatory || busy()"
                (change)="toggle(category.id, $event.checked)"
                [attr.aria-describedby]="'email-category-' + category.id"
              >
                {{ t('categories.' + category.id + '.title') }}
              </mat-slide-toggle>
              <p class="description" [id]="'email-category-' + category.id">
                {{ t('categories.' + category.id + '.description') }}
                @if (category.mandatory) {
                  <strong>{{ t('mandatory') }}</strong>
                }
              </p>
            </li>
          }
        </ul>
      }
    </ng-container>
  `,
  styles: `
    .categories {
      list-style: none;
      padding: 0;
      margin: 0;
      display: flex;
      flex-direction: column;
      gap: 16px;
    }
    .description {
      margin: 4px 0 0 52px;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
  `,
})
export class EmailPreferencesComponent implements OnInit {
  private readonly api = inject(NotificationsApi);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  protected readonly preferences = signal<EmailPreferencesView | null>(null);
  protected readonly busy = signal(true);
  protected readonly problemKey = signal<string | null>(null);

  ngOnInit(): void {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.busy.set(true);
    this.problemKey.set(null);
    try {
      this.preferences.set(await firstValueFrom(this.api.preferences()));
    } catch (error) {
      this.problemKey.set(notificationsProblemKey(toProblem(error).code));
    } finally {
      this.busy.set(false);
    }
  }

  protected async toggle(categoryId: string, enabled: boolean): Promise<void> {
    const current = this.preferences();
    if (!current) return;
    const categories = current.categories.map((category) =>
      category.id === categoryId ? { ...category, enabled } : category,
    );
    this.busy.set(true);
    try {
      await firstValueFrom(
        this.api.changePreferences({
          emailsOff: categories
            .filter((category) => !category.enabled && !category.mandatory)
            .map((category) => category.id),
        }),
      );
      this.preferences.set({ categories });
      this.snackBar.open(this.transloco.translate('notifications.preferences.saved'), undefined, {
        duration: 3000,
        politeness: 'polite',
      });
    } catch (error) {
      this.preferences.set({ ...current });
      this.snackBar.open(this.transloco.translate(notificationsProblemKey(toProblem(error).code)), undefined, {
        duration: 6000,
        politeness: 'assertive',
      });
    } finally {
      this.busy.set(false);
    }
  }
}
