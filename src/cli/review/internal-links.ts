// exceljs 4.4 writes a link to another sheet both as an external relationship and as a `location`
// that keeps the leading '#': Excel then follows "#'问题清单'!A2##'问题清单'!A2", and WPS not at all
// (exceljs issues #3027, #1893). A link inside the workbook is only a `location`; this rewrites the
// written package so that is what it holds, and drops the relationships nothing uses any more.

import JSZip from 'jszip';

const INTERNAL = /<hyperlink ref="([A-Z]+\d+)" r:id="(rId\d+)"((?: tooltip="[^"]*")?) location="#([^"]*)"\/>/g;

export async function fixInternalLinks(xlsx: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  let changed = false;
  for (const name of Object.keys(zip.files)) {
    const m = /^xl\/worksheets\/(sheet\d+\.xml)$/.exec(name);
    if (!m) continue;
    const xml = await zip.file(name)!.async('string');
    const ids = new Set<string>();
    const fixed = xml.replace(INTERNAL, (_all, ref: string, id: string, tooltip: string, location: string) => {
      ids.add(id);
      return `<hyperlink ref="${ref}"${tooltip} location="${location}"/>`;
    });
    if (ids.size === 0) continue;
    changed = true;
    zip.file(name, fixed);
    const relsName = `xl/worksheets/_rels/${m[1]}.rels`;
    const rels = await zip.file(relsName)?.async('string');
    if (rels) zip.file(relsName, rels.replace(/<Relationship Id="(rId\d+)"[^>]*\/>/g, (rel, id: string) => (ids.has(id) ? '' : rel)));
  }
  if (!changed) return xlsx;
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
