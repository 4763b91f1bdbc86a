export {
  NewPasswordFieldsComponent,
  newPasswordForm,
  passwordMinimumLength,
  readyToSend,
} from './lib/new-password-fields.component';
export type { NewPasswordForm } from './lib/new-password-fields.component';
