import type { Routes } from '@angular/router';
import { OrganizationsPageComponent } from './organizations-page.component';

/** Client organizations and the sign-up policy, for admins; the shell's guards keep the others out. */
export const organizationsRoutes: Routes = [
  { path: '', title: 'identity.titles.organizations', component: OrganizationsPageComponent },
];
