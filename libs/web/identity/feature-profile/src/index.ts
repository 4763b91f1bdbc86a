export { ProfilePageComponent } from './lib/profile-page.component';
