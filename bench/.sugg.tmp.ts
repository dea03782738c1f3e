import { judgeCorpus, loadCorpus, describeRow } from '/work/wt/vague/test/unit/vague/corpus-measure';
const files = process.argv.slice(2);
const { rows } = loadCorpus(files);
for (const j of judgeCorpus(rows)) {
  if (!j.vague && !j.weak) continue;
  for (const g of j.judgement.groups) console.log(`${describeRow(j)}\n    ${g.why}\n    → ${g.suggestion}`);
}
