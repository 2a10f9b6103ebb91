/** A settled piece of work: its value, or what it failed with. */
export type Settled<R> = { ok: true; value: R } | { ok: false; error: unknown };

/**
 * Runs `work` on each item of `source` with up to `inFlight` items started and not yet emitted,
 * and emits the results in the source's order, each as soon as it and all before it are done.
 * So the output is the same however many run at once, the first result goes out while later ones
 * are still running, and memory holds at most `inFlight` results, never the whole source.
 * `emit` is awaited before the next result, so a slow reader (a pipe) slows the work down too.
 */
export async function forEachInOrder<T, R>(
  source: AsyncIterable<T>,
  inFlight: number,
  work: (item: T) => Promise<R>,
  emit: (result: Settled<R>, item: T) => Promise<void> | void,
): Promise<void> {
  const limit = Math.max(1, Math.floor(inFlight));
  const window: Array<{ item: T; result: Promise<Settled<R>> }> = [];
  const emitHead = async () => {
    const head = window.shift()!;
    await emit(await head.result, head.item);
  };
  for await (const item of source) {
    window.push({ item, result: settle(work, item) });
    if (window.length >= limit) await emitHead();
  }
  while (window.length > 0) await emitHead();
}

/** Never rejects, so a failure waiting behind the head of the window is not an unhandled rejection. */
function settle<T, R>(work: (item: T) => Promise<R>, item: T): Promise<Settled<R>> {
  try {
    return work(item).then(
      (value) => ({ ok: true, value }),
      (error: unknown) => ({ ok: false, error }),
    );
  } catch (error) {
    return Promise.resolve({ ok: false, error });
  }
}
