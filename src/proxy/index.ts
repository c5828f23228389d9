// Server entry (`legit-report-viewer/proxy`): never imported by browser code.
export { createLegitProxy, type LegitProxy } from './create-legit-proxy.ts';
export { ProxyConfigError, type LegitProxyOptions, type ProxyLogger, type RateLimitOptions } from './options.ts';
export { MemoryRateLimitStore, type RateLimitCount, type RateLimitStore } from './rate-limit.ts';
export { readProxyConfigFromEnv, DEFAULT_PORT, type ProxyEnvConfig } from './env-config.ts';
export type { ProxyProblemCode } from '../contract/problem-codes.ts';
export type { MintedAppKey } from './app-key-handler.ts';
export type { ProxyReportFormat } from '../contract/formats.ts';
