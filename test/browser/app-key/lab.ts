// Drives the key lab (test/support/key-lab.ts) from the page: one real proxy per test.
import { afterEach, inject } from 'vitest';
import type { LabMode } from '../../support/key-lab';

const LAB = inject('keyLabUrl');

export interface LabHandle {
  /** The proxy's base URL (another origin than the page: every call is a CORS call). */
  proxyUrl: string;
  appKeyUrl: string;
  setMode(mode: LabMode): Promise<void>;
  /** Keys the upstream registered, in order, and how many key POSTs reached the proxy's server. */
  keys(): Promise<{ minted: string[]; keyRequests: number; headers: Record<string, string>[] }>;
}

const open: string[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((id) => fetch(`${LAB}/${id}`, { method: 'DELETE' })));
});

export async function startLab(options: { pageOrigin?: string; corsCredentials?: boolean } = {}): Promise<LabHandle> {
  const response = await fetch(LAB, {
    method: 'POST',
    body: JSON.stringify({ pageOrigin: location.origin, ...options }),
  });
  const { id, proxyUrl } = (await response.json()) as { id: string; proxyUrl: string };
  open.push(id);
  return {
    proxyUrl,
    appKeyUrl: `${proxyUrl}/company-app-keys`,
    setMode: async (mode) => {
      const answer = await fetch(`${LAB}/${id}/mode`, { method: 'POST', body: JSON.stringify({ mode }) });
      if (!answer.ok) throw new Error(`lab refused mode ${mode}`);
    },
    keys: async () => (await (await fetch(`${LAB}/${id}/keys`)).json()) as Awaited<ReturnType<LabHandle['keys']>>,
  };
}
