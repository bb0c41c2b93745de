/**
 * A provider that knows several servers: when its connection drops (a server died, was drained
 * or restarted), it reconnects to the next URL of the list. Any server serves any room in
 * scale-out mode, so this is all a client needs; a load balancer in front of the servers (README,
 * "Deployment") is the other way.
 *
 *   new HocuspocusProvider({ url: urls[0], WebSocketPolyfill: failoverWebSocket(urls), … })
 *
 * Hocuspocus' provider creates every socket with `new WebSocketPolyfill(url)`; the class below
 * ignores that url and uses the list, moving on after each closed socket. Each client starts at
 * a random place in the list, which spreads a room's participants over the servers.
 */
type WebSocketClass = new (url: string | URL, protocols?: string | string[]) => WebSocket;

export function failoverWebSocket<T extends WebSocketClass>(urls: readonly string[], Base: T = globalThis.WebSocket as unknown as T, start = Math.floor(Math.random() * urls.length)): T & { current(): string } {
  if (urls.length === 0) throw new Error('failoverWebSocket: expected at least one server URL');
  let index = start % urls.length;
  const current = () => urls[index] as string;
  // A mixin over whichever WebSocket the platform has (the browser's, or `ws` in Node).
  const Failover = class extends (Base as WebSocketClass) {
    constructor(_ignored: string | URL, protocols?: string | string[]) {
      super(current(), protocols);
      // A socket closed while still connecting (the provider gives up on a dead server) reports
      // an error, then closes; Node's \`ws\` throws an error nobody listens for. The close is what counts.
      this.addEventListener('error', () => undefined);
      this.addEventListener('close', () => {
        index = (index + 1) % urls.length;
      });
    }
  };
  return Object.assign(Failover, { current }) as unknown as T & { current(): string };
}

/** The server list of the page's `server=` parameter: one URL, or several separated by commas. */
export function serverList(parameter: string): string[] {
  return parameter
    .split(',')
    .map((url) => url.trim())
    .filter((url) => url !== '');
}
