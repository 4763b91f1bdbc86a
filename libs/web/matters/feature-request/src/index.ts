export { RequestPageComponent } from './lib/request-page.component';
export { requestRoutes } from './lib/request.routes';
