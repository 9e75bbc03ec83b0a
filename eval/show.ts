/** Debug aid: print drafts with their labels and what scrubs finds (npx tsx eval/show.ts FILE id...). */
import { readFileSync } from 'node:fs';
import { lint } from '../server/src/engine';

const [file, ...ids] = process.argv.slice(2);
const strict = ids.includes('--strict');
for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
  const d = JSON.parse(line);
  if (!ids.includes(d.id)) continue;
  console.log(`\n== ${d.id}: ${d.text}`);
  console.log('labels: ' + d.labels.map((l: { category: string; type: string; text: string }) => `${l.category}/${l.type} "${l.text}"`).join(' | '));
  for (const f of lint(d.text, { filename: 'x.md', config: { severities: {}, allow: [], strict } }).findings) {
    console.log(`  -> ${f.ruleId} "${d.text.slice(f.start, f.end)}" [${f.cues.join('; ')}] fix: ${JSON.stringify(f.fixes[0].edits.map((e) => e.newText))}`);
  }
}
