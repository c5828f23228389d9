// The key code loaded on demand (see deferred-session.ts): reading and renewing keys, and the frame that uses them.
export { createAppKeySession } from './session';
export { mintAppKey } from './mint';
export { MintedFrame } from '../messages/MintedFrame';
