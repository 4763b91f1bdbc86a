export { UsersPageComponent } from './lib/users-page.component';
export { InviteUserDialogComponent } from './lib/invite-user-dialog.component';
export { usersRoutes } from './lib/users.routes';
