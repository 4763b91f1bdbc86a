import { Inject } from '@nestjs/common';
import { Command, CommandHandler } from '@nestjs/cqrs';
import type { ICommandHandler } from '@nestjs/cqrs';
import type { Clock } from '@lexport/shared-ddd';
import { CLOCK, LEXPORT_CONFIG, TokenSigner } from '@lexport/shared-platform';
import type { LexportConfig } from '@lexport/shared-platform';
import { CredentialStore } from '../credentials/credential-store';
import { csrfPurpose } from '../sessions/session-cookies';

export interface OpenedSession {
  readonly token: string;
  readonly csrfToken: string;
  readonly expires: Date;
}

export class OpenSessionCommand extends Command<OpenedSession> {
  constructor(
    readonly userId: string,
    /** The session the browser still had, if any: a sign-in replaces it. */
    readonly previousSessionToken: string | undefined,
  ) {
    super();
  }
}

/** A new server-side session for someone whose password was just proved; the CSRF token is derived from it. */
@CommandHandler(OpenSessionCommand)
export class OpenSessionHandler implements ICommandHandler<OpenSessionCommand, OpenedSession> {
  constructor(
    private readonly credentials: CredentialStore,
    private readonly signer: TokenSigner,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(LEXPORT_CONFIG) private readonly config: LexportConfig,
  ) {}

  async execute({ userId, previousSessionToken }: OpenSessionCommand): Promise<OpenedSession> {
    if (previousSessionToken) await this.credentials.closeSession(previousSessionToken);
    const { token, session } = await this.credentials.openSession(userId, this.clock.now(), this.config.sessionHours);
    return { token, csrfToken: this.signer.sign(csrfPurpose, token), expires: new Date(session.expiresAt) };
  }
}
