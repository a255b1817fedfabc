// Debian's Chromium for tests and screenshots, never a downloaded browser; the flags keep it off
// the network (without them Chromium keeps trying Google's hosts from a closed network).
export const CHROMIUM_PATH = process.env.KOERS_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
