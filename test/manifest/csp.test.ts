// Content-Security-Policy on the pages (issue 16, item 7): the standalone page loads scripts,
// workers and data from its own origin only; the task pane and the ribbon's function file also
// allow Office.js from Microsoft's CDN (and what it talks to), so Office.js still loads. Plugins,
// <base> and form posts are off everywhere; no page allows eval.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require('../../webpack.config.js') as { page: (title: string, body: string, withOffice: boolean) => string; csp: (withOffice: boolean) => string };

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

function policyOf(html: string): Map<string, string[]> {
  const m = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html);
  expect(m).not.toBeNull();
  return new Map(m![1].split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
}

describe('Content-Security-Policy', () => {
  it('the standalone page: its own origin only, no eval, no plugins', () => {
    const p = policyOf(webpackConfig.page('t', '<div id="container"></div>', false));
    expect(p.get('default-src')).toEqual(["'self'"]);
    expect(p.get('script-src')).toEqual(["'self'"]);
    expect(p.get('worker-src')).toEqual(["'self'"]);
    expect(p.get('connect-src')).toEqual(["'self'"]);
    expect(p.get('object-src')).toEqual(["'none'"]);
    expect(p.get('base-uri')).toEqual(["'self'"]);
    for (const v of p.values()) expect(v).not.toContain("'unsafe-eval'");
  });

  it('the task pane: Office.js from its CDN may load, everything else as strict', () => {
    const html = webpackConfig.page('t', '', true);
    expect(html).toContain(`<script src="${OFFICE_JS}"></script>`);
    const p = policyOf(html);
    const origin = new URL(OFFICE_JS).origin;
    expect(p.get('script-src')).toEqual(expect.arrayContaining(["'self'", origin]));
    expect(p.get('object-src')).toEqual(["'none'"]);
    for (const v of p.values()) expect(v).not.toContain("'unsafe-eval'");
    for (const v of p.values()) expect(v).not.toContain('*');
    // The meta tag precedes every script, so it governs them all.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  });

  const built = path.resolve(__dirname, '../../dist/web');
  (existsSync(path.join(built, 'standalone.html')) ? it : it.skip)('the built pages carry it (npm run build:web)', () => {
    for (const page of ['standalone.html', 'taskpane.html', 'commands.html']) {
      expect([page, /Content-Security-Policy/.test(readFileSync(path.join(built, page), 'utf8'))]).toEqual([page, true]);
    }
  });
});
