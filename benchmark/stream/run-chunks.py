#!/usr/bin/env python3
"""Runs benchmark/stream/chunks.js under each runtime, interleaved, and
prints the median ns/chunk per pattern and the ratio to the first runtime.

usage: run-chunks.py [--runs N] [--patterns a,b] RUNTIME...
"""
import argparse, os, statistics, subprocess
HERE = os.path.dirname(os.path.abspath(__file__))
ap = argparse.ArgumentParser()
ap.add_argument('--runs', type=int, default=5)
ap.add_argument('--patterns', default='write,push,transform,pipe')
ap.add_argument('--n', default='1000000')
ap.add_argument('runtimes', nargs='+')
a = ap.parse_args()
pats = a.patterns.split(',')
res = {(p, r): [] for p in pats for r in a.runtimes}
for i in range(a.runs):
    for p in pats:
        rts = a.runtimes[i % len(a.runtimes):] + a.runtimes[:i % len(a.runtimes)]
        for r in rts:
            out = subprocess.run([r, os.path.join(HERE, 'chunks.js'), p, a.n],
                                 capture_output=True, text=True, check=True).stdout
            res[(p, r)].append(float(out.split()[1]))
names = [os.path.basename(os.path.dirname(os.path.dirname(r))) if r.endswith('/bin/node') else r for r in a.runtimes]
print('%-10s' % 'pattern' + ''.join('%22s' % n[-22:] for n in names))
for p in pats:
    med = [statistics.median(res[(p, r)]) for r in a.runtimes]
    print('%-10s' % p + ''.join('%22s' % ('%.1f' % m) for m in med))
