#!/usr/bin/env bash
# dns.promises.Resolver / dns.promises.resolve* against a canned DNS
# responder on 127.0.0.1 (dns-responder.py). The expected output
# (dns/resolve-promises.expected) came from node 20 as RUNTIME;
# EDDY_UPDATE_EXPECTED=1 rewrites it.
# usage: test-dns-resolve-promises.sh RUNTIME
source "$(dirname "${BASH_SOURCE[0]}")/dns/run-with-responder.sh"
run_with_responder "$1" resolve-promises
