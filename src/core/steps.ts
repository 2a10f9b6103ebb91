/**
 * Work written as a generator that pauses (yields) at safe points, so a caller on a busy thread
 * (the extension host) can let other work run in between; elsewhere (the CLI, a worker, a test)
 * it simply runs through.
 */
export function runToEnd<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
