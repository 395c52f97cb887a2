import { app, session, shell, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../server/http/security-headers';

/**
 * Locks every web contents to the core's origin: no navigation elsewhere, no new windows,
 * no webviews, and permissions denied except the camera for gate scanning on that origin.
 */
export function hardenSession(coreOrigin: string): void {
  const allowed = (url: string): boolean => {
    try {
      return new URL(url).origin === coreOrigin;
    } catch {
      return false;
    }
  };
  session.defaultSession.setPermissionRequestHandler((contents, permission, callback, details) => {
    const mediaOnly = permission === 'media' && (details as { mediaTypes?: string[] }).mediaTypes?.every((type) => type === 'video') === true;
    callback(mediaOnly && allowed(contents.getURL()));
  });
  session.defaultSession.setPermissionCheckHandler((_contents, permission, requestingOrigin) => permission === 'media' && requestingOrigin === coreOrigin);
  // Defence in depth: the core already sends this CSP; a hub on another PC gets it enforced here too.
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    const headers = { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] };
    callback({ responseHeaders: allowed(details.url) ? headers : details.responseHeaders });
  });

  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.setWindowOpenHandler(({ url }) => {
      // Links to the outside world (a poster URL, the platform's site) open in the system browser, never in the app.
      if (/^https:\/\//.test(url) && !allowed(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
    contents.on('will-navigate', (event, url) => {
      if (!allowed(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!allowed(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}
