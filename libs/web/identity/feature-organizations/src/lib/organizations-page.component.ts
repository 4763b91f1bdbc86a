import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import type { OnInit } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatRadioModule } from '@angular/material/radio';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { provideTranslocoScope, TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { identityScope } from '@lexport/web-identity-i18n';
import { identityProblemKey, OrganizationsApi, OrganizationsStore } from '@lexport/web-identity-data-access';
import { signUpModes } from '@lexport/identity-published';
import type { OrganizationView, SignUpMode } from '@lexport/identity-published';
import type { CommandAccepted } from '@lexport/shared-published';
import { toProblem } from '@lexport/web-shared-data-access';
import { EmptyStateComponent, PageHeaderComponent } from '@lexport/web-shared-ui';
import { firstValueFrom } from 'rxjs';
import { OrganizationDialogComponent } from './organization-dialog.component';

/** Admins keep the list of client organizations and decide who may sign up. */
@Component({
  selector: 'lex-organizations-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatIconModule,
    MatRadioModule,
    MatTableModule,
    TranslocoDirective,
    EmptyStateComponent,
    PageHeaderComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [provideTranslocoScope(identityScope)],
  host: { class: 'lex-page' },
  template: `
    <ng-container *transloco="let t; prefix: 'identity.organizations'">
      <lex-page-header [title]="t('title')" [subtitle]="t('subtitle')" [busy]="loading()" [busyLabel]="t('title')">
        <button mat-flat-button type="button" (click)="edit(null)">
          <mat-icon aria-hidden="true">domain_add</mat-icon>
          {{ t('new') }}
        </button>
      </lex-page-header>
      @if (problemKey(); as key) {
        <lex-empty-state icon="error" tone="error" [title]="t('loadFailed')" [message]="translate(key)">
          <button mat-stroked-button type="button" (click)="load()">{{ translate('common.retry') }}</button>
        </lex-empty-state>
      } @else if (organizations(); as items) {
        @if (items.length === 0) {
          <lex-empty-state icon="domain" [title]="t('empty')" [message]="t('emptyMessage')" />
        } @else {
          <table mat-table [dataSource]="items" class="organizations">
            <caption class="visually-hidden">
              {{
                t('title')
              }}
            </caption>
            <ng-container matColumnDef="name">
              <th mat-header-cell *matHeaderCellDef>{{ t('fields.name') }}</th>
              <td mat-cell *matCellDef="let organization" class="name">{{ organization.name }}</td>
            </ng-container>
            <ng-container matColumnDef="emailDomains">
              <th mat-header-cell *matHeaderCellDef>{{ t('fields.emailDomains') }}</th>
              <td mat-cell *matCellDef="let organization">
                {{ organization.emailDomains.length ? organization.emailDomains.join(', ') : '—' }}
              </td>
            </ng-container>
            <ng-container matColumnDef="requestVisibility">
              <th mat-header-cell *matHeaderCellDef>{{ t('fields.requestVisibility') }}</th>
              <td mat-cell *matCellDef="let organization">{{ t('visibility.' + organization.requestVisibility) }}</td>
            </ng-container>
            <ng-container matColumnDef="actions">
              <th mat-header-cell *matHeaderCellDef>
                <span class="visually-hidden">{{ translate('common.actions') }}</span>
              </th>
              <td mat-cell *matCellDef="let organization" class="actions">
                <button
                  mat-icon-button
                  type="button"
                  (click)="edit(organization)"
                  [attr.aria-label]="t('edit', { name: organization.name })"
                >
                  <mat-icon aria-hidden="true">edit</mat-icon>
                </button>
              </td>
            </ng-container>
            <tr mat-header-row *matHeaderRowDef="columns"></tr>
            <tr mat-row *matRowDef="let row; columns: columns"></tr>
          </table>
        }
      }

      <section class="policy" aria-labelledby="sign-up-policy" [attr.aria-busy]="savingPolicy()">
        <h2 id="sign-up-policy" class="section-title">{{ t('policy.title') }}</h2>
        <p class="section-help">{{ t('policy.subtitle') }}</p>
        <form [formGroup]="policy" (ngSubmit)="savePolicy()">
          <mat-radio-group formControlName="mode" class="modes" [attr.aria-label]="t('policy.mode')">
            @for (mode of modes; track mode) {
              <mat-radio-button [value]="mode">{{ t('policy.modes.' + mode) }}</mat-radio-button>
            }
          </mat-radio-group>
          <mat-checkbox formControlName="requireApproval">{{ t('policy.requireApproval') }}</mat-checkbox>
          <p class="section-help">{{ t('policy.approvalNote') }}</p>
          <button mat-flat-button type="submit" class="submit" [disabled]="savingPolicy() || !policyLoaded()">
            {{ t('policy.save') }}
          </button>
        </form>
      </section>
    </ng-container>
  `,
  styles: `
    .organizations {
      width: 100%;
      background: var(--mat-sys-surface-container-low);
    }
    .name {
      font-weight: 500;
    }
    .actions {
      width: 56px;
      text-align: end;
    }
    .policy {
      margin-top: 32px;
      padding: 24px;
      border-radius: var(--mat-sys-corner-large);
      background: var(--mat-sys-surface-container-low);
      max-width: 720px;
    }
    .section-title {
      margin: 0 0 4px;
      font: var(--mat-sys-title-large);
    }
    .section-help {
      margin: 0 0 8px;
      color: var(--mat-sys-on-surface-variant);
    }
    form,
    .modes {
      display: flex;
      flex-direction: column;
      gap: 4px;
    }
    .submit {
      align-self: flex-start;
      margin-top: 8px;
    }
  `,
})
export class OrganizationsPageComponent implements OnInit {
  private readonly api = inject(OrganizationsApi);
  private readonly directory = inject(OrganizationsStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  protected readonly columns = ['name', 'emailDomains', 'requestVisibility', 'actions'];
  protected readonly modes = signUpModes;
  protected readonly loading = signal(true);
  protected readonly problemKey = signal<string | null>(null);
  protected readonly organizations = signal<readonly OrganizationView[] | null>(null);
  protected readonly savingPolicy = signal(false);
  protected readonly policyLoaded = signal(false);
  protected readonly policy = new FormGroup({
    mode: new FormControl<SignUpMode>('disabled', { nonNullable: true }),
    requireApproval: new FormControl(true, { nonNullable: true }),
  });

  ngOnInit(): void {
    void this.load();
    void this.loadPolicy();
  }

  protected translate(key: string): string {
    return this.transloco.translate(key);
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    this.problemKey.set(null);
    try {
      this.organizations.set(await this.directory.load());
    } catch (error) {
      this.problemKey.set(identityProblemKey(toProblem(error).code));
    } finally {
      this.loading.set(false);
    }
  }

  private async loadPolicy(): Promise<void> {
    try {
      this.policy.setValue(await firstValueFrom(this.api.signUpPolicy()));
      this.policyLoaded.set(true);
    } catch (error) {
      this.snackBar.open(this.translate(identityProblemKey(toProblem(error).code)), undefined, {
        duration: 6000,
        politeness: 'assertive',
      });
    }
  }

  protected edit(organization: OrganizationView | null): void {
    this.dialog
      .open<OrganizationDialogComponent, OrganizationView | null, CommandAccepted>(OrganizationDialogComponent, {
        data: organization,
        autoFocus: 'first-tabbable',
        width: 'min(560px, 95vw)',
      })
      .afterClosed()
      .subscribe((accepted) => {
        if (!accepted) return;
        this.snackBar.open(
          this.translate(organization ? 'identity.organizations.saved' : 'identity.organizations.created'),
          undefined,
          { duration: 4000, politeness: 'polite' },
        );
        void this.load();
      });
  }

  protected async savePolicy(): Promise<void> {
    if (this.savingPolicy()) return;
    this.savingPolicy.set(true);
    try {
      await firstValueFrom(this.api.changeSignUpPolicy(this.policy.getRawValue()));
      this.snackBar.open(this.translate('identity.organizations.policy.saved'), undefined, {
        duration: 4000,
        politeness: 'polite',
      });
    } catch (error) {
      this.snackBar.open(this.translate(identityProblemKey(toProblem(error).code)), undefined, {
        duration: 6000,
        politeness: 'assertive',
      });
    } finally {
      this.savingPolicy.set(false);
    }
  }
}
