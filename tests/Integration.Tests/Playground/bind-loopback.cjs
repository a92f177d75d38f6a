// Loaded with `node -r` before the Agents Playground. The playground calls server.listen(port) without a host,
// which would listen on every interface; this rewrites such calls to listen on 127.0.0.1 only.
'use strict';
const net = require('net');
const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function listenOnLoopback(...args) {
  const first = args[0];
  const isPort = typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first));
  if (isPort && typeof args[1] !== 'string') {
    args.splice(1, 0, '127.0.0.1');
  } else if (first && typeof first === 'object' && first.host === undefined && first.path === undefined
             && first.fd === undefined && first.handle === undefined && first._handle === undefined) {
    args[0] = { ...first, host: '127.0.0.1' };
  }
  return listen.apply(this, args);
};
