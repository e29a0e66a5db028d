import type { CDPSession } from 'playwright-core';
import { within } from './within';

type TargetInfo = { targetId: string; type: string; url: string };
type Event = { method?: string; params?: any };

/**
 * A raw CDP session on any target (service worker, extension popup, tab) that records uncaught exceptions,
 * console errors and network requests from every world in it, content scripts included.
 */
export class TargetWatch {
  readonly errors: string[] = [];
  readonly requests: string[] = [];
  private readonly attachedAt = Date.now();
  private nextId = 1;
  private replies = new Map<number, () => void>();
  private listener = (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== this.sessionId) return;
    const { method, params, id } = JSON.parse(event.message) as Event & { id?: number };
    if (id !== undefined) this.replies.get(id)?.();
    if (method === 'Runtime.exceptionThrown') {
      const details = params.exceptionDetails;
      this.errors.push(`${this.label}: uncaught ${details.exception?.description ?? details.text}`);
    } else if (method === 'Runtime.consoleAPICalled' && (params.type === 'error' || params.type === 'assert')) {
      this.errors.push(`${this.label}: console.${params.type} ${params.args.map((a: any) => a.value ?? a.description ?? '').join(' ')}`);
    } else if (method === 'Log.entryAdded' && params.entry.level === 'error' && params.entry.source !== 'network'
      // Log.enable replays what the target logged before: in a browser shared by the run, earlier tests' entries.
      && params.entry.timestamp >= this.attachedAt) {
      this.errors.push(`${this.label}: ${params.entry.source} ${params.entry.text}`);
    } else if (method === 'Network.requestWillBeSent') {
      this.requests.push(params.request.url);
    }
  };

  private constructor(private cdp: CDPSession, private sessionId: string, readonly label: string) {
    cdp.on('Target.receivedMessageFromTarget', this.listener);
  }

  static async attach(cdp: CDPSession, target: TargetInfo, label: string): Promise<TargetWatch> {
    const { sessionId } = await within(cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false }), 5000, `attaching to ${label}`);
    const watch = new TargetWatch(cdp, sessionId, label);
    await Promise.all(['Runtime', 'Log', 'Network'].map((domain) => watch.send(`${domain}.enable`)));
    return watch;
  }

  /** Attaches to the first target that `match` accepts, waiting for it up to `timeout` ms. */
  static async find(cdp: CDPSession, match: (t: TargetInfo) => boolean, label: string, timeout = 5000): Promise<TargetWatch> {
    const end = Date.now() + timeout;
    for (;;) {
      const { targetInfos } = await within(cdp.send('Target.getTargets'), 5000, 'Target.getTargets');
      const target = (targetInfos as TargetInfo[]).find(match);
      if (target) return TargetWatch.attach(cdp, target, label);
      if (Date.now() > end) throw new Error(`no target for ${label} within ${timeout} ms`);
      await new Promise((done) => setTimeout(done, 25));
    }
  }

  send(method: string, params: object = {}): Promise<void> {
    const id = this.nextId++;
    const replied = new Promise<void>((done) => this.replies.set(id, done));
    void this.cdp.send('Target.sendMessageToTarget', {
      sessionId: this.sessionId, message: JSON.stringify({ id, method, params }),
    }).catch(() => this.replies.get(id)?.());
    return within(replied, 5000, `${this.label}: ${method}`).finally(() => this.replies.delete(id));
  }

  /**
   * Every error and request the target reported so far has arrived: one round trip on the same session, which answers
   * after the events sent before it (for a page, after two animation frames, so work deferred to the next frame ran).
   */
  async flush(): Promise<void> {
    const frames = this.label === 'page' ? 'new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))' : '0';
    await this.send('Runtime.evaluate', { expression: frames, awaitPromise: true });
  }

  async detach(): Promise<void> {
    this.cdp.off('Target.receivedMessageFromTarget', this.listener);
    await this.cdp.send('Target.detachFromTarget', { sessionId: this.sessionId }).catch(() => {});
  }
}
