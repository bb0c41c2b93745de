/**
 * What an operator and a load balancer ask the server, on its own port (Hocuspocus' HTTP side):
 *
 *   GET /health   200 {"status":"ok",…} while serving and its stores answer; 503 while draining
 *                 for shutdown or when PostgreSQL or Redis does not answer, so a load balancer
 *                 sends new participants elsewhere.
 *   GET /metrics  Prometheus text format: rooms, connections, updates (a counter, and per second
 *                 over the last 10 s), refused connections, store latency (a histogram per
 *                 operation: append before acknowledging, compaction, load).
 */
import type { Extension, Hocuspocus, onChangePayload, onConfigurePayload, onRequestPayload } from '@hocuspocus/server';

/** Store latency buckets, in seconds: a loopback INSERT is ~1 ms, a slow disk 100 ms. */
const BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];
const RATE_WINDOW_S = 10;

interface Histogram {
  counts: number[];
  sum: number;
  count: number;
}

export interface Dependency {
  name: string;
  ping(): Promise<void>;
}

export class Operations implements Extension {
  extensionName = 'journey-canvas health and metrics';
  /** First, so /health and /metrics are answered before anything else looks at the request. */
  priority = 2000;

  private instance: Hocuspocus | null = null;
  private updates = 0;
  /** Update counts per second, the last RATE_WINDOW_S seconds. */
  private readonly perSecond: { second: number; count: number }[] = [];
  private readonly refused = new Map<string, number>();
  private readonly store = new Map<string, Histogram>();
  private draining = false;

  constructor(
    private readonly serverId: string,
    private readonly dependencies: Dependency[] = [],
  ) {}

  async onConfigure({ instance }: onConfigurePayload): Promise<void> {
    this.instance = instance;
  }

  async onChange(_: onChangePayload): Promise<void> {
    this.updates++;
    const second = Math.floor(Date.now() / 1000);
    const last = this.perSecond[this.perSecond.length - 1];
    if (last?.second === second) last.count++;
    else {
      this.perSecond.push({ second, count: 1 });
      while (this.perSecond.length > RATE_WINDOW_S + 1) this.perSecond.shift();
    }
  }

  /** Counts a refused connection by reason (expired, wrong room, …). */
  refusedConnection(reason: string): void {
    this.refused.set(reason, (this.refused.get(reason) ?? 0) + 1);
  }

  storeTiming = (operation: string, seconds: number): void => {
    let histogram = this.store.get(operation);
    if (!histogram) this.store.set(operation, (histogram = { counts: BUCKETS.map(() => 0), sum: 0, count: 0 }));
    BUCKETS.forEach((bound, i) => {
      if (seconds <= bound) (histogram.counts[i] as number)++;
    });
    histogram.sum += seconds;
    histogram.count++;
  };

  /** Health turns 503 from now on: the load balancer stops sending new participants here. */
  drain(): void {
    this.draining = true;
  }

  private updatesPerSecond(): number {
    const now = Math.floor(Date.now() / 1000);
    // Complete seconds only: the current one is still counting.
    const counted = this.perSecond.filter((s) => s.second < now && s.second >= now - RATE_WINDOW_S);
    return counted.reduce((sum, s) => sum + s.count, 0) / RATE_WINDOW_S;
  }

  metricsText(): string {
    const rooms = this.instance?.getDocumentsCount() ?? 0;
    const connections = this.instance?.getConnectionsCount() ?? 0;
    const label = `server="${this.serverId.replace(/["\\\n]/g, '_')}"`;
    const lines = [
      '# HELP journey_workshop_rooms Rooms loaded on this server.',
      '# TYPE journey_workshop_rooms gauge',
      `journey_workshop_rooms{${label}} ${rooms}`,
      '# HELP journey_workshop_connections Open client connections (one per participant per room).',
      '# TYPE journey_workshop_connections gauge',
      `journey_workshop_connections{${label}} ${connections}`,
      '# HELP journey_workshop_updates_total Yjs updates applied to rooms on this server (clients, relay, server repairs).',
      '# TYPE journey_workshop_updates_total counter',
      `journey_workshop_updates_total{${label}} ${this.updates}`,
      `# HELP journey_workshop_updates_per_second Updates per second over the last ${RATE_WINDOW_S} s.`,
      '# TYPE journey_workshop_updates_per_second gauge',
      `journey_workshop_updates_per_second{${label}} ${this.updatesPerSecond()}`,
      '# HELP journey_workshop_refused_connections_total Connections refused at authentication, by reason.',
      '# TYPE journey_workshop_refused_connections_total counter',
      ...[...this.refused].map(([reason, n]) => `journey_workshop_refused_connections_total{${label},reason="${reason.replace(/["\\\n]/g, '_')}"} ${n}`),
      '# HELP journey_workshop_store_seconds Store latency: append (before acknowledging), compact, load.',
      '# TYPE journey_workshop_store_seconds histogram',
    ];
    for (const [operation, h] of this.store) {
      const l = `${label},operation="${operation}"`;
      BUCKETS.forEach((bound, i) => lines.push(`journey_workshop_store_seconds_bucket{${l},le="${bound}"} ${h.counts[i]}`));
      lines.push(`journey_workshop_store_seconds_bucket{${l},le="+Inf"} ${h.count}`);
      lines.push(`journey_workshop_store_seconds_sum{${l}} ${h.sum}`);
      lines.push(`journey_workshop_store_seconds_count{${l}} ${h.count}`);
    }
    return `${lines.join('\n')}\n`;
  }

  private async health(): Promise<{ status: number; body: Record<string, unknown> }> {
    const checks: Record<string, string> = {};
    await Promise.all(
      this.dependencies.map(async (d) => {
        try {
          await Promise.race([d.ping(), new Promise((_, reject) => setTimeout(() => reject(new Error('no answer within 2 s')), 2000).unref())]);
          checks[d.name] = 'ok';
        } catch (error) {
          checks[d.name] = error instanceof Error ? error.message : String(error);
        }
      }),
    );
    const healthy = !this.draining && Object.values(checks).every((c) => c === 'ok');
    return {
      status: healthy ? 200 : 503,
      body: {
        status: this.draining ? 'draining' : healthy ? 'ok' : 'degraded',
        server: this.serverId,
        rooms: this.instance?.getDocumentsCount() ?? 0,
        connections: this.instance?.getConnectionsCount() ?? 0,
        checks,
      },
    };
  }

  async onRequest({ request, response }: onRequestPayload): Promise<void> {
    const path = (request.url ?? '').split('?')[0];
    if (path === '/health') {
      const { status, body } = await this.health();
      response.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      response.end(JSON.stringify(body));
    } else if (path === '/metrics') {
      response.writeHead(200, { 'Content-Type': 'text/plain; version=0.0.4; charset=utf-8', 'Cache-Control': 'no-store' });
      response.end(this.metricsText());
    } else return;
    // Hocuspocus' way to say "answered": reject with no error, so no later hook writes again.
    throw null;
  }
}
