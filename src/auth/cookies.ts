/** Cookie header parsing and `Set-Cookie` writing (RFC 6265), only as much as the session needs. */

export interface CookieAttributes {
  path: string;
  /** Seconds; 0 deletes the cookie. */
  maxAge: number;
  secure: boolean;
}

/** The value of the first cookie called `name`, or `undefined`. */
export function readCookie(request: Request, name: string): string | undefined {
  const header = request.headers.get('cookie');
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq !== -1 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** Always `HttpOnly; SameSite=Lax`: scripts never see it, and other sites' subrequests and POSTs never carry it. */
export function serializeCookie(name: string, value: string, { path, maxAge, secure }: CookieAttributes): string {
  return `${name}=${value}; Path=${path}; Max-Age=${Math.max(0, Math.floor(maxAge))}; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
}
