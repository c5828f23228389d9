import type { Server } from 'node:http';

export interface Listening {
  /** e.g. `http://127.0.0.1:43655` */
  origin: string;
  /** Stops the server, dropping kept-alive connections. */
  close(): Promise<void>;
}

/** Starts `server` on `host` (port 0: a free one) and says where it listens. */
export async function listen(server: Server, host: string, port = 0): Promise<Listening> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error(`expected a TCP address for ${host}`);
  return {
    origin: `http://${host}:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
