import * as z from 'zod';

/**
 * Characters that no name may hold and no email may carry raw: control characters (C0 with NUL, tab and line breaks,
 * DEL, C1), the line and paragraph separators, UTF-16 surrogates that are not part of a pair, and the bidirectional
 * embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) that make a text display other than it reads.
 */
const unsafeClass = String.raw`\p{Cc}\p{Cs}\u2028\u2029\u202A-\u202E\u2066-\u2069`;
const unsafeCharacters = new RegExp(`[${unsafeClass}]`, 'gu');
const safeText = new RegExp(`^[^${unsafeClass}]*$`, 'u');
const lineBreaking = /^[\t\n\v\f\r\u0085\u2028\u2029]$/u;
const loneSurrogate = /^\p{Cs}$/u;

export const unsafeCharacterMessage =
  'must not contain control characters, bidirectional overrides or broken characters';

export function hasUnsafeCharacters(text: string): boolean {
  return !safeText.test(text);
}

/** For text shown to people (emails): breaks and tabs become a space, a broken character U+FFFD, the rest nothing. */
export function withoutUnsafeCharacters(text: string): string {
  return text.replace(unsafeCharacters, (character) => {
    if (lineBreaking.test(character)) return ' ';
    return loneSurrogate.test(character) ? '\uFFFD' : '';
  });
}

/** A name people type (a person, an organization, a category): trimmed, within limits, with no unsafe character. */
export function nameText(limits: { readonly min: number; readonly max: number }) {
  return z.string().trim().min(limits.min).max(limits.max).regex(safeText, unsafeCharacterMessage);
}
