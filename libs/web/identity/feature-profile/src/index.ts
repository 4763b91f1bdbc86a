export { ProfilePageComponent } from './lib/profile-page.component';
export { profileRoutes } from './lib/profile.routes';
