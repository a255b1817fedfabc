/** Debian's Chromium (or KOERS_CHROMIUM). */
export declare const CHROMIUM_PATH: string;
/** Flags that keep Chromium off the network. */
export declare const CHROMIUM_ARGS: readonly string[];
