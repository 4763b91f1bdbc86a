import type { Routes } from '@angular/router';
import { MattersListPageComponent } from './matters-list-page.component';

/** The matters and cases list; the shell lets only signed-in people in, the API shows each reader what they may see. */
export const mattersListRoutes: Routes = [
  { path: '', title: 'matters.list.title', component: MattersListPageComponent },
];
