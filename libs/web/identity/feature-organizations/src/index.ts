export { OrganizationsPageComponent } from './lib/organizations-page.component';
