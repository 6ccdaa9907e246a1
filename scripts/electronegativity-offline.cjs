// Loaded with --require into Electronegativity. The scanner fetches translations and
// Electron's release list over the network; this machine is offline, and its HTTP
// client crashes the process on a retry after a timeout. Answer "offline" at once instead.
const Module = require('node:module');
const originalLoad = Module._load;
Module._load = function load(request, parent, isMain) {
  if (request === 'got') {
    const offline = () => Promise.reject(new Error('offline: network disabled for the security scan'));
    offline.head = offline;
    offline.get = offline;
    return offline;
  }
  return originalLoad.call(this, request, parent, isMain);
};
