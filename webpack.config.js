// Web build of the add-in: the task pane, the ribbon's function file and the standalone page.
//
//   PERFCHECK_PUBLIC_URL=https://…/ npx webpack --mode production
//                                   -> dist/web (hashed JS, pages, manifest.xml pointing at that URL)
//   npm run dev-server              -> https://localhost:3000 (office-addin-dev-certs; http fallback)
//
// The web build goes to dist/web so it never clobbers the CLI build in dist/ (tsconfig.cli.json).

/* eslint-disable @typescript-eslint/no-require-imports */
const fs = require('fs');
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

/**
 * The production URL is a build-time setting: where dist/web is deployed (https; a trailing slash
 * is added). Every https://localhost:3000/ in manifest.xml is rewritten to it in production builds.
 * Set PERFCHECK_PUBLIC_URL, or pass `--env publicUrl=https://…/`. Without it a production build
 * still builds the pages but emits no manifest.xml (and says so): a manifest pointing at a
 * placeholder address must never be deployed by accident.
 */
const PUBLIC_URL_ENV = 'PERFCHECK_PUBLIC_URL';
const DEV_URL = 'https://localhost:3000/';
const DEV_PORT = 3000;
const OUTPUT_DIR = path.resolve(__dirname, 'dist/web');

/** Entries the pages start as Web Workers by URL: fixed file names, no hash. */
const WORKER_ENTRIES = ['read-worker', 'check-worker'];

/** Office.js from Microsoft's CDN: the only network resource the pages load. */
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** The production URL from `--env publicUrl=` or PERFCHECK_PUBLIC_URL, normalised; null when unset. */
function publicUrl(env = {}) {
  const url = env.publicUrl || process.env[PUBLIC_URL_ENV];
  if (!url) return null;
  if (!/^https:\/\//.test(url)) throw new Error(`The add-in URL must be https (got ${url}).`);
  return url.endsWith('/') ? url : `${url}/`;
}

/** Rewrites the manifest's dev URLs to the production URL; refuses to leave any localhost behind. */
function rewriteManifest(xml, baseUrl) {
  if (!baseUrl) throw new Error(`No production URL: set ${PUBLIC_URL_ENV}.`);
  const out = xml.split(DEV_URL).join(baseUrl);
  if (/https?:\/\/(localhost|127\.0\.0\.1)/i.test(out)) throw new Error(`manifest.xml still points at a local server after rewriting; use ${DEV_URL} for every dev URL.`);
  return out;
}

/** The manifest copied into dist/web: as is in development, rewritten in production, absent without a URL. */
function manifestPatterns(production, url) {
  if (!production) return [{ from: 'manifest.xml', to: 'manifest.xml' }];
  if (!url) return [];
  return [{ from: 'manifest.xml', to: 'manifest.xml', transform: (content) => rewriteManifest(content.toString('utf8'), url) }];
}

/** support.html, the manifest's SupportUrl: what to do when something goes wrong, no network needed. */
const SUPPORT_BODY = `<main style="font-family: sans-serif; max-width: 42em; margin: 2em auto; line-height: 1.6">
<h1>绩效目标校验助手 · 帮助</h1>
<p>本加载项在 Excel 中校验预算绩效目标申报表，不联网、不上传任何数据。</p>
<ul>
<li>窗格提示“Excel 版本过旧”：需要 Microsoft 365、Excel 2021 及以后版本或 Excel 网页版（ExcelApi 1.13）。</li>
<li>表格上的彩色标注来自“一键校验”，会随工作簿保存；报送前请在窗格中点击“清除标注”。</li>
<li>插入模板行后可在窗格中点击“撤销插入”；如果插入的行已被改动，为保护您的内容不会自动删除。</li>
<li>其他问题请联系本单位负责部署加载项的信息化管理员。</li>
</ul>
<h2 lang="en">PerfCheck help</h2>
<p lang="en">PerfCheck checks budget performance target forms inside Excel. It works offline and sends no data anywhere. Marks on the sheet come from "Check now" and are saved with the workbook: clear them in the pane before submitting. For anything else, contact the administrator who deployed the add-in in your organisation.</p>
</main>`;

/**
 * Content-Security-Policy per page. The standalone page loads nothing from elsewhere: scripts,
 * workers and data from its own origin only. The task pane and the ribbon's function file also
 * allow Office.js from Microsoft's CDN and what it loads and talks to (Office hosts, frames);
 * plugins, <base> and form posts are off everywhere. Fluent UI injects its styles at run time.
 */
function csp(withOffice) {
  const office = 'https://appsforoffice.microsoft.com https://*.microsoft.com https://*.office.com https://*.office.net https://*.officeapps.live.com https://*.sharepoint.com';
  const policy = withOffice
    ? [`default-src 'self' ${office}`, `script-src 'self' ${office}`, "style-src 'self' 'unsafe-inline'", `img-src 'self' data: ${office}`, `connect-src 'self' ${office}`, `frame-src 'self' ${office}`, "worker-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'none'"]
    : ["default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob:", "connect-src 'self'", "worker-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'none'"];
  return policy.join('; ');
}

function page(title, body, withOffice) {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8" />
<meta http-equiv="Content-Security-Policy" content="${csp(withOffice)}" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>${title}</title>
<link rel="icon" type="image/png" href="assets/icons/icon-32.png" />
${withOffice ? `<script src="${OFFICE_JS}"></script>` : ''}
</head>
<body>
${body}
</body>
</html>
`;
}

/** samples/index.json for the standalone page: the bundled sample forms, written by the build. */
class SampleIndexPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('SampleIndexPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'SampleIndexPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const dir = path.resolve(__dirname, 'assets/samples');
        const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /\.xlsx$/i.test(f)).sort() : [];
        const list = files.map((file) => ({ file, label: file.replace(/\.xlsx$/i, '') }));
        compilation.emitAsset('samples/index.json', new webpack.sources.RawSource(JSON.stringify(list, null, 2)));
      });
    });
  }
}

/** https options from office-addin-dev-certs, or null for plain http (CI, Linux without certs). */
async function devServerHttps() {
  if (process.env.PERFCHECK_DEV_HTTP === '1') return null;
  try {
    const defaults = require('office-addin-dev-certs/lib/defaults');
    const files = [defaults.caCertificatePath, defaults.localhostCertificatePath, defaults.localhostKeyPath];
    // Certificates already created (e.g. by `npx office-addin-dev-certs install`): use them as they are.
    if (files.every((f) => fs.existsSync(f))) {
      const [ca, cert, key] = files.map((f) => fs.readFileSync(f));
      return { ca, cert, key };
    }
    // Creating and trusting a CA needs an interactive admin prompt: fine on a developer's Windows or
    // Mac, never in CI or on a Linux box (where the tool would call sudo).
    if (process.env.CI || process.platform === 'linux') return null;
    return await require('office-addin-dev-certs').getHttpsServerOptions();
  } catch (e) {
    console.warn(`[perfcheck] could not obtain dev certificates (${e && e.message ? e.message : e}); serving over http`);
    return null;
  }
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const serving = Boolean(env.WEBPACK_SERVE);
  const https = serving ? await devServerHttps() : null;
  const url = publicUrl(env);
  if (production && !url) console.warn(`[perfcheck] ${PUBLIC_URL_ENV} is not set: dist/web gets no manifest.xml. Set it to the https address dist/web is deployed to.`);
  if (serving && !https) console.warn('[perfcheck] dev server on http://localhost:3000 — Office only loads https add-ins; use this for the standalone page or CI.');

  return {
    mode: production ? 'production' : 'development',
    // Source maps in separate files in every mode: no eval() in the bundles.
    devtool: 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      standalone: './src/standalone/index.tsx',
      // The page's bounded reader in a Web Worker (src/host/file/guarded-read.ts): a fixed name,
      // as the page starts it by URL.
      'read-worker': './src/host/file/read-worker.ts',
      // The pane's check (the engine) in a Web Worker, on both pages (src/taskpane/check/client.ts);
      // a fixed name too. Where no worker can start, the pane loads the engine as the "check-engine" chunk.
      'check-worker': './src/taskpane/check/check-worker.ts',
    },
    output: {
      path: OUTPUT_DIR,
      filename: (chunk) => (WORKER_ENTRIES.includes(chunk.chunk.name) ? `${chunk.chunk.name}.js` : '[name].[contenthash:8].js'),
      chunkFilename: '[name].[contenthash:8].chunk.js',
      assetModuleFilename: 'assets/[name].[contenthash:8][ext]',
      publicPath: '',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js', '.json'] },
    module: {
      // exceljs's prebuilt browser bundle is self-contained: no need to parse 1 MB of minified code.
      noParse: /exceljs[\\/]dist[\\/]exceljs\.min\.js$/,
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              // Type checking is `npm run typecheck`; the build only transpiles.
              transpileOnly: true,
              compilerOptions: { module: 'esnext', target: 'es2017', jsx: 'react-jsx', sourceMap: true, noEmit: false },
            },
          },
        },
        { test: /\.(png|svg|jpg|gif|woff2?)$/i, type: 'asset/resource' },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', chunks: ['taskpane'], templateContent: page('绩效目标校验助手', '<div id="container"></div>', true) }),
      new HtmlWebpackPlugin({ filename: 'commands.html', chunks: ['commands'], templateContent: page('绩效目标校验助手', '', true) }),
      new HtmlWebpackPlugin({ filename: 'support.html', chunks: [], templateContent: page('绩效目标校验助手 · 帮助', SUPPORT_BODY, false) }),
      new HtmlWebpackPlugin({ filename: 'standalone.html', chunks: ['standalone'], templateContent: page('绩效目标校验助手 · 网页版', '<div id="container"></div>', false) }),
      new CopyWebpackPlugin({
        patterns: [
          ...manifestPatterns(production, url),
          { from: 'assets/icons/*.png', to: 'assets/icons/[name][ext]' },
          { from: 'assets/samples/*.xlsx', to: 'samples/[name][ext]', noErrorOnMissing: true },
        ],
      }),
      new SampleIndexPlugin(),
    ],
    performance: { hints: production ? 'warning' : false, maxEntrypointSize: 3_000_000, maxAssetSize: 3_000_000 },
    devServer: {
      port: DEV_PORT,
      server: https ? { type: 'https', options: https } : 'http',
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      hot: false,
      client: { overlay: { warnings: false, errors: true } },
    },
  };
};

module.exports.PUBLIC_URL_ENV = PUBLIC_URL_ENV;
module.exports.publicUrl = publicUrl;
module.exports.manifestPatterns = manifestPatterns;
module.exports.DEV_URL = DEV_URL;
module.exports.OUTPUT_DIR = OUTPUT_DIR;
module.exports.rewriteManifest = rewriteManifest;
module.exports.csp = csp;
module.exports.page = page;
