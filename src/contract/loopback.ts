// One octet of a dotted-decimal IPv4 address, without leading zeros (the form URL parsing produces).
const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4_LOOPBACK = new RegExp(`^127\\.${OCTET}\\.${OCTET}\\.${OCTET}$`);

/**
 * Whether a host, as `URL.hostname` spells it, is this machine: `localhost`, an IPv4 literal in
 * 127.0.0.0/8, or `[::1]`. Both halves allow plain `http:` only to such a host. URL parsing already
 * turns `127.1` or `2130706433` into dotted decimal, so only that form is matched; a name that merely
 * starts with `127.` (`127.attacker.example`) is a DNS name like any other.
 */
export function isLoopbackHostname(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || IPV4_LOOPBACK.test(hostname);
}
