// Whose bucket a request counts in: the principal `authorize` named, else the operator's key, else the peer address.
import { nodePeerAddress } from './rate-limit';

/** The hextets of an IPv6 address (8 numbers), or undefined when it is not one. Handles `::` and a dotted IPv4 tail. */
function ipv6Hextets(address: string): number[] | undefined {
  const bare = address.replace(/%.*$/, ''); // a zone id (`fe80::1%eth0`) names an interface, not a client
  const halves = bare.split('::');
  if (halves.length > 2) return undefined;
  const parse = (part: string): number[] | undefined => {
    if (part === '') return [];
    const groups = part.split(':');
    const out: number[] = [];
    for (const [index, group] of groups.entries()) {
      if (index === groups.length - 1 && group.includes('.')) {
        const octets = group.split('.').map(Number);
        if (octets.length !== 4 || octets.some((o) => !Number.isInteger(o) || o < 0 || o > 255)) return undefined;
        const [a = 0, b = 0, c = 0, d = 0] = octets;
        out.push((a << 8) | b, (c << 8) | d);
      } else if (/^[0-9a-f]{1,4}$/i.test(group)) out.push(parseInt(group, 16));
      else return undefined;
    }
    return out;
  };
  const head = parse(halves[0] ?? '');
  const tail = halves.length === 2 ? parse(halves[1] ?? '') : [];
  if (head === undefined || tail === undefined) return undefined;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return undefined;
  return [...head, ...Array<number>(missing).fill(0), ...tail];
}

/**
 * One bucket per client address: an IPv4 address as it is (an IPv4-mapped IPv6 address unwrapped), an IPv6
 * address by its /64, which one subscriber usually holds whole (rotating inside it must not give new buckets).
 */
export function addressBucket(address: string): string {
  const hextets = address.includes(':') ? ipv6Hextets(address) : undefined;
  if (hextets === undefined) return address;
  const mapped = hextets.slice(0, 5).every((h) => h === 0) && hextets[5] === 0xffff;
  if (mapped) {
    const [hi = 0, lo = 0] = hextets.slice(6);
    return [hi >> 8, hi & 255, lo >> 8, lo & 255].join('.');
  }
  return `${hextets
    .slice(0, 4)
    .map((h) => h.toString(16))
    .join(':')}::/64`;
}

/**
 * The bucket of a request: `p:` and the principal, else the operator's key as it is, else `a:` and the peer
 * address; undefined when none is known (then the request is counted against nobody).
 */
export function rateLimitKey(
  principal: string | undefined,
  request: Request,
  env: unknown,
  key: ((request: Request) => string | undefined) | undefined,
): string | undefined {
  if (principal !== undefined) return `p:${principal}`;
  const operatorKey = key?.(request);
  if (typeof operatorKey === 'string' && operatorKey !== '') return operatorKey;
  const address = nodePeerAddress(env);
  return address === undefined || address === '' ? undefined : `a:${addressBucket(address)}`;
}
