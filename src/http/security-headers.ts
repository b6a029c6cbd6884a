import type { FastifyHelmetOptions } from '@fastify/helmet';

/**
 * The security headers of every answer, set by @fastify/helmet. The Content-Security-Policy allows scripts and
 * styles from Balai's own origin only (Vite builds the web app into files: no inline script or style), images from
 * itself and data: URLs (QR codes), and no framing at all. Two pages bring their own policy rather than widen this
 * one: the Swagger UI at /docs (@fastify/swagger-ui's staticCSP, aligned below) and the public verify page (a
 * stricter one, PAGE_POLICY in src/documents/verify-page.ts).
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'base-uri': ["'self'"],
  'connect-src': ["'self'"],
  'font-src': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  'img-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'"],
};

/**
 * Referrer-Policy no-referrer: no page of Balai tells another site, nor Balai itself, where the browser came from.
 * The address of a verify page carries the document's code, and the web app's addresses name taxpayers and bills;
 * nothing in Balai reads Referer, and the web app's own requests (fetch) still carry their Origin.
 */
export function helmetOptions(production: boolean): FastifyHelmetOptions {
  return {
    global: true,
    contentSecurityPolicy: {
      useDefaults: false,
      // Behind TLS in production only: on http://localhost a browser would upgrade the app's own requests to https.
      directives: { ...CONTENT_SECURITY_POLICY, ...(production ? { 'upgrade-insecure-requests': [] } : {}) },
    },
    // HSTS only where Balai is served over HTTPS (production, behind a TLS-terminating proxy): a year, subdomains.
    strictTransportSecurity: production ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
  };
}

/**
 * The Swagger UI's own policy (staticCSP: its hashes for any inline script or style it has), made to agree with
 * the app's where it is stricter: no framing, no upgrade of requests outside production.
 */
export function docsPolicy(production: boolean): (header: string) => string {
  return (header) =>
    header
      .split(';')
      .map((directive) => directive.trim())
      .filter((directive) => directive && (production || directive !== 'upgrade-insecure-requests'))
      .map((directive) => (directive.startsWith('frame-ancestors') ? "frame-ancestors 'none'" : directive))
      .join('; ');
}
