/**
 * A callback with a stable identity that always runs the latest render's function: what React
 * 19.2's `useEffectEvent` gives, on every React the package supports (18.3 and all of 19.x).
 * For listeners an effect adds once (native `change` events) that must see current props.
 * Not for calling during render: the latest function is stored after the render commits.
 */
import { useCallback, useInsertionEffect, useRef } from 'react';

export function useLatestCallback<Args extends unknown[], Result>(callback: (...args: Args) => Result): (...args: Args) => Result {
  const latest = useRef(callback);
  // Insertion effects run before layout effects and other effects, so every effect of this
  // commit already sees the new function; unlike useLayoutEffect, they do not warn on a server.
  useInsertionEffect(() => {
    latest.current = callback;
  });
  return useCallback((...args: Args) => latest.current(...args), []);
}
