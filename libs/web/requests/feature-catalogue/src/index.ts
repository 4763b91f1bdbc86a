export { CataloguePageComponent } from './lib/catalogue-page.component';
export { RequestFormPageComponent } from './lib/request-form-page.component';
export { SubmittedPageComponent } from './lib/submitted-page.component';
export { catalogueRoutes } from './lib/catalogue.routes';
