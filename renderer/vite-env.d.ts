/// <reference types="vite/client" />

// Declaration merging with Vite's ImportMetaEnv needs an interface.
// eslint-disable-next-line @typescript-eslint/consistent-type-definitions
interface ImportMetaEnv {
  /** package.json's version, set by vite.config.ts. */
  readonly VITE_APP_VERSION?: string;
}
