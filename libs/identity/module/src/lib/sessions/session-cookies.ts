import type { CookieOptions, Response } from 'express';

export const sessionCookie = 'lexport_session';
/** Angular's HttpClient reads this cookie and echoes it in X-XSRF-TOKEN on every unsafe request. */
export const csrfCookie = 'XSRF-TOKEN';
export const csrfHeader = 'x-xsrf-token';
export const csrfPurpose = 'csrf';

export function cookieOptions(production: boolean, httpOnly: boolean, expires?: Date): CookieOptions {
  return { httpOnly, secure: production, sameSite: 'lax', path: '/', ...(expires ? { expires } : {}) };
}

export function clearSessionCookies(response: Response, production: boolean): void {
  response.clearCookie(sessionCookie, cookieOptions(production, true));
  response.clearCookie(csrfCookie, cookieOptions(production, false));
}

/** The session cookie (httpOnly) and the CSRF token the browser echoes, both ending with the session. */
export function setSessionCookies(
  response: Response,
  session: { readonly token: string; readonly csrfToken: string; readonly expires: Date },
  production: boolean,
): void {
  response.cookie(sessionCookie, session.token, cookieOptions(production, true, session.expires));
  response.cookie(csrfCookie, session.csrfToken, cookieOptions(production, false, session.expires));
}
