/** The repository root. */
export declare const ROOT: string;
/** The electron package's folder. */
export declare const ELECTRON_DIR: string;
/** The Electron executable when it is installed, else null. */
export declare function electronBinaryPath(): string | null;
