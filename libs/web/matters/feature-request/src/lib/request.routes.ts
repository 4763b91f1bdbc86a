import type { Routes } from '@angular/router';
import { RequestPageComponent } from './request-page.component';

/** A request (its matter or case); the shell lets only signed-in people in, the API shows each reader what they may see. */
export const requestRoutes: Routes = [
  { path: ':matterId', title: 'matters.titles.request', component: RequestPageComponent },
];
