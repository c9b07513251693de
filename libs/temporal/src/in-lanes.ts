/**
 * Runs `work` over the items, `concurrency` at a time; a failure does not stop the others. Throws the first
 * failure once every item was tried.
 */
export async function inLanes<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  const failures: unknown[] = [];
  const lane = async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item).catch((error: unknown) => failures.push(error));
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, lane));
  if (failures.length > 0) throw failures[0];
}
