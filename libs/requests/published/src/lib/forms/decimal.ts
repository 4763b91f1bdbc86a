/**
 * Money travels as a decimal string ("12500.50"): up to 13 digits before the point and 2 after, 15 in all, so that
 * every amount is also exact as a count of cents in a double. Never negative.
 */
export const amountPattern = /^\d{1,13}(?:\.\d{1,2})?$/;

export function isAmount(text: string): boolean {
  return amountPattern.test(text);
}

/** "007.5" → "7.5": the stored form of an amount that matched `amountPattern`. */
export function canonicalAmount(amount: string): string {
  const [whole = '', fraction] = amount.split('.');
  const digits = whole.replace(/^0+(?=\d)/, '');
  return fraction === undefined ? digits : `${digits}.${fraction}`;
}

/** Compares two amounts that matched `amountPattern` without going through floating point. */
export function compareAmounts(left: string, right: string): number {
  const [leftWhole, leftCents] = centsParts(left);
  const [rightWhole, rightCents] = centsParts(right);
  if (leftWhole.length !== rightWhole.length) return leftWhole.length - rightWhole.length;
  if (leftWhole !== rightWhole) return leftWhole < rightWhole ? -1 : 1;
  return leftCents === rightCents ? 0 : leftCents < rightCents ? -1 : 1;
}

function centsParts(amount: string): [string, string] {
  const [whole = '', fraction = ''] = canonicalAmount(amount).split('.');
  return [whole, fraction.padEnd(2, '0')];
}
