import * as z from 'zod';

/**
 * Characters that no name may hold and no email may carry raw: control characters (C0 with NUL, tab and line breaks,
 * DEL, C1), the line and paragraph separators, UTF-16 surrogates that are not part of a pair, the bidirectional
 * embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) that make a text display other than it reads, and
 * the invisible characters that make a name look like another (zero-width space, word joiner and invisible operators,
 * byte-order mark, interlinear annotations, tag characters). Zero-width (non-)joiners stay: some scripts need them.
 */
const unsafeClass = String.raw`\p{Cc}\p{Cs}\u2028\u2029\u202A-\u202E\u2066-\u2069\u200B\u2060-\u2064\uFEFF\uFFF9-\uFFFB\u{E0000}-\u{E007F}`;
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

/** Longer text people type (a description): line breaks and tabs are welcome, the other unsafe characters are not. */
const safeParagraphs = new RegExp(`^(?:[\\t\\n\\r]|[^${unsafeClass}])*$`, 'u');

export function paragraphsText(limits: { readonly max: number }) {
  return z.string().trim().max(limits.max).regex(safeParagraphs, unsafeCharacterMessage);
}

/** A name people type (a person, an organization, a category): trimmed, within limits, with no unsafe character. */
export function nameText(limits: { readonly min: number; readonly max: number }) {
  return z.string().trim().min(limits.min).max(limits.max).regex(safeText, unsafeCharacterMessage);
}
