import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

type BuilderConfig = {
  appId: string;
  productName: string;
  asar: boolean;
  directories: { buildResources: string; output: string };
  files: string[];
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
    });
    // The integrity and only-from-ASAR fuses protect nothing without an ASAR archive.
    expect(config.asar).toBe(true);
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
});
