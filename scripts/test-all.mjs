#!/usr/bin/env node
// Runs every suite in order (lint, type check, unit and build tests, site build,
// end-to-end tests), keeps going after a failure so one run shows everything,
// and ends with one line: "N passed, N failed" over all suites.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = 'test-results';
mkdirSync(results, { recursive: true });
const vitestJson = `${results}/vitest.json`;
const e2eJson = `${results}/e2e-report.json`;

/** Runs a command with inherited output; returns true on exit code 0. */
function run(label, command, args, env = {}) {
  console.log(`\n=== ${label}: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

const tally = { passed: 0, failed: 0 };
const lines = [];
function record(label, passed, failed) {
  tally.passed += passed;
  tally.failed += failed;
  lines.push(`${label}: ${passed} passed, ${failed} failed`);
}

// One check each: they either hold for the whole tree or do not.
for (const [label, cmd, args] of [
  ['lint', 'eslint', ['--max-warnings=0', '.']],
  ['type check', 'astro', ['check']],
]) {
  const ok = run(label, cmd, args);
  record(label, ok ? 1 : 0, ok ? 0 : 1);
}

rmSync(vitestJson, { force: true });
const vitestOk = run('unit and build tests', 'vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
if (existsSync(vitestJson)) {
  const report = JSON.parse(readFileSync(vitestJson, 'utf8'));
  // A suite that fails to load counts as a failure even when no test in it ran.
  const brokenFiles = report.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
  const failed = report.numFailedTests + report.numPendingTests + brokenFiles;
  record('vitest', report.numPassedTests, failed === 0 && !vitestOk ? 1 : failed);
} else {
  record('vitest', 0, 1);
}

const built = run('site build', 'node', ['scripts/build.mjs']);
record('site build', built ? 1 : 0, built ? 0 : 1);

if (built) {
  rmSync(e2eJson, { force: true });
  const e2eOk = run('end-to-end tests', 'playwright', ['test'], { E2E_SKIP_BUILD: '1' });
  if (existsSync(e2eJson)) {
    const { stats } = JSON.parse(readFileSync(e2eJson, 'utf8'));
    const failed = stats.unexpected + stats.flaky + stats.skipped;
    record('playwright', stats.expected, failed === 0 && !e2eOk ? 1 : failed);
  } else {
    record('playwright', 0, 1);
  }
} else {
  lines.push('playwright: not run (the site did not build)');
}

console.log('\n=== summary');
for (const line of lines) console.log(`  ${line}`);
console.log(`${tally.passed} passed, ${tally.failed} failed`);
process.exit(tally.failed === 0 ? 0 : 1);
