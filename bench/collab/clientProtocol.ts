/**
 * What the scale-out benchmark and its client processes say to each other (Node IPC, JSON).
 * Times that cross processes are wall-clock milliseconds: performance.timeOrigin + performance.now().
 */
export interface ClientProcessConfig {
  /** One server URL per client of this process. */
  urls: string[];
  room: string;
  token: string;
  rate: number;
  seconds: number;
  /** The number of this process' first client across all processes. */
  firstClient: number;
}

export type ToClientProcess =
  /** Start editing at wall-clock `at`. */
  | { type: 'start'; at: number }
  /** Report the final journey and the timings, disconnect and exit. */
  | { type: 'finish' };

export type FromClientProcess =
  | { type: 'synced' }
  | { type: 'edited'; edits: number; skipped: number; lastEdit: number; maxBehindMs: number }
  /** Every replica of this process holds the same state (base64 state vector) since `at`; sent on each change after editing. */
  | { type: 'agreed'; vector: string; at: number }
  | {
      type: 'final';
      /** The first replica's journey as written, whether all of this process' replicas are identical, and whether it is valid. */
      journey: string;
      identical: boolean;
      valid: boolean;
      /** Milliseconds from an edit to the server's acknowledgement. */
      acknowledged: number[];
      /** Milliseconds from an edit to its arrival at this process' observing client, for edits made through another server. */
      crossServer: number[];
      /** Updates sent and not acknowledged when the run ended. */
      unacknowledged: number;
    };

export const wallClock = () => performance.timeOrigin + performance.now();
