// manifest.xml: valid against the 2019 Office add-in manifest XSDs (offline, xmllint-wasm), and
// saying what the product needs: Excel, ExcelApi 1.13, ReadWriteDocument, a Home-tab group with
// 打开校验助手 and 一键校验, zh-CN strings with en-US overrides, icons that exist at their sizes, and
// a production build that rewrites every dev URL.

import fs from 'fs';
import path from 'path';
import { loadSchemas, validateManifest } from './validate';
import { parseLaunchAction } from '../../src/commands/launch';
import { REQUIRED_EXCEL_API } from '../../src/excel/detect';

const ROOT = path.resolve(__dirname, '../..');
const MANIFEST = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
// Comments are documentation, not manifest content.
const BODY = MANIFEST.replace(/<!--[\s\S]*?-->/g, '');

/* eslint-disable @typescript-eslint/no-require-imports */
const webpackConfig = require('../../webpack.config.js') as {
  rewriteManifest: (xml: string, url?: string) => string;
  publicUrl: (env?: Record<string, string>) => string | null;
  manifestPatterns: (production: boolean, url: string | null) => Array<{ from: string; to: string; transform?: (c: Buffer) => string }>;
  PUBLIC_URL_ENV: string;
  DEV_URL: string;
};
const icons = require('../../assets/icons/make-icons.js') as { SIZES: number[]; render: (size: number) => Buffer; iconPath: (size: number) => string };

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
}

/** Resource id -> { default, en-US } for bt:String / bt:Url / bt:Image. */
function resources(kind: 'String' | 'Url' | 'Image'): Map<string, { value: string; en?: string }> {
  const map = new Map<string, { value: string; en?: string }>();
  const re = new RegExp(`<bt:${kind} id="([^"]+)" DefaultValue="([^"]*)"\\s*(/>|>([\\s\\S]*?)</bt:${kind}>)`, 'g');
  for (const m of BODY.matchAll(re)) {
    const en = m[4] ? /<bt:Override Locale="en-US" Value="([^"]*)"/.exec(m[4])?.[1] : undefined;
    map.set(m[1], { value: m[2], en });
  }
  return map;
}

function pngSize(file: string): { width: number; height: number } {
  const buf = fs.readFileSync(file);
  expect(buf.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

describe('manifest.xml', () => {
  test('validates against the Office add-in manifest XSDs (offline)', async () => {
    const result = await validateManifest(MANIFEST);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  test('the validator really validates: an unknown element and a missing Permissions are rejected', async () => {
    const unknown = await validateManifest(MANIFEST.replace('<Permissions>', '<Unexpected/><Permissions>'));
    expect(unknown.valid).toBe(false);
    expect(unknown.errors.join('\n')).toMatch(/Unexpected/);
    const noPermissions = await validateManifest(MANIFEST.replace('<Permissions>ReadWriteDocument</Permissions>', ''));
    expect(noPermissions.valid).toBe(false);
  });

  test('a missing schema folder fails with a clear message', () => {
    expect(() => loadSchemas('/nonexistent/office-addin-manifest')).toThrow(/Manifest schemas not found.*OfficeAppManifestV1_1\.xsd/s);
  });

  test('Excel only, ExcelApi 1.13 (the set the adapter checks for), read/write permission, zh-CN with en-US', () => {
    expect(BODY).toMatch(/<Hosts>\s*<Host Name="Workbook"\/>\s*<\/Hosts>/);
    expect(BODY).toMatch(/<Set Name="ExcelApi" MinVersion="1\.13"\/>/);
    expect(REQUIRED_EXCEL_API).toBe('1.13');
    expect(BODY).toContain('<Permissions>ReadWriteDocument</Permissions>');
    expect(BODY).toContain('<DefaultLocale>zh-CN</DefaultLocale>');
    expect(BODY).toMatch(/<DisplayName DefaultValue="绩效目标校验助手">\s*<Override Locale="en-US" Value="[^"]+"\/>/);
    expect(BODY).toMatch(/<Description DefaultValue="[^"]+">\s*<Override Locale="en-US" Value="[^"]+"\/>/);
  });

  test('a Home-tab group with 打开校验助手 and 一键校验, both opening the same pane; 一键校验 asks for the check', () => {
    const group = /<OfficeTab id="TabHome">([\s\S]*?)<\/OfficeTab>/.exec(BODY)?.[1] ?? '';
    const controls = [...group.matchAll(/<Control xsi:type="Button" id="([^"]+)">([\s\S]*?)<\/Control>/g)];
    expect(controls.map((c) => c[1])).toEqual(['PerfCheck.OpenPane', 'PerfCheck.RunCheck']);
    const strings = resources('String');
    const urls = resources('Url');
    const summarize = (xml: string) => ({
      label: strings.get(attr(/<Label [^>]*>/.exec(xml)![0], 'resid')!)!,
      action: /<Action xsi:type="([^"]+)"/.exec(xml)![1],
      paneId: /<TaskpaneId>([^<]+)<\/TaskpaneId>/.exec(xml)![1],
      url: urls.get(attr(/<SourceLocation [^>]*>/.exec(xml)![0], 'resid')!)!.value,
    });
    const [open, check] = controls.map((c) => summarize(c[2]));
    expect(open.label).toEqual({ value: '打开校验助手', en: 'Open checker' });
    expect(check.label).toEqual({ value: '一键校验', en: 'Check now' });
    expect([open.action, check.action]).toEqual(['ShowTaskpane', 'ShowTaskpane']);
    expect(open.paneId).toBe(check.paneId); // one pane, reused by both buttons
    expect(open.url).toBe('https://localhost:3000/taskpane.html');
    expect(parseLaunchAction(new URL(open.url).search)).toBeNull();
    expect(parseLaunchAction(new URL(check.url).search)).toBe('check');
  });

  test('every resource reference resolves, and every string has an en-US override', () => {
    const ids = new Set([...resources('String').keys(), ...resources('Url').keys(), ...resources('Image').keys()]);
    const refs = [...BODY.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(10);
    expect(refs.filter((r) => !ids.has(r))).toEqual([]);
    for (const [id, s] of resources('String')) expect([id, s.en]).toEqual([id, expect.any(String)]);
  });

  test('icons exist in assets/icons at the sizes the manifest declares, and the generator reproduces them', () => {
    const images = resources('Image');
    const declared = [...BODY.matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"\/>/g)].map((m) => ({ size: Number(m[1]), url: images.get(m[2])!.value }));
    declared.push({ size: 32, url: attr(/<IconUrl [^>]*>/.exec(BODY)![0], 'DefaultValue')! });
    declared.push({ size: 64, url: attr(/<HighResolutionIconUrl [^>]*>/.exec(BODY)![0], 'DefaultValue')! });
    for (const { size, url } of declared) {
      const file = path.join(ROOT, new URL(url).pathname);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
    for (const size of icons.SIZES) expect(icons.render(size).equals(fs.readFileSync(icons.iconPath(size)))).toBe(true);
  });

  test('issue 14.12: SupportUrl (AppSource requires it) points at the help page the build emits', () => {
    const support = attr(/<SupportUrl [^>]*>/.exec(BODY)?.[0] ?? '', 'DefaultValue');
    expect(support).toBe('https://localhost:3000/support.html');
    expect(fs.readFileSync(path.join(ROOT, 'webpack.config.js'), 'utf8')).toMatch(/filename: 'support\.html'/);
  });

  test('issue 14.12: the production URL is a build-time setting; without it no manifest is emitted', () => {
    const saved = process.env[webpackConfig.PUBLIC_URL_ENV];
    delete process.env[webpackConfig.PUBLIC_URL_ENV];
    try {
      expect(webpackConfig.publicUrl()).toBeNull();
      expect(webpackConfig.manifestPatterns(true, null)).toEqual([]);
      expect(webpackConfig.publicUrl({ publicUrl: 'https://addins.example.org/perfcheck' })).toBe('https://addins.example.org/perfcheck/');
      process.env[webpackConfig.PUBLIC_URL_ENV] = 'https://stage.example.org/pc/';
      expect(webpackConfig.publicUrl()).toBe('https://stage.example.org/pc/');
      expect(() => webpackConfig.publicUrl({ publicUrl: 'http://insecure.example.org/' })).toThrow(/https/);
      const [pattern] = webpackConfig.manifestPatterns(true, 'https://stage.example.org/pc/');
      expect(pattern.transform!(Buffer.from(MANIFEST))).toContain('<SupportUrl DefaultValue="https://stage.example.org/pc/support.html"/>');
      expect(webpackConfig.manifestPatterns(false, null)).toEqual([{ from: 'manifest.xml', to: 'manifest.xml' }]);
    } finally {
      if (saved === undefined) delete process.env[webpackConfig.PUBLIC_URL_ENV];
      else process.env[webpackConfig.PUBLIC_URL_ENV] = saved;
    }
  });

  test('the production build rewrites every dev URL to the one production URL, and the result still validates', async () => {
    const prod = webpackConfig.rewriteManifest(MANIFEST, 'https://addins.example.org/perfcheck/');
    expect(prod).not.toMatch(/https?:\/\/localhost/);
    expect(prod).toContain('https://addins.example.org/perfcheck/taskpane.html?action=check');
    expect(prod).toContain('https://addins.example.org/perfcheck/assets/icons/icon-80.png');
    expect((await validateManifest(prod)).valid).toBe(true);
    expect(() => webpackConfig.rewriteManifest(MANIFEST.replace('https://localhost:3000/commands.html', 'https://localhost:3001/commands.html'), 'https://x.org/')).toThrow(/local server/);
  });
});
