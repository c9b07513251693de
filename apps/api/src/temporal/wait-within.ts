/**
 * The promise's outcome if it settles within `ms`, else `{ done: false }` — for answers the API waits for a
 * while only (a workflow's update or result). Past the wait the answer is nobody's: a late failure is
 * swallowed rather than becoming an unhandled rejection.
 */
export async function waitWithin<T>(promise: Promise<T>, ms: number): Promise<{ done: true; result: T } | { done: false }> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<{ done: false }>((resolve) => (timer = setTimeout(() => resolve({ done: false }), ms)));
  const answered = promise.then((result) => ({ done: true as const, result }));
  answered.catch(() => undefined);
  try {
    return await Promise.race([answered, late]);
  } finally {
    clearTimeout(timer);
  }
}
