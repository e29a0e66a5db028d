// The hostile pages of test/hostile/ (generated from attacks.ts and articles.ts) as the test server serves them.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { articles, type ArticleText } from '../../hostile/articles';
import type { TestServer } from './server';

export interface HostileAttack { name: string; class: string; tries: string; signal: string; file: string }

const dir = resolve(import.meta.dirname, '..', '..', 'hostile');
export const hostileAttacks = JSON.parse(readFileSync(resolve(dir, 'index.json'), 'utf8')) as HostileAttack[];

/** The article text the attack sits in (generate.ts takes them in turn). */
export const hostileArticle = (attack: HostileAttack): ArticleText =>
  articles[hostileAttacks.indexOf(attack) % articles.length]!;

export const hostileUrl = (server: TestServer, attack: HostileAttack) => `${server.origin}/hostile/${attack.file}`;
/** The same page with its canaries renamed /canary-plain/<name>: visited without reader view, it counts the page's own requests. */
export const plainUrl = (server: TestServer, attack: HostileAttack) => `${server.origin}/hostile/plain/${attack.file}`;

/** Serves every hostile page (with the origin filled in), its plain twin, and every canary as an uncacheable answer. */
export function serveHostile(server: TestServer): void {
  const noStore = { 'cache-control': 'no-store' };
  for (const attack of hostileAttacks) {
    const body = readFileSync(resolve(dir, attack.file), 'utf8').replaceAll('__ORIGIN__', server.origin);
    server.routes.set(`/hostile/${attack.file}`, { body, headers: noStore });
    server.routes.set(`/hostile/plain/${attack.file}`, { body: body.replaceAll(`/canary/${attack.name}`, `/canary-plain/${attack.name}`), headers: noStore });
    for (const canary of ['canary', 'canary-plain']) server.routes.set(`/${canary}/${attack.name}`, { body: '', type: 'text/plain', headers: noStore });
  }
}

/** Requests among `requests` for the attack's canary (or its plain twin's), including paths under it (a hijacked base). */
export function canaryHits(requests: string[], attack: HostileAttack, plain = false): string[] {
  const path = `/${plain ? 'canary-plain' : 'canary'}/${attack.name}`;
  return requests.filter((p) => p === path || p.startsWith(`${path}/`));
}
