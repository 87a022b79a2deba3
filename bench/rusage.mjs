// Preloaded into the measured `astro build` process: writes its resource usage
// (CPU microseconds, peak RSS in kB) to BENCH_RUSAGE_FILE when it exits.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.BENCH_RUSAGE_FILE) writeFileSync(process.env.BENCH_RUSAGE_FILE, JSON.stringify(process.resourceUsage()));
});
