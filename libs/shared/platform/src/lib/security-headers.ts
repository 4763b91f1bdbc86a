import helmet from 'helmet';
import type { RequestHandler } from 'express';
import type { LexportConfig } from './config';

/**
 * Headers on every response, the web client's files and API answers alike. The policy fits the Angular production
 * build: scripts only from the portal's origin and never inline (the build's critical-CSS inlining, which adds an
 * `onload` handler, is off in apps/web/project.json). Styles may be inline because Angular's components insert
 * their styles as <style> elements at run time. Fonts and icons are self-hosted, so nothing comes from another origin.
 */
export function securityHeaders(config: Pick<LexportConfig, 'environment' | 'frameAncestors'>): RequestHandler {
  const production = config.environment === 'production';
  const [onlyAncestor] = config.frameAncestors;
  const framing =
    config.frameAncestors.length === 1
      ? ({ "'none'": 'deny', "'self'": 'sameorigin' } as const)[onlyAncestor ?? '']
      : undefined;
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'script-src-attr': ["'none'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        'font-src': ["'self'"],
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': [...config.frameAncestors],
        ...(production ? { 'upgrade-insecure-requests': [] } : {}),
      },
    },
    // Browsers that predate frame-ancestors understand only DENY and SAMEORIGIN; a list of origins is CSP's alone.
    xFrameOptions: framing ? { action: framing } : false,
    referrerPolicy: { policy: 'no-referrer' },
    // Over plain HTTP (development, tests) HSTS would only pin a name to HTTPS for a year.
    strictTransportSecurity: production ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    xContentTypeOptions: true,
  });
}
