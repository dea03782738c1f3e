// Offline validation of manifest.xml against the 2019 Office add-in manifest XSDs kept in
// ../shared/schemas/office-addin-manifest (the online `office-addin-manifest validate` service is
// unreachable from CI). Used by test/manifest/manifest.test.ts and `npm run validate`.

import fs from 'fs';
import path from 'path';
import { validateXML } from 'xmllint-wasm';

/**
 * The schemas live beside the repository, in the shared folder: the nearest shared/schemas above the
 * repository (a worktree may sit a level deeper than the main checkout), or PERFCHECK_SCHEMA_DIR.
 */
export const SCHEMA_DIR = process.env.PERFCHECK_SCHEMA_DIR ?? findSchemaDir();

function findSchemaDir(): string {
  const first = path.resolve(__dirname, '../../../shared/schemas/office-addin-manifest');
  for (let dir = path.resolve(__dirname, '../../..'); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'shared/schemas/office-addin-manifest');
    if (fs.existsSync(path.join(candidate, 'OfficeAppManifestV1_1.xsd'))) return candidate;
    if (path.dirname(dir) === dir) return first;
  }
}
export const MAIN_SCHEMA = 'OfficeAppManifestV1_1.xsd';

export interface ManifestValidation {
  valid: boolean;
  errors: string[];
}

export function loadSchemas(dir = SCHEMA_DIR): Array<{ fileName: string; contents: string }> {
  if (!fs.existsSync(path.join(dir, MAIN_SCHEMA))) {
    throw new Error(
      `Manifest schemas not found: expected ${path.join(dir, MAIN_SCHEMA)}.\n` +
        'The Office add-in manifest XSDs must be present in ../shared/schemas/office-addin-manifest (next to the repository) to validate manifest.xml offline.',
    );
  }
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.xsd'))
    .map((fileName) => ({ fileName, contents: fs.readFileSync(path.join(dir, fileName), 'utf8') }));
}

export async function validateManifest(xml: string, fileName = 'manifest.xml', dir = SCHEMA_DIR): Promise<ManifestValidation> {
  const schemas = loadSchemas(dir);
  const main = schemas.find((s) => s.fileName === MAIN_SCHEMA)!;
  const result = await validateXML({
    xml: [{ fileName, contents: xml }],
    schema: [main],
    // Imported schemas are resolved by schemaLocation from the same (virtual) folder.
    preload: schemas.filter((s) => s !== main),
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage) };
}
