import type { Routes } from '@angular/router';
import { CataloguePageComponent } from './catalogue-page.component';
import { RequestFormPageComponent } from './request-form-page.component';
import { SubmittedPageComponent } from './submitted-page.component';

/** The home page after sign-in, the form of a request type and the confirmation; the shell lets only signed-in people in. */
export const catalogueRoutes: Routes = [
  { path: '', title: 'requests.catalogue.titles.home', component: CataloguePageComponent },
  { path: 'types/:requestTypeId', title: 'requests.submission.titles.form', component: RequestFormPageComponent },
  { path: 'submitted/:requestId', title: 'requests.submission.titles.submitted', component: SubmittedPageComponent },
];
