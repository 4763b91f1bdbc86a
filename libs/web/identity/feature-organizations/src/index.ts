export { OrganizationsPageComponent } from './lib/organizations-page.component';
export { organizationsRoutes } from './lib/organizations.routes';
