#!/usr/bin/env python3
"""HTTP server benchmarks: eddy beside node, loaded by wrk on 127.0.0.1.

usage: benchmark/http/wrk.py [--eddy PATH] [--node PATH]... [--duration S] [--rounds N]

Each scenario runs every runtime's server in turn (round-robin, N rounds);
for each it reports the median requests/s, the median p99 latency, the
server's CPU time per request (user + system, from /proc: the figure least
disturbed by other load on a shared machine, and what decides requests/s
when the server has a core to itself) and the peak RSS (VmHWM) of the server
process. Ratios are against the first node. The machine is shared and
noisy: compare ratios within one run.
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

SCENARIOS = [
    ('hello-world keep-alive (wrk -t1 -c50)', 'hello', ['-t1', '-c50']),
    ('64 KiB body keep-alive (wrk -t1 -c50)', '64k', ['-t1', '-c50']),
    ('JSON echo of POST bodies (wrk -t1 -c50)', 'echo', ['-t1', '-c50', '-s', os.path.join(HERE, 'post-json.lua')]),
    ('short connections (Connection: close, -c50)', 'hello', ['-t1', '-c50', '-H', 'Connection: close']),
]


def ensure_wrk():
    if shutil.which('wrk'):
        return
    sudo = [] if os.geteuid() == 0 else ['sudo']
    subprocess.run(sudo + ['apt-get', 'install', '-y', '-qq', 'wrk'], check=True,
                   stdout=subprocess.DEVNULL)


def to_ms(value, unit):
    return float(value) * {'us': 1e-3, 'ms': 1.0, 's': 1e3}[unit]


def cpu_seconds(pid):
    with open('/proc/%d/stat' % pid) as f:
        fields = f.read().rsplit(')', 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf('SC_CLK_TCK')


def one(runtime, scenario, wrk_args, duration):
    server = subprocess.Popen([runtime, os.path.join(HERE, 'server.js'), scenario],
                              stdout=subprocess.PIPE, text=True)
    try:
        line = server.stdout.readline()
        port = int(line.split()[1])
        cpu0 = cpu_seconds(server.pid)
        out = subprocess.run(['wrk', '--latency', '-d%ds' % duration] + wrk_args +
                             ['http://127.0.0.1:%d/' % port],
                             capture_output=True, text=True, check=True).stdout
        cpu1 = cpu_seconds(server.pid)
        rps = float(re.search(r'Requests/sec:\s+([0-9.]+)', out).group(1))
        requests = int(re.search(r'(\d+) requests in', out).group(1))
        cpu_us = (cpu1 - cpu0) / max(requests, 1) * 1e6
        m = re.search(r'99%\s+([0-9.]+)(us|ms|s)', out)
        p99 = to_ms(m.group(1), m.group(2))
        with open('/proc/%d/status' % server.pid) as f:
            rss = int(re.search(r'VmHWM:\s+(\d+) kB', f.read()).group(1)) / 1024
        errors = re.search(r'Non-2xx or 3xx responses: (\d+)', out)
        if errors:
            sys.exit('%s %s: %s non-2xx responses' % (runtime, scenario, errors.group(1)))
        return rps, p99, rss, cpu_us
    finally:
        server.kill()
        server.wait()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--eddy', default=os.path.join(ROOT, 'build', 'eddy'))
    ap.add_argument('--node', action='append', default=[])
    ap.add_argument('--duration', type=int, default=5)
    ap.add_argument('--rounds', type=int, default=3)
    ap.add_argument('--filter', default='')
    args = ap.parse_args()
    ensure_wrk()
    nodes = args.node or [shutil.which('node')]
    runtimes = [('eddy', args.eddy)]
    for n in nodes:
        version = subprocess.run([n, '--version'], capture_output=True, text=True).stdout.strip()
        runtimes.append(('node ' + version, n))
    names = [name for name, _ in runtimes]
    print('| scenario | ' + ' | '.join('%s req/s' % n for n in names) + ' | ' +
          ' | '.join('eddy / %s' % n for n in names[1:]) + ' | ' +
          ' | '.join('%s p99 ms' % n for n in names) + ' | ' +
          ' | '.join('%s CPU us/req' % n for n in names) + ' | ' +
          ' | '.join('%s CPU / eddy' % n for n in names[1:]) + ' | ' +
          ' | '.join('%s peak RSS MiB' % n for n in names) + ' |')
    print('|' + '---|' * (1 + 4 * len(names) + 2 * (len(names) - 1)))
    for label, scenario, wrk_args in SCENARIOS:
        if args.filter not in label:
            continue
        res = {n: [] for n in names}
        for _ in range(args.rounds):
            for name, path in runtimes:
                res[name].append(one(path, scenario, wrk_args, args.duration))
        rps = {n: statistics.median(r[0] for r in res[n]) for n in names}
        p99 = {n: statistics.median(r[1] for r in res[n]) for n in names}
        rss = {n: max(r[2] for r in res[n]) for n in names}
        cpu = {n: statistics.median(r[3] for r in res[n]) for n in names}
        print('| %s | ' % label + ' | '.join('%.0f' % rps[n] for n in names) + ' | ' +
              ' | '.join('%.2f' % (rps['eddy'] / rps[n]) for n in names[1:]) + ' | ' +
              ' | '.join('%.2f' % p99[n] for n in names) + ' | ' +
              ' | '.join('%.1f' % cpu[n] for n in names) + ' | ' +
              ' | '.join('%.2f' % (cpu[n] / cpu['eddy']) for n in names[1:]) + ' | ' +
              ' | '.join('%.0f' % rss[n] for n in names) + ' |', flush=True)


if __name__ == '__main__':
    main()
