// A small test runner for the web-worker extension host, where Node's assert and mocha's Node
// build are not available: tests run one after another with a timeout, results are printed in
// the lanes' format ("N passed, N failed" last), and the returned promise rejects on failure so
// VS Code reports a non-zero exit code.

type Test = { name: string; run: () => Promise<void> };

const tests: Test[] = [];

export function test(name: string, run: () => Promise<void>): void {
  tests.push({ name, run });
}

export class AssertionError extends Error {}

export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new AssertionError(message);
}

/** Polls until `probe` gives a value, or fails with `what` after `timeoutMs`. */
export async function waitFor<T>(probe: () => Promise<T | undefined> | T | undefined, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new AssertionError(`timed out waiting for ${what}${lastError ? ` (last error: ${String(lastError)})` : ''}`);
}

const TEST_TIMEOUT_MS = 60_000;

export async function runAll(banner: string): Promise<void> {
  console.log(banner);
  let passed = 0;
  let failed = 0;
  for (const { name, run } of tests) {
    const started = Date.now();
    try {
      await Promise.race([run(), new Promise((_, reject) => setTimeout(() => reject(new AssertionError(`timed out after ${TEST_TIMEOUT_MS / 1000} s`)), TEST_TIMEOUT_MS))]);
      passed++;
      console.log(`  ✔ ${name} (${Date.now() - started} ms)`);
    } catch (error) {
      failed++;
      console.log(`  ✖ ${name}\n      ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  if (failed > 0) throw new Error(`${failed} web test(s) failed`);
}
