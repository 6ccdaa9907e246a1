/**
 * The one Content Security Policy of the renderer, sent as a header in browser mode
 * and by the Electron shell, and repeated in renderer/index.html (a test keeps them in step).
 * Styles allow 'unsafe-inline' because Mantine writes its CSS variables into a <style>
 * element at run time; scripts never do.
 */
const directives = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

/** As an HTTP header (browser mode, Electron's session): may also forbid framing. */
export const contentSecurityPolicy = [...directives, "frame-ancestors 'none'"].join('; ');

/** In the page's <meta> tag, where browsers ignore (and warn about) frame-ancestors. */
export const metaContentSecurityPolicy = directives.join('; ');
