#!/usr/bin/env node
// The one test command (`npm test`): builds, type-checks, lints, runs the unit, property and
// evaluation suites in Node, then the integration suite inside a real VS Code. Each stage's
// "N passed, N failed" line is added up and the total is printed last, which is what CI reads.
const { spawn } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

const stages = [
  { name: 'build', command: process.execPath, args: ['esbuild.js'] },
  { name: 'compile and type-check', command: bin('tsc'), args: ['-p', '.'] },
  { name: 'core purity (no vscode, no Node, no DOM types)', command: bin('tsc'), args: ['-p', 'src/core'] },
  { name: 'lint (ESLint with type information, zero warnings)', command: bin('eslint'), args: ['--max-warnings', '0', '.'] },
  {
    name: 'unit, property and evaluation suites',
    command: bin('mocha'),
    args: ['--reporter', path.join(__dirname, 'summaryReporter.js'), 'out/test/unit/**/*.test.js', 'out/test/property/**/*.test.js', 'out/test/eval/**/*.test.js'],
    counts: true,
  },
  { name: 'integration: @vscode/test-electron lane', command: process.execPath, args: ['test/integration/electronLane.js'], counts: true, optional: 'test/integration/electronLane.js' },
  { name: 'integration: code-server lane', command: process.execPath, args: ['test/integration/lane.js'], counts: true, optional: 'test/integration/lane.js' },
  { name: 'integration: web lane (browser bundle in the web-worker extension host)', command: process.execPath, args: ['test/integration/webLane.js'], counts: true, optional: 'test/integration/webLane.js' },
  { name: 'integration: packaged .vsix installed into code-server', command: process.execPath, args: ['test/integration/vsixLane.js'], counts: true, optional: 'test/integration/vsixLane.js' },
];

function run(stage) {
  return new Promise((resolve) => {
    const child = spawn(stage.command, stage.args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let lastSummary;
    let buffered = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop();
      for (const line of lines) {
        const match = /^(\d+) passed, (\d+) failed/.exec(line.trim());
        if (match) lastSummary = { passed: Number(match[1]), failed: Number(match[2]) };
      }
    });
    child.on('error', (error) => resolve({ code: 1, error }));
    child.on('close', (code) => {
      const match = /^(\d+) passed, (\d+) failed/.exec(buffered.trim());
      if (match) lastSummary = { passed: Number(match[1]), failed: Number(match[2]) };
      resolve({ code: code ?? 1, summary: lastSummary });
    });
  });
}

async function main() {
  const fs = require('node:fs');
  let passed = 0;
  let failed = 0;
  for (const stage of stages) {
    if (stage.optional && !fs.existsSync(path.join(root, stage.optional))) continue;
    console.log(`\n=== ${stage.name} ===`);
    const { code, summary, error } = await run(stage);
    if (error) console.error(`${stage.name}: ${error.message}`);
    if (summary) {
      passed += summary.passed;
      failed += summary.failed;
    }
    // A stage that failed without reporting a failed test (a build error, a crash) counts as one.
    if (code !== 0 && (!summary || summary.failed === 0)) {
      console.error(`${stage.name}: exited with code ${code}`);
      failed += 1;
    }
    if (code !== 0 && !stage.counts) break;
  }
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}

main();
