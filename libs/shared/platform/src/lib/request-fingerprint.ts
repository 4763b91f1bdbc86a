import { BadRequestException } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { Request } from 'express';

/**
 * Fields left out of the fingerprint: it is stored with the key and feeds event ids, and a plain hash of a body with
 * a password in it would let anyone who reads the store test guesses at speed, past scrypt. Two requests that differ
 * only in a secret count as the same request.
 */
const secretFields = new Set(['password', 'currentPassword', 'newPassword', 'token']);

/** JSON with sorted keys, so that the same body sent with its fields in another order is the same request. */
/** No body the API takes nests this deep; a deeper one would only exhaust the stack. */
const maxDepth = 64;

function canonical(value: unknown, depth = 0): string {
  if (depth > maxDepth) throw new BadRequestException('The request body is nested too deeply.');
  if (Array.isArray(value)) return `[${value.map((item) => canonical(item, depth + 1)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      // Secrets are top-level fields of the bodies that carry them; a form answer keyed `token` is just an answer.
      .filter(([key]) => depth > 0 || !secretFields.has(key))
      .sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item, depth + 1)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Computed once per request: the idempotency interceptor and the command metadata both need it. */
const fingerprints = new WeakMap<object, string>();

export function requestFingerprint(request: Pick<Request, 'method' | 'originalUrl' | 'body'>): string {
  let fingerprint = fingerprints.get(request);
  if (fingerprint === undefined) {
    fingerprint = createHash('sha256')
      .update(`${request.method} ${request.originalUrl}\n${canonical(request.body ?? null)}`)
      .digest('hex');
    fingerprints.set(request, fingerprint);
  }
  return fingerprint;
}
