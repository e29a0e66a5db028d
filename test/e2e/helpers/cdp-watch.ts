import type { CDPSession } from 'playwright-core';

type TargetInfo = { targetId: string; type: string; url: string };
type Event = { method?: string; params?: any };

/**
 * A raw CDP session on any target (service worker, extension popup, tab) that records uncaught exceptions,
 * console errors and network requests from every world in it, content scripts included.
 */
export class TargetWatch {
  readonly errors: string[] = [];
  readonly requests: string[] = [];
  private nextId = 1;
  private listener = (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== this.sessionId) return;
    const { method, params } = JSON.parse(event.message) as Event;
    if (method === 'Runtime.exceptionThrown') {
      const details = params.exceptionDetails;
      this.errors.push(`${this.label}: uncaught ${details.exception?.description ?? details.text}`);
    } else if (method === 'Runtime.consoleAPICalled' && (params.type === 'error' || params.type === 'assert')) {
      this.errors.push(`${this.label}: console.${params.type} ${params.args.map((a: any) => a.value ?? a.description ?? '').join(' ')}`);
    } else if (method === 'Log.entryAdded' && params.entry.level === 'error' && params.entry.source !== 'network') {
      this.errors.push(`${this.label}: ${params.entry.source} ${params.entry.text}`);
    } else if (method === 'Network.requestWillBeSent') {
      this.requests.push(params.request.url);
    }
  };

  private constructor(private cdp: CDPSession, private sessionId: string, readonly label: string) {
    cdp.on('Target.receivedMessageFromTarget', this.listener);
  }

  static async attach(cdp: CDPSession, target: TargetInfo, label: string): Promise<TargetWatch> {
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
    const watch = new TargetWatch(cdp, sessionId, label);
    for (const domain of ['Runtime', 'Log', 'Network']) watch.send(`${domain}.enable`);
    return watch;
  }

  /** Attaches to the first target that `match` accepts, waiting for it up to `timeout` ms. */
  static async find(cdp: CDPSession, match: (t: TargetInfo) => boolean, label: string, timeout = 5000): Promise<TargetWatch> {
    const end = Date.now() + timeout;
    for (;;) {
      const { targetInfos } = await cdp.send('Target.getTargets');
      const target = (targetInfos as TargetInfo[]).find(match);
      if (target) return TargetWatch.attach(cdp, target, label);
      if (Date.now() > end) throw new Error(`no target for ${label}`);
      await new Promise((done) => setTimeout(done, 25));
    }
  }

  send(method: string, params: object = {}): void {
    void this.cdp.send('Target.sendMessageToTarget', {
      sessionId: this.sessionId, message: JSON.stringify({ id: this.nextId++, method, params }),
    }).catch(() => {});
  }

  async detach(): Promise<void> {
    this.cdp.off('Target.receivedMessageFromTarget', this.listener);
    await this.cdp.send('Target.detachFromTarget', { sessionId: this.sessionId }).catch(() => {});
  }
}
