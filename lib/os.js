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
    const ctx = {};
    const priority = binding.getPriority(pid, ctx);
    if (priority === undefined) throwSystemError(ctx);
    return priority;
  },
  setPriority(pid, priority) {
    const { validateInt32 } = require('internal/validators');
    if (priority === undefined) {
      priority = pid;
      pid = 0;
    }
    validateInt32(pid, 'pid');
    validateInt32(priority, 'priority', -20, 19);
    const ctx = {};
    if (binding.setPriority(pid, priority, ctx) !== 0) throwSystemError(ctx);
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
  networkInterfaces,
};

// node's ERR_SYSTEM_ERROR for a failed uv_os_* call (ctx: errno, syscall).
function throwSystemError(ctx) {
  const { codes: { ERR_SYSTEM_ERROR }, uvErrmapGet } = require('internal/errors');
  const [code, message] = uvErrmapGet(ctx.errno) || ['UNKNOWN', 'unknown error'];
  throw new ERR_SYSTEM_ERROR({ errno: ctx.errno, code, message, syscall: ctx.syscall });
}

// The prefix length of a netmask ('255.255.255.0' → 24, 'ffff:ffff::' →
// 32), or null if its ones are not contiguous.
function netmaskBits(netmask, family) {
  let bits = 0;
  let ended = false;
  const groups = family === 'IPv4' ? netmask.split('.').map((p) => [Number(p), 8]) :
    expandIPv6(netmask).map((p) => [parseInt(p, 16), 16]);
  for (const [value, width] of groups) {
    for (let b = width - 1; b >= 0; b--) {
      if ((value >> b) & 1) {
        if (ended) return null;
        bits++;
      } else {
        ended = true;
      }
    }
  }
  return bits;
}

function expandIPv6(address) {
  const [head, tail] = address.split('::');
  const h = head ? head.split(':') : [];
  const t = tail !== undefined && tail !== '' ? tail.split(':') : [];
  const zeros = tail === undefined ? [] : new Array(8 - h.length - t.length).fill('0');
  return [...h, ...zeros, ...t];
}

function networkInterfaces() {
  const raw = binding.getInterfaceAddresses();
  const result = {};
  for (let i = 0; i < raw.length; i += 7) {
    const family = raw[i + 3] === 4 ? 'IPv4' : 'IPv6';
    const bits = netmaskBits(raw[i + 2], family);
    const entry = {
      address: raw[i + 1],
      netmask: raw[i + 2],
      family,
      mac: raw[i + 4],
      internal: raw[i + 5],
      cidr: bits === null ? null : `${raw[i + 1]}/${bits}`,
    };
    if (family === 'IPv6') entry.scopeid = raw[i + 6];
    (result[raw[i]] ??= []).push(entry);
  }
  return result;
}
