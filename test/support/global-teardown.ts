export default async function globalTeardown(): Promise<void> {
  const stops = (globalThis as { __dubanStops?: (() => Promise<void>)[] }).__dubanStops ?? [];
  await Promise.allSettled(stops.map((stop) => stop()));
}
