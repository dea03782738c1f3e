// exceljs 4.4 writes a link to another sheet as an external relationship whose target is
// "#'问题清单'!A2" (the in-memory writer adds a `location` that keeps the '#' too): Excel then
// follows "#'问题清单'!A2##'问题清单'!A2", and WPS not at all (exceljs issues #3027, #1893). A link
// inside the workbook is only a `location`; this rewrites the written package so that is what it
// holds, and drops the relationships nothing uses any more. Other parts keep their compressed bytes.

import JSZip from 'jszip';

const REL = /<Relationship Id="(rId\d+)" Type="[^"]*\/hyperlink" Target="#([^"]*)" TargetMode="External"\/>/g;
const LINK = /<hyperlink ref="([A-Z]+\d+)" r:id="(rId\d+)"((?: tooltip="[^"]*")?)(?: location="[^"]*")?\/>/g;

export async function fixInternalLinks(xlsx: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  let changed = false;
  for (const name of Object.keys(zip.files)) {
    const m = /^xl\/worksheets\/_rels\/(sheet\d+\.xml)\.rels$/.exec(name);
    if (!m) continue;
    const rels = await zip.file(name)!.async('string');
    const internal = new Map<string, string>();
    const keptRels = rels.replace(REL, (_all, id: string, location: string) => {
      internal.set(id, location);
      return '';
    });
    if (internal.size === 0) continue;
    const sheetName = `xl/worksheets/${m[1]}`;
    const sheet = await zip.file(sheetName)?.async('string');
    if (sheet === undefined) continue;
    changed = true;
    zip.file(name, keptRels);
    zip.file(
      sheetName,
      sheet.replace(LINK, (all, ref: string, id: string, tooltip: string) => {
        const location = internal.get(id);
        return location === undefined ? all : `<hyperlink ref="${ref}"${tooltip} location="${location}"/>`;
      }),
    );
  }
  if (!changed) return xlsx;
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
