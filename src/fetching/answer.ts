// The answer code, loaded on demand (see answer-code.ts).
export { finishAttempt } from './load-report';
export { readProxyAnswer } from './read-answer';
export { retryDelay, shouldRetry } from './retry';
