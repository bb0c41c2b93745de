/**
 * The Chromium every real-browser run here uses: Debian's (`npm test` installs it when missing,
 * scripts/ensure-browser.sh), or CHROMIUM_PATH. One place for the tests, the examples check, the
 * benchmarks and the README image.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags for a headless Chromium in a container that reaches no network but the npm registry:
 * no sandbox (containers run as root), no GPU, and none of the background fetches (QUIC probes,
 * component updates, sync) that would wait on the network.
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
