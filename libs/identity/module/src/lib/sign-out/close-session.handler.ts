import { Command, CommandHandler } from '@nestjs/cqrs';
import type { ICommandHandler } from '@nestjs/cqrs';
import { CredentialStore } from '../credentials/credential-store';

export class CloseSessionCommand extends Command<void> {
  constructor(readonly sessionToken: string | undefined) {
    super();
  }
}

/** Signing out without a session (or twice) is not an error: the cookies are cleared all the same. */
@CommandHandler(CloseSessionCommand)
export class CloseSessionHandler implements ICommandHandler<CloseSessionCommand, void> {
  constructor(private readonly credentials: CredentialStore) {}

  async execute({ sessionToken }: CloseSessionCommand): Promise<void> {
    if (sessionToken) await this.credentials.closeSession(sessionToken);
  }
}
