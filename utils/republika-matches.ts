/**
 * Where our content scripts run: every Republika page (the detector decides which are articles).
 * The same patterns are the extension's host permissions (wxt.config.ts).
 */
export const REPUBLIKA_MATCHES = ['*://*.republika.co.id/*', '*://republika.co.id/*'];
