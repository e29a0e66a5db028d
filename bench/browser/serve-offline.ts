// Pages come from memory at their original address; nothing else is fetched, and nothing may leave the machine.
import type { BrowserContext, Route } from 'playwright-core';

/**
 * Chromium switches that keep even what routing cannot see (DNS prefetch, preconnect, WebRTC) on this machine.
 * No --disable-features here: a second one would replace Playwright's own list (HttpsUpgrades, PaintHolding, …).
 */
export const offlineChromiumArgs = [
  '--host-resolver-rules=MAP * ~NOTFOUND',
  '--proxy-server=http://127.0.0.1:9',
  '--force-webrtc-ip-handling-policy=disable_non_proxied_udp',
];

export interface OfflineServer {
  /** Pages by normalized url. */
  pages: Map<string, Buffer>;
  /** Documents fulfilled from memory, and requests refused locally. */
  served: number;
  refused: number;
}

export const normalizeUrl = (url: string): string => {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.href;
};

export async function serveOffline(context: BrowserContext): Promise<OfflineServer> {
  const server: OfflineServer = { pages: new Map(), served: 0, refused: 0 };
  const handle = async (route: Route) => {
    const request = route.request();
    const url = request.url();
    if (!/^https?:/.test(url)) return route.continue();
    const body = request.resourceType() === 'document' ? server.pages.get(normalizeUrl(url)) : undefined;
    if (body) {
      server.served++;
      return route.fulfill({ status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body });
    }
    server.refused++;
    // A page script that navigates elsewhere (a redirect, a consent page) would leave an error page behind:
    // a 204 answer to a navigation keeps the current document. Everything else fails locally.
    if (request.resourceType() === 'document') return route.fulfill({ status: 204, body: '' });
    return route.abort('blockedbyclient');
  };
  await context.route('**/*', handle);
  await context.routeWebSocket(/.*/, (ws) => ws.close());
  return server;
}
