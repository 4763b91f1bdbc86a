import type { EmailTemplate } from '@lexport/notifications-published';

/** Identity's emails, in every language the portal speaks; `{{ }}` escapes HTML: keep it so for anything people typed. */
export const identityEmailTemplates = {
  invitation: {
    en: {
      subject: '{{inviterName}} invites you to the {{firmName}} client portal',
      html: `<p>Hello {{recipientName}},</p>
<p>{{inviterName}} has invited you to the {{firmName}} client portal{{#if organizationName}} for {{organizationName}}{{/if}}. There you can submit requests to the legal team and follow your matters, contracts and hearings.</p>
{{> button url=acceptUrl label="Create my password" linkHint=linkHint}}
<p>This invitation expires on {{expiresAt}}. If you did not expect it, you can ignore this email.</p>`,
      text: `Hello {{recipientName}},

{{inviterName}} has invited you to the {{firmName}} client portal{{#if organizationName}} for {{organizationName}}{{/if}}. There you can submit requests to the legal team and follow your matters, contracts and hearings.

Create your password: {{acceptUrl}}

This invitation expires on {{expiresAt}}. If you did not expect it, you can ignore this email.`,
    },
    fr: {
      subject: '{{inviterName}} vous invite sur le portail client de {{firmName}}',
      html: `<p>Bonjour {{recipientName}},</p>
<p>{{inviterName}} vous invite sur le portail client de {{firmName}}{{#if organizationName}} pour {{organizationName}}{{/if}}. Vous pourrez y soumettre vos demandes à l’équipe juridique et suivre vos dossiers, contrats et audiences.</p>
{{> button url=acceptUrl label="Créer mon mot de passe" linkHint=linkHint}}
<p>Cette invitation expire le {{expiresAt}}. Si vous ne l’attendiez pas, ignorez ce message.</p>`,
      text: `Bonjour {{recipientName}},

{{inviterName}} vous invite sur le portail client de {{firmName}}{{#if organizationName}} pour {{organizationName}}{{/if}}. Vous pourrez y soumettre vos demandes à l’équipe juridique et suivre vos dossiers, contrats et audiences.

Créez votre mot de passe : {{acceptUrl}}

Cette invitation expire le {{expiresAt}}. Si vous ne l’attendiez pas, ignorez ce message.`,
    },
  },
  'email-verification': {
    en: {
      subject: 'Confirm your email address for {{firmName}}',
      html: `<p>Hello {{recipientName}},</p>
<p>Please confirm that this is your email address to finish creating your account.</p>
{{> button url=verifyUrl label="Confirm my email address" linkHint=linkHint}}
<p>If you did not sign up, you can ignore this email.</p>`,
      text: `Hello {{recipientName}},

Please confirm that this is your email address to finish creating your account:
{{verifyUrl}}

If you did not sign up, you can ignore this email.`,
    },
    fr: {
      subject: 'Confirmez votre adresse e-mail pour {{firmName}}',
      html: `<p>Bonjour {{recipientName}},</p>
<p>Confirmez qu’il s’agit bien de votre adresse e-mail pour terminer la création de votre compte.</p>
{{> button url=verifyUrl label="Confirmer mon adresse" linkHint=linkHint}}
<p>Si vous ne vous êtes pas inscrit, ignorez ce message.</p>`,
      text: `Bonjour {{recipientName}},

Confirmez qu’il s’agit bien de votre adresse e-mail pour terminer la création de votre compte :
{{verifyUrl}}

Si vous ne vous êtes pas inscrit, ignorez ce message.`,
    },
  },
  'password-reset': {
    en: {
      subject: 'Reset your {{firmName}} portal password',
      html: `<p>Hello {{recipientName}},</p>
<p>Someone asked to reset the password of your account. If it was you, choose a new password within {{expiresInMinutes}} minutes.</p>
{{> button url=resetUrl label="Choose a new password" linkHint=linkHint}}
<p>If it was not you, ignore this email: your password stays as it is.</p>`,
      text: `Hello {{recipientName}},

Someone asked to reset the password of your account. If it was you, choose a new password within {{expiresInMinutes}} minutes:
{{resetUrl}}

If it was not you, ignore this email: your password stays as it is.`,
    },
    fr: {
      subject: 'Réinitialisez votre mot de passe du portail {{firmName}}',
      html: `<p>Bonjour {{recipientName}},</p>
<p>Une réinitialisation du mot de passe de votre compte a été demandée. Si c’est vous, choisissez un nouveau mot de passe dans les {{expiresInMinutes}} minutes.</p>
{{> button url=resetUrl label="Choisir un nouveau mot de passe" linkHint=linkHint}}
<p>Si ce n’est pas vous, ignorez ce message : votre mot de passe reste inchangé.</p>`,
      text: `Bonjour {{recipientName}},

Une réinitialisation du mot de passe de votre compte a été demandée. Si c’est vous, choisissez un nouveau mot de passe dans les {{expiresInMinutes}} minutes :
{{resetUrl}}

Si ce n’est pas vous, ignorez ce message : votre mot de passe reste inchangé.`,
    },
  },
  'password-changed': {
    en: {
      subject: 'Your {{firmName}} portal password was changed',
      html: `<p>Hello {{recipientName}},</p>
<p>The password of your account was changed on {{changedAt}}.</p>
<p>If you did not do this, reset your password now and tell the legal team.</p>
{{> button url=resetUrl label="Reset my password" linkHint=linkHint}}`,
      text: `Hello {{recipientName}},

The password of your account was changed on {{changedAt}}.

If you did not do this, reset your password now and tell the legal team:
{{resetUrl}}`,
    },
    fr: {
      subject: 'Le mot de passe de votre compte {{firmName}} a été modifié',
      html: `<p>Bonjour {{recipientName}},</p>
<p>Le mot de passe de votre compte a été modifié le {{changedAt}}.</p>
<p>Si ce n’est pas vous, réinitialisez votre mot de passe sans attendre et prévenez l’équipe juridique.</p>
{{> button url=resetUrl label="Réinitialiser mon mot de passe" linkHint=linkHint}}`,
      text: `Bonjour {{recipientName}},

Le mot de passe de votre compte a été modifié le {{changedAt}}.

Si ce n’est pas vous, réinitialisez votre mot de passe sans attendre et prévenez l’équipe juridique :
{{resetUrl}}`,
    },
  },
  'account-locked': {
    en: {
      subject: 'Your {{firmName}} portal account is locked for a while',
      html: `<p>Hello {{recipientName}},</p>
<p>After several wrong passwords, your account is locked until {{unlockAt}}. You can sign in again after that time.</p>
<p>If these attempts were not yours, choose a new password now.</p>
{{> button url=resetUrl label="Choose a new password" linkHint=linkHint}}`,
      text: `Hello {{recipientName}},

After several wrong passwords, your account is locked until {{unlockAt}}. You can sign in again after that time.

If these attempts were not yours, choose a new password now:
{{resetUrl}}`,
    },
    fr: {
      subject: 'Votre compte du portail {{firmName}} est temporairement verrouillé',
      html: `<p>Bonjour {{recipientName}},</p>
<p>Après plusieurs mots de passe erronés, votre compte est verrouillé jusqu’au {{unlockAt}}. Vous pourrez vous reconnecter ensuite.</p>
<p>Si ces tentatives ne viennent pas de vous, choisissez un nouveau mot de passe dès maintenant.</p>
{{> button url=resetUrl label="Choisir un nouveau mot de passe" linkHint=linkHint}}`,
      text: `Bonjour {{recipientName}},

Après plusieurs mots de passe erronés, votre compte est verrouillé jusqu’au {{unlockAt}}. Vous pourrez vous reconnecter ensuite.

Si ces tentatives ne viennent pas de vous, choisissez un nouveau mot de passe dès maintenant :
{{resetUrl}}`,
    },
  },
  'account-exists': {
    en: {
      subject: 'Someone tried to sign up to {{firmName}} with your address',
      html: `<p>Hello {{recipientName}},</p>
<p>Someone tried to create a new account on the {{firmName}} client portal with this email address. You already have an account, so nothing was created.</p>
<p>If it was you, sign in with your existing account. If you forgot your password, you can choose a new one.</p>
{{> button url=signInUrl label="Sign in" linkHint=linkHint}}
<p>Forgot your password? {{resetUrl}}</p>`,
      text: `Hello {{recipientName}},

Someone tried to create a new account on the {{firmName}} client portal with this email address. You already have an account, so nothing was created.

If it was you, sign in with your existing account: {{signInUrl}}
Forgot your password? {{resetUrl}}`,
    },
    fr: {
      subject: 'Quelqu’un a tenté de s’inscrire sur {{firmName}} avec votre adresse',
      html: `<p>Bonjour {{recipientName}},</p>
<p>Quelqu’un a tenté de créer un compte sur le portail client de {{firmName}} avec cette adresse e-mail. Vous avez déjà un compte : rien n’a été créé.</p>
<p>Si c’était vous, connectez-vous avec votre compte existant. Si vous avez oublié votre mot de passe, vous pouvez en choisir un nouveau.</p>
{{> button url=signInUrl label="Me connecter" linkHint=linkHint}}
<p>Mot de passe oublié ? {{resetUrl}}</p>`,
      text: `Bonjour {{recipientName}},

Quelqu’un a tenté de créer un compte sur le portail client de {{firmName}} avec cette adresse e-mail. Vous avez déjà un compte : rien n’a été créé.

Si c’était vous, connectez-vous avec votre compte existant : {{signInUrl}}
Mot de passe oublié ? {{resetUrl}}`,
    },
  },
  'sign-up-approved': {
    en: {
      subject: 'Your {{firmName}} client portal account is ready',
      html: `<p>Hello {{recipientName}},</p>
<p>The legal team has approved your account{{#if organizationName}} for {{organizationName}}{{/if}}. You can now sign in, submit requests and follow your matters.</p>
{{> button url=signInUrl label="Sign in" linkHint=linkHint}}`,
      text: `Hello {{recipientName}},

The legal team has approved your account{{#if organizationName}} for {{organizationName}}{{/if}}. You can now sign in, submit requests and follow your matters:
{{signInUrl}}`,
    },
    fr: {
      subject: 'Votre compte sur le portail client de {{firmName}} est prêt',
      html: `<p>Bonjour {{recipientName}},</p>
<p>L’équipe juridique a validé votre compte{{#if organizationName}} pour {{organizationName}}{{/if}}. Vous pouvez maintenant vous connecter, soumettre vos demandes et suivre vos dossiers.</p>
{{> button url=signInUrl label="Me connecter" linkHint=linkHint}}`,
      text: `Bonjour {{recipientName}},

L’équipe juridique a validé votre compte{{#if organizationName}} pour {{organizationName}}{{/if}}. Vous pouvez maintenant vous connecter, soumettre vos demandes et suivre vos dossiers :
{{signInUrl}}`,
    },
  },
  'sign-up-awaiting-approval': {
    en: {
      subject: '{{applicantName}} signed up and waits for your approval',
      html: `<p>Hello {{recipientName}},</p>
<p>{{applicantName}} ({{applicantEmail}}) signed up to the client portal and confirmed their email address.{{#if organizationName}} They said they work for {{organizationName}}.{{/if}}</p>
<p>Approve the account into a client organization, or decline it.</p>
{{> button url=reviewUrl label="Review sign-ups" linkHint=linkHint}}`,
      text: `Hello {{recipientName}},

{{applicantName}} ({{applicantEmail}}) signed up to the client portal and confirmed their email address.{{#if organizationName}} They said they work for {{organizationName}}.{{/if}}

Approve the account into a client organization, or decline it:
{{reviewUrl}}`,
    },
    fr: {
      subject: '{{applicantName}} s’est inscrit et attend votre validation',
      html: `<p>Bonjour {{recipientName}},</p>
<p>{{applicantName}} ({{applicantEmail}}) s’est inscrit sur le portail client et a confirmé son adresse e-mail.{{#if organizationName}} Organisation indiquée : {{organizationName}}.{{/if}}</p>
<p>Validez le compte dans une organisation cliente, ou refusez-le.</p>
{{> button url=reviewUrl label="Voir les inscriptions" linkHint=linkHint}}`,
      text: `Bonjour {{recipientName}},

{{applicantName}} ({{applicantEmail}}) s’est inscrit sur le portail client et a confirmé son adresse e-mail.{{#if organizationName}} Organisation indiquée : {{organizationName}}.{{/if}}

Validez le compte dans une organisation cliente, ou refusez-le :
{{reviewUrl}}`,
    },
  },
} satisfies Record<string, EmailTemplate>;
