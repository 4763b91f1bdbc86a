import { Throttle } from '@nestjs/throttler';

/** Per address and minute; tests raise it with SIGN_IN_ATTEMPTS_PER_MINUTE (checked at start-up by the config). */
export const signInAttemptsPerMinute = () => Number(process.env['SIGN_IN_ATTEMPTS_PER_MINUTE'] ?? 10);

/** The forms that try a password, a link or an address get sign-in's limit per client address. */
export const ThrottleLikeSignIn = () => Throttle({ default: { limit: signInAttemptsPerMinute, ttl: 60_000 } });
