import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

type BuilderConfig = {
  appId: string;
  productName: string;
  asar: boolean;
  directories: { buildResources: string; output: string };
  files: string[];
  npmRebuild: boolean;
  electronFuses: Record<string, boolean>;
  win: { target: string[]; icon: string };
  mac: { target: string[]; icon: string };
  linux: { target: string[]; icon: string; category: string; maintainer: string };
};

const config = load(readFileSync('electron-builder.yml', 'utf8')) as BuilderConfig;

describe('electron-builder.yml', () => {
  it('names the app', () => {
    expect(config.appId).toBe('nl.koers.app');
    expect(config.productName).toBe('Koers');
    expect(config.directories).toEqual({ buildResources: 'build', output: 'release' });
  });

  it('flips every security fuse (Electron docs, "Electron Fuses")', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
      resetAdHocDarwinSignature: true,
    });
    // The integrity and only-from-ASAR fuses protect nothing without an ASAR archive.
    expect(config.asar).toBe(true);
  });

  it('re-signs ad hoc after flipping the fuses, so an unsigned Apple Silicon build starts', () => {
    // Flipping a fuse rewrites the binary; macOS on arm64 kills a binary whose ad-hoc signature
    // no longer matches (electron-builder's electronFuses.resetAdHocDarwinSignature).
    expect(config.electronFuses.resetAdHocDarwinSignature).toBe(true);
  });

  it('builds Windows nsis, macOS dmg, Linux AppImage and deb (Office, with a maintainer)', () => {
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.category).toBe('Office');
    expect(config.linux.maintainer).toMatch(/\S+ <\S+@\S+>/);
  });

  it('uses one 1024×1024 PNG icon from build/, from which the .ico and .icns are made', () => {
    for (const target of [config.win, config.mac, config.linux])
      expect(target.icon).toBe('build/icon.png');
    const png = readFileSync('build/icon.png');
    expect(png.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
    expect(png.toString('latin1', 12, 16)).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1024, 1024]);
  });

  it('packs the built app, which is where package.json points', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { main: string };
    expect(config.files).toEqual(expect.arrayContaining(['dist/**', 'package.json']));
    expect(pkg.main).toBe('dist/electron/main.cjs');
  });

  /**
   * Whether electron-builder packs a path: its `files` patterns in order, the last that matches
   * decides (a `!` pattern excludes). Dependencies are matched as `node_modules/<name>/…` against
   * the exclusions alone (app-builder-lib getNodeModuleFileMatcher), so they are packed unless an
   * exclusion names them.
   */
  const packs = (file: string): boolean => {
    let packed = file.startsWith('node_modules/');
    for (const pattern of config.files) {
      const negate = pattern.startsWith('!');
      if (file.startsWith('node_modules/') && !negate) continue;
      if (path.matchesGlob(file, negate ? pattern.slice(1) : pattern)) packed = !negate;
    }
    return packed;
  };

  it('packs only dist/ and package.json: main and preload are bundled, no dependency is packed', () => {
    for (const file of [
      'package.json',
      'dist/electron/main.cjs',
      'dist/electron/preload.cjs',
      'dist/renderer/index.html',
      'dist/renderer/assets/index-abc123.js',
    ])
      expect(packs(file), file).toBe(true);
    for (const file of [
      'node_modules/react/index.js',
      'node_modules/exceljs/dist/exceljs.min.js',
      'node_modules/highs/build/highs.wasm',
      'dist/electron/main.cjs.map',
      'electron/main/index.ts',
      'shared/domain/schemas.ts',
      'README.md',
    ])
      expect(packs(file), file).toBe(false);
    // Nothing native: rebuilding dependencies for the target would only fetch and build in vain.
    expect(config.npmRebuild).toBe(false);
  });
});
