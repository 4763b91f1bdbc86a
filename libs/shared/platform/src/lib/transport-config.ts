import { isIP } from 'node:net';
import { z } from 'zod';

/** What Express's `trust proxy` receives: nothing trusted, a number of hops, or the proxies' addresses. */
export type TrustProxy = false | number | readonly string[];

const proxyKeywords = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddressOrRange(entry: string): boolean {
  if (proxyKeywords.has(entry) || isIP(entry) !== 0) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || prefix === undefined || rest.length > 0 || !/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (version === 4 ? 32 : 128);
}

/**
 * TRUST_PROXY: `false` (the default: the peer's address is the client's), a hop count, or a comma-separated list of
 * addresses, CIDR ranges and Express's keywords (loopback, linklocal, uniquelocal). `true` is refused: trusting every
 * hop lets any client choose its own address with X-Forwarded-For, and with it its own rate-limit key.
 */
export const trustProxySetting = z
  .string()
  .trim()
  .transform((value, context): TrustProxy => {
    if (value === 'false' || value === '0') return false;
    if (/^\d+$/.test(value)) {
      const hops = Number(value);
      if (hops <= 10) return hops;
      context.addIssue({ code: 'custom', message: 'a hop count must be between 0 and 10' });
      return z.NEVER;
    }
    if (value === 'true') {
      context.addIssue({
        code: 'custom',
        message: "'true' would trust any client's X-Forwarded-For; give the number of proxies or their addresses",
      });
      return z.NEVER;
    }
    const entries = value.split(',').map((entry) => entry.trim());
    const wrong = entries.filter((entry) => !isAddressOrRange(entry));
    if (wrong.length > 0) {
      context.addIssue({
        code: 'custom',
        message: `not an address, CIDR range or keyword (loopback, linklocal, uniquelocal): ${wrong.join(', ') || '(empty)'}`,
      });
      return z.NEVER;
    }
    return entries;
  });

const frameSource = /^(https?:\/\/(\*\.)?[a-z0-9.-]+(:\d{1,5})?|https?:)$/i;

/**
 * FRAME_ANCESTORS: who may show the portal in a frame, as CSP sources separated by spaces or commas: `none` (the
 * default), `self`, origins such as https://intranet.firm.example (a leading `*.` for subdomains) or a scheme (https:).
 */
export const frameAncestorsSetting = z
  .string()
  .trim()
  .transform((value, context): readonly string[] => {
    const sources = value
      .split(/[\s,]+/)
      .filter(Boolean)
      .map((source) => (/^'?(none|self)'?$/i.test(source) ? `'${source.replaceAll("'", '').toLowerCase()}'` : source));
    const wrong = sources.filter((source) => source !== "'none'" && source !== "'self'" && !frameSource.test(source));
    if (wrong.length > 0) {
      context.addIssue({
        code: 'custom',
        message: `not 'none', 'self', an http(s) origin or scheme: ${wrong.join(' ')}`,
      });
      return z.NEVER;
    }
    if (sources.includes("'none'") && sources.length > 1) {
      context.addIssue({ code: 'custom', message: "'none' cannot be combined with other sources" });
      return z.NEVER;
    }
    return sources;
  });
