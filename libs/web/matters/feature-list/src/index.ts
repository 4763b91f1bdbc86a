export { MattersListPageComponent } from './lib/matters-list-page.component';
export { mattersListRoutes } from './lib/matters-list.routes';
