// Web build of the add-in: the task pane, the ribbon's function file and the standalone page.
//
//   npx webpack --mode production   -> dist/web (hashed JS, pages, manifest.xml with PRODUCTION_URL)
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
 * THE production URL, in one place: where dist/web is deployed (https, trailing slash). Every
 * https://localhost:3000/ in manifest.xml is rewritten to it in production builds.
 * PERFCHECK_PUBLIC_URL overrides it for a one-off build (e.g. a staging server) without editing.
 */
const PRODUCTION_URL = 'https://perfcheck.example.gov.cn/addin/';
const DEV_URL = 'https://localhost:3000/';
const DEV_PORT = 3000;
const OUTPUT_DIR = path.resolve(__dirname, 'dist/web');

/** Office.js from Microsoft's CDN: the only network resource the pages load. */
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

function publicUrl() {
  const url = process.env.PERFCHECK_PUBLIC_URL || PRODUCTION_URL;
  if (!/^https:\/\//.test(url)) throw new Error(`The add-in URL must be https (got ${url}).`);
  return url.endsWith('/') ? url : `${url}/`;
}

/** Rewrites the manifest's dev URLs to the production URL; refuses to leave any localhost behind. */
function rewriteManifest(xml, baseUrl = publicUrl()) {
  const out = xml.split(DEV_URL).join(baseUrl);
  if (/https?:\/\/(localhost|127\.0\.0\.1)/i.test(out)) throw new Error(`manifest.xml still points at a local server after rewriting; use ${DEV_URL} for every dev URL.`);
  return out;
}

function page(title, body, withOffice) {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8" />
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
  if (serving && !https) console.warn('[perfcheck] dev server on http://localhost:3000 — Office only loads https add-ins; use this for the standalone page or CI.');

  return {
    mode: production ? 'production' : 'development',
    // Source maps in separate files in every mode: no eval() in the bundles.
    devtool: 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      standalone: './src/standalone/index.tsx',
    },
    output: {
      path: OUTPUT_DIR,
      filename: '[name].[contenthash:8].js',
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
      new HtmlWebpackPlugin({ filename: 'standalone.html', chunks: ['standalone'], templateContent: page('绩效目标校验助手 · 网页版', '<div id="container"></div>', false) }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => (production ? rewriteManifest(content.toString('utf8')) : content) },
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

module.exports.PRODUCTION_URL = PRODUCTION_URL;
module.exports.DEV_URL = DEV_URL;
module.exports.OUTPUT_DIR = OUTPUT_DIR;
module.exports.rewriteManifest = rewriteManifest;
