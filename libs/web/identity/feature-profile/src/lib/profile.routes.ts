import type { Routes } from '@angular/router';
import { ProfilePageComponent } from './profile-page.component';

/** One's own account; the shell lets only signed-in people in. */
export const profileRoutes: Routes = [{ path: '', title: 'identity.titles.profile', component: ProfilePageComponent }];
