// Preloaded into a child (NODE_OPTIONS=--require ...): on exit, write its peak RSS (KB) to
// $BENCH_RSS_FILE. process.resourceUsage().maxRSS is the kernel's high-water mark.
const { writeFileSync } = require('node:fs');
const file = process.env.BENCH_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
