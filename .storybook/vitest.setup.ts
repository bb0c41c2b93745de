/**
 * Every story is also a test (Vitest project `storybook`): it renders, runs its play function,
 * and must not log an error. A React warning, a failed prop type or a caught render error all
 * reach console.error, so any of them fails the story's test.
 *
 * React's own diagnostics about act() are let through: Storybook wraps rendering and user
 * events in act() (some of them without awaiting it), and React Flow measures its nodes from a
 * ResizeObserver callback, an update no test can wrap. Outside tests React never checks act(),
 * so these say something about the test harness, nothing about what a user sees.
 */
import { afterEach, beforeEach, expect } from 'vitest';

const originalError = console.error;
let logged: string[] = [];

beforeEach(() => {
  logged = [];
  console.error = (...args: unknown[]) => {
    if (isActDiagnostic(args[0])) return;
    logged.push(args.map((arg) => (arg instanceof Error ? arg.stack ?? arg.message : String(arg))).join(' '));
    originalError(...args);
  };
});

afterEach(() => {
  console.error = originalError;
  expect(logged, 'console.error while the story rendered or played').toEqual([]);
});

function isActDiagnostic(message: unknown): boolean {
  return typeof message === 'string' && (message.includes('not wrapped in act(') || message.includes('inside an `act` scope'));
}
