// Server entry for Node (`legit-report-viewer/proxy/node`): the proxy with a `node:http` request listener, for
// plain Node, Express and other Node servers, calling the upstream over keep-alive `node:http` instead of fetch.
// Its options are `LegitProxyOptions`, typed by `legit-report-viewer/proxy`.
export { createNodeLegitProxy, type NodeProxy } from './node-runner';
