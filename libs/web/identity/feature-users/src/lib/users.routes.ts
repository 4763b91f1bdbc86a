import type { Routes } from '@angular/router';
import { UsersPageComponent } from './users-page.component';

/** Accounts, for admins; the shell's guards keep the others out. */
export const usersRoutes: Routes = [{ path: '', title: 'identity.titles.users', component: UsersPageComponent }];
