export { AccountsApi } from './lib/accounts-api';
export { identityProblemKey } from './lib/identity-problems';
export { OrganizationsApi } from './lib/organizations-api';
export { OrganizationsStore } from './lib/organizations-store';
export { ProfileApi } from './lib/profile-api';
export { UsersApi } from './lib/users-api';
