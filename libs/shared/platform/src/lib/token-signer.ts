import { createHmac, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { LexportConfig } from './config';
import { LEXPORT_CONFIG } from './tokens';

/**
 * Tokens for links sent by email and for CSRF: an HMAC of a purpose and the facts the token stands for (a user id and
 * the id of one invitation, say). Nothing secret is stored or put in an event; a token is valid only while the facts
 * it was made from are current, so a new invitation or a used one invalidates older links.
 */
@Injectable()
export class TokenSigner {
  private readonly key: Buffer;

  constructor(@Inject(LEXPORT_CONFIG) config: Pick<LexportConfig, 'tokenSecret'>) {
    this.key = Buffer.from(config.tokenSecret);
  }

  sign(purpose: string, ...facts: readonly string[]): string {
    return createHmac('sha256', this.key)
      .update([purpose, ...facts].join('\n'))
      .digest('base64url');
  }

  verify(token: string, purpose: string, ...facts: readonly string[]): boolean {
    const expected = Buffer.from(this.sign(purpose, ...facts));
    const given = Buffer.from(token);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
}
