import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

const LOOPBACK = ['127.0.0.1', 'localhost', '[::1]'];
const WILDCARD = new Set(['0.0.0.0', '::', '[::]']);

/**
 * What keeps another site from using the office's browser against the dashboard: a secret made when the server
 * starts, put in every form and checked on every POST; the Host it answers to (a page of another site that
 * rebinds its name to 127.0.0.1 sends its own name as Host, and could otherwise read the secret); and on a POST,
 * a browser's Origin and Sec-Fetch-Site, which must name this dashboard.
 */
export interface RequestGuard {
  readonly token: string;
  /** Why a request must be refused as another site's, or undefined when it may be answered. */
  foreign(headers: IncomingHttpHeaders, method: string | undefined): string | undefined;
  validToken(token: string): boolean;
}

/** The guard of a server bound to `host:port`: a loopback one answers to its loopback names only. */
export function requestGuard(host: string, port: number): RequestGuard {
  const token = randomBytes(32).toString('base64url');
  const name = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  const anyHost = WILDCARD.has(name); // told to serve every interface: the operator chose who can reach it
  const hosts = new Set([name, ...(LOOPBACK.includes(name) ? LOOPBACK : [])].map((h) => `${h}:${port}`));
  return {
    token,
    foreign(headers, method) {
      const requestHost = headers.host ?? '';
      if (!anyHost && !hosts.has(requestHost)) return `unexpected Host ${JSON.stringify(requestHost)}`;
      if (method === 'GET' || method === 'HEAD') return undefined;
      const origin = headers.origin;
      if (origin !== undefined && origin !== `http://${requestHost}`) return `cross-site Origin ${JSON.stringify(origin)}`;
      const site = headers['sec-fetch-site'];
      if (site !== undefined && site !== 'same-origin') return `cross-site request (Sec-Fetch-Site: ${site})`;
      return undefined;
    },
    validToken(candidate) {
      const [a, b] = [Buffer.from(candidate), Buffer.from(token)];
      return a.length === b.length && timingSafeEqual(a, b);
    },
  };
}
