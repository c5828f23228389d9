// Entry `legit-report-viewer/proxy/redis`: rate limits shared through Redis by every proxy instance.
export { RedisRateLimitStore, type RedisRateLimitStoreOptions, type RedisScriptClient } from './redis-store';
export { RateLimitStoreUnavailableError, type RateLimitCount, type RateLimitStore } from './rate-limit';
