// Shared by the integration tests: wait for a condition, never for a fixed time.

/** Polls `probe` until it returns a truthy value or the deadline passes. */
async function waitFor(probe, what, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const last = await probe();
    if (last) return last;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

module.exports = { waitFor };
