import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { EmptyStateComponent } from '@lexport/web-shared-ui';

@Component({
  selector: 'lex-not-found',
  imports: [EmptyStateComponent, MatButtonModule, RouterLink, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <lex-empty-state icon="explore_off" [title]="t('notFound.title')" [message]="t('notFound.message')">
        <a mat-flat-button routerLink="/">{{ t('notFound.home') }}</a>
      </lex-empty-state>
    </ng-container>
  `,
})
export class NotFoundComponent {}
