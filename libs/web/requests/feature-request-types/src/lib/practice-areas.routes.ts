import type { Routes } from '@angular/router';
import { PracticeAreasPageComponent } from './practice-areas-page.component';

/** The firm's practice areas; the shell lets only staff and admins in. */
export const practiceAreasRoutes: Routes = [
  { path: '', title: 'requests.practiceAreas.title', component: PracticeAreasPageComponent },
];
