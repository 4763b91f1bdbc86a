import { BreakpointObserver, Breakpoints } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatListModule } from '@angular/material/list';
import { MatMenuModule } from '@angular/material/menu';
import { MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { map } from 'rxjs';
import { languages, LanguagePreference } from '@lexport/web-shared-i18n';
import { NotificationBellComponent } from '@lexport/web-notifications-feature-bell';
import { SessionStore } from '@lexport/web-shared-data-access';
import type { Language } from '@lexport/web-shared-i18n';
import type { UserRole } from '@lexport/identity-published';

interface NavigationLink {
  readonly path: string;
  readonly icon: string;
  readonly label: string;
  /** Who sees the link; everyone signed in when absent. The API refuses the others anyway. */
  readonly roles?: readonly UserRole[];
  /** Shown only when the session view says this portal has it for this user. */
  readonly feature?: 'developmentMailbox';
}

const navigation: readonly { readonly heading: string; readonly links: readonly NavigationLink[] }[] = [
  {
    heading: 'nav.catalogue',
    links: [
      { path: '/matters', icon: 'folder_open', label: 'nav.matters' },
      { path: '/catalogue', icon: 'add_circle', label: 'nav.newRequest' },
      { path: '/catalogue/categories', icon: 'category', label: 'nav.categories', roles: ['staff', 'admin'] },
      { path: '/legal/request-types', icon: 'dynamic_form', label: 'nav.requestTypes', roles: ['staff', 'admin'] },
      { path: '/legal/practice-areas', icon: 'workspaces', label: 'nav.practiceAreas', roles: ['staff', 'admin'] },
      {
        path: '/dev/mailbox',
        icon: 'mail',
        label: 'nav.mailbox',
        roles: ['admin'],
        feature: 'developmentMailbox',
      },
    ],
  },
  {
    heading: 'nav.account',
    links: [
      { path: '/notifications', icon: 'notifications', label: 'nav.notifications' },
      { path: '/profile', icon: 'manage_accounts', label: 'nav.profile' },
    ],
  },
  {
    heading: 'nav.administration',
    links: [
      { path: '/admin/users', icon: 'group', label: 'nav.users', roles: ['admin'] },
      { path: '/admin/organizations', icon: 'domain', label: 'nav.organizations', roles: ['admin'] },
    ],
  },
];

@Component({
  selector: 'lex-root',
  imports: [
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    MatToolbarModule,
    MatSidenavModule,
    MatListModule,
    MatIconModule,
    MatButtonModule,
    MatMenuModule,
    TranslocoDirective,
    NotificationBellComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './app.component.html',
  styleUrl: './app.component.scss',
})
export class AppComponent {
  private readonly languagePreference = inject(LanguagePreference);
  private readonly router = inject(Router);
  protected readonly session = inject(SessionStore);
  protected readonly languages = languages;
  /** The menu shows only what the signed-in user may open. */
  protected readonly navigation = computed(() => {
    const user = this.session.user();
    const features = { developmentMailbox: this.session.developmentMailbox() };
    const allowed = (link: NavigationLink) =>
      (!link.roles || Boolean(user && link.roles.some((role) => user.roles.includes(role)))) &&
      (!link.feature || features[link.feature]);
    return navigation
      .map((section) => ({ ...section, links: section.links.filter(allowed) }))
      .filter((section) => section.links.length > 0);
  });
  protected readonly language = toSignal(inject(TranslocoService).langChanges$, { initialValue: 'en' });
  protected readonly handset = toSignal(
    inject(BreakpointObserver)
      .observe([Breakpoints.XSmall, Breakpoints.Small])
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );

  protected useLanguage(language: Language): void {
    this.languagePreference.use(language);
  }

  protected async signOut(): Promise<void> {
    await this.session.signOut();
    await this.router.navigate(['/sign-in']);
  }
}
