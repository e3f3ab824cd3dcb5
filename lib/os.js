'use strict';
// node:os — the basics (network interfaces and the rest come later).

const binding = internalBinding('os');
const constantsBinding = internalBinding('constants');

function tmpdir() {
  let path = process.env.TMPDIR || process.env.TMP || process.env.TEMP || '/tmp';
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path;
}

function cpus() {
  const data = binding.getCPUs();
  const out = [];
  for (let i = 0; i < data.length; i += 7) {
    out.push({
      model: data[i],
      speed: data[i + 1],
      times: { user: data[i + 2], nice: data[i + 3], sys: data[i + 4], idle: data[i + 5],
               irq: data[i + 6] },
    });
  }
  return out;
}

function userInfo(options) {
  const [uid, gid, username, homedir, shell] = binding.getUserInfo();
  return { uid, gid, username, homedir, shell };
}

let uname;
function getUname() {
  if (uname === undefined) uname = binding.getUname();
  return uname;
}

const constants = Object.freeze({
  UV_UDP_REUSEADDR: 4,
  dlopen: Object.freeze({ RTLD_LAZY: 1, RTLD_NOW: 2, RTLD_GLOBAL: 256, RTLD_LOCAL: 0,
                          RTLD_DEEPBIND: 8 }),
  errno: Object.freeze({ ...constantsBinding.errno }),
  signals: Object.freeze({ ...constantsBinding.signals }),
  priority: Object.freeze({ ...constantsBinding.priority }),
});

module.exports = {
  EOL: '\n',
  arch: () => process.arch,
  availableParallelism: binding.getAvailableParallelism,
  constants,
  cpus,
  devNull: '/dev/null',
  endianness: () => 'LE',
  freemem: binding.getFreeMem,
  getPriority(pid = 0) {
    require('internal/validators').validateInt32(pid, 'pid');
    return binding.getPriority(pid);
  },
  homedir: binding.getHomeDirectory,
  hostname: binding.getHostname,
  loadavg: binding.getLoadAvg,
  machine: () => getUname()[3],
  platform: () => process.platform,
  release: () => getUname()[1],
  tmpdir,
  totalmem: binding.getTotalMem,
  type: () => getUname()[0],
  uptime: binding.getUptime,
  userInfo,
  version: () => getUname()[2],
  networkInterfaces: () => ({}),
};
