// Server entry (`legit-report-viewer/proxy`): never imported by browser code.
export { createLegitProxy, validateLegitProxyOptions, type LegitProxy } from './create-legit-proxy';
export {
  ProxyConfigError,
  type AccessDecision,
  type LegitProxyOptions,
  type ProxyLogger,
  type RateLimitOptions,
} from './options';
export {
  MemoryRateLimitStore,
  RateLimitStoreUnavailableError,
  type RateLimitCount,
  type RateLimitStore,
} from './rate-limit';
export type { AuditEvent, AuditEventName } from './audit-event';
export { forwardAuth, type ForwardAuth, type ForwardAuthOptions } from './forward-auth';
export { readProxyConfigFromEnv, DEFAULT_PORT, type ProxyEnvConfig } from './env-config';
export type { ProxyProblemCode } from '../contract/problem-codes';
export type { MintedAppKey } from './app-key-handler';
export type { ProxyReportFormat } from '../contract/formats';
