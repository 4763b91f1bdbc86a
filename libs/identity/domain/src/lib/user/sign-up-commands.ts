import { DomainError } from '@lexport/shared-ddd';
import type { UserCommandOf, UserEvent, UserState } from './user-model';
import { recipientOf } from './user-model';
import {
  mustAwaitApproval,
  mustBeUnverified,
  userMustBeNew,
  userMustExist,
  verificationMustBeValid,
} from './user-rules';

export function signUp(command: UserCommandOf<'SignUp'>, state: UserState): UserEvent[] {
  userMustBeNew(state);
  const { at, ...signUpData } = command.data;
  return [{ type: 'UserSignedUp', data: { ...signUpData, email: signUpData.email.toLowerCase(), signedUpAt: at } }];
}

export function resendVerification(command: UserCommandOf<'ResendVerification'>, state: UserState): UserEvent[] {
  const unverified = mustBeUnverified(state);
  const { verificationId, expiresAt, at } = command.data;
  return [
    {
      type: 'VerificationEmailResent',
      data: { userId: unverified.userId, ...recipientOf(unverified), verificationId, expiresAt, resentAt: at },
    },
  ];
}

export function verifyEmail(command: UserCommandOf<'VerifyEmail'>, state: UserState): UserEvent[] {
  const unverified = mustBeUnverified(state);
  verificationMustBeValid(unverified, command.data.verificationId, command.data.at);
  const { userId, organizationId, organizationName, approvalRequired } = unverified;
  return [
    {
      type: 'EmailVerified',
      data: {
        userId,
        ...recipientOf(unverified),
        organizationId,
        organizationName,
        approvalRequired,
        verifiedAt: command.data.at,
      },
    },
  ];
}

export function approveSignUp(command: UserCommandOf<'ApproveSignUp'>, state: UserState): UserEvent[] {
  const waiting = mustAwaitApproval(state);
  const { organizationId, by, at } = command.data;
  return [
    {
      type: 'SignUpApproved',
      data: { userId: waiting.userId, ...recipientOf(waiting), organizationId, by, approvedAt: at },
    },
  ];
}

export function declineSignUp(command: UserCommandOf<'DeclineSignUp'>, state: UserState): UserEvent[] {
  const existing = userMustExist(state);
  if (existing.status === 'sign-up-declined') return [];
  if (existing.status !== 'awaiting-approval' && existing.status !== 'unverified') {
    throw new DomainError('sign-up-not-awaiting-approval', 'conflict', 'This account is not waiting for approval');
  }
  return [
    { type: 'SignUpDeclined', data: { userId: existing.userId, by: command.data.by, declinedAt: command.data.at } },
  ];
}

export function supersedeSignUp(command: UserCommandOf<'SupersedeSignUp'>, state: UserState): UserEvent[] {
  const unverified = mustBeUnverified(state);
  return [{ type: 'SignUpSuperseded', data: { userId: unverified.userId, supersededAt: command.data.at } }];
}

export function recordSignUpAttempt(command: UserCommandOf<'RecordSignUpAttempt'>, state: UserState): UserEvent[] {
  const existing = userMustExist(state);
  return [
    {
      type: 'SignUpAttempted',
      data: { userId: existing.userId, ...recipientOf(existing), attemptedAt: command.data.at },
    },
  ];
}
