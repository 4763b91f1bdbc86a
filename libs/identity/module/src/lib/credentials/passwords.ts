import { DomainError } from '@lexport/shared-ddd';
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import type { ScryptOptions } from 'node:crypto';
import { adjacencyGraphs, dictionary as commonDictionary } from '@zxcvbn-ts/language-common';
import { dictionary as englishDictionary } from '@zxcvbn-ts/language-en';
import { dictionary as frenchDictionary } from '@zxcvbn-ts/language-fr';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';

/** scrypt parameters (OWASP: N=2^17, r=8, p=1); stored with each hash so they can be raised later. */
const cost = { N: 2 ** 17, r: 8, p: 1 } as const;
const keyLength = 64;

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(
      password.normalize('NFKC'),
      salt,
      keyLength,
      { ...options, maxmem: 256 * (options.N ?? cost.N) * (options.r ?? cost.r) },
      (error, key) => (error ? reject(error) : resolve(key)),
    ),
  );
}

/** `scrypt$N$r$p$salt$hash` (base64url). Never logged, never in an event or a response. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, cost);
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = await derive(password, Buffer.from(salt, 'base64url'), { N: Number(n), r: Number(r), p: Number(p) });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A hash of a random password: verifying against it costs what a real check costs, so timing tells nothing. */
export const unknownUserHash = hashPassword(randomBytes(24).toString('base64url'));

const strength = new ZxcvbnFactory({
  graphs: adjacencyGraphs,
  dictionary: { ...commonDictionary, ...englishDictionary, ...frenchDictionary },
});

export const passwordLimits = { min: 12, max: 256, minimumScore: 3 } as const;

export type PasswordProblem = 'too-short' | 'too-long' | 'contains-personal-data' | 'too-guessable';

/**
 * The password policy: long enough, not built from the person's own name or address, and not guessable by the
 * usual attacks (zxcvbn score ≥ 3 of 4, with English and French dictionaries).
 */
export function passwordProblems(
  password: string,
  personal: { email?: string; name?: string } = {},
): PasswordProblem[] {
  if (password.length < passwordLimits.min) return ['too-short'];
  if (password.length > passwordLimits.max) return ['too-long'];
  const lower = password.toLowerCase();
  const personalWords = [personal.email?.split('@')[0], ...(personal.name?.split(/\s+/) ?? [])]
    .filter((word): word is string => typeof word === 'string' && word.length >= 4)
    .map((word) => word.toLowerCase());
  if (personalWords.some((word) => lower.includes(word))) return ['contains-personal-data'];
  if (strength.check(password, personalWords).score < passwordLimits.minimumScore) return ['too-guessable'];
  return [];
}

/** Refuses a password the policy rejects, naming the first reason and the form field it belongs to. */
export function policyMustAccept(password: string, person: { email: string; name: string }, field: string): void {
  const [problem] = passwordProblems(password, person);
  if (problem) throw new DomainError(`password-${problem}`, 'invalid', 'Choose a stronger password.', { field });
}
