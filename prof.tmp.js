const { readXlsx } = require('./dist/io/xlsx-read');
const { nodeInflate } = require('./dist/io/node');
const fs = require('fs');
(async () => {
  const b = fs.readFileSync(process.argv[2]);
  const t0 = Date.now();
  await readXlsx(b, { inflate: nodeInflate, limits: { maxReadMs: 1e9 } });
  const u = process.cpuUsage(); console.log('cpu', (u.user+u.system)/1000|0, 'wall', Date.now() - t0, 'ms', process.resourceUsage().maxRSS/1024|0, 'MB');
})();
