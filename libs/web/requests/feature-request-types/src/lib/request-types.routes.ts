import type { Routes } from '@angular/router';
import { RequestTypeEditorComponent } from './request-type-editor.component';
import { RequestTypesPageComponent } from './request-types-page.component';
import { unsavedChangesGuard } from './unsaved-changes.guard';

/** The legal team's request types; the shell lets only staff and admins in. */
export const requestTypesRoutes: Routes = [
  { path: '', title: 'requests.requestTypes.title', component: RequestTypesPageComponent },
  {
    path: ':requestTypeId',
    title: 'requests.requestTypes.editorTitle',
    component: RequestTypeEditorComponent,
    canDeactivate: [unsavedChangesGuard],
  },
];
