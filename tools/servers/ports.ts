import net from 'node:net';

/**
 * Asks the OS for a currently free TCP port on `host`. There is a small
 * window between closing the probe socket and the server binding the port,
 * which is fine for a single machine running local servers.
 */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen({ host, port: 0, exclusive: true }, () => {
      const address = server.address();
      if (address === null || typeof address === 'string') {
        server.close();
        reject(new Error('无法获取空闲端口 (unexpected server address)'));
        return;
      }
      const { port } = address;
      server.close((err) => (err ? reject(err) : resolve(port)));
    });
  });
}

/** Resolves true if something accepts TCP connections on host:port. */
export function isPortOpen(port: number, host = '127.0.0.1', timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (open: boolean): void => {
      socket.removeAllListeners();
      socket.destroy();
      resolve(open);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/**
 * Fails fast when an explicitly requested port is already taken: otherwise a
 * readiness check could mistake the other process for the server we start.
 */
export async function assertPortFree(port: number, what: string, host = '127.0.0.1'): Promise<void> {
  if (await isPortOpen(port, host)) {
    throw new Error(`${what} 的端口 ${host}:${port} 已被占用`);
  }
}
