// `npm run validate`: checks manifest.xml (and dist/web/manifest.xml, the production copy, when it has
// been built) against the Office add-in manifest XSDs, offline. Exit code 1 on any error.

import fs from 'fs';
import path from 'path';
import { validateManifest } from './validate';

async function main(): Promise<number> {
  const root = path.resolve(__dirname, '../..');
  const files = ['manifest.xml', 'dist/web/manifest.xml'].map((f) => path.join(root, f)).filter((f) => fs.existsSync(f));
  let failed = 0;
  for (const file of files) {
    const { valid, errors } = await validateManifest(fs.readFileSync(file, 'utf8'), path.basename(file));
    const rel = path.relative(root, file);
    if (valid) console.log(`✔ ${rel} is valid against the Office add-in manifest schemas`);
    else {
      failed++;
      console.error(`✘ ${rel}:\n  ${errors.join('\n  ')}`);
    }
  }
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(2);
  },
);
