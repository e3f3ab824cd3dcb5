#!/usr/bin/env bash
# process.exit() while c-ares queries are pending (dns/resolve-exit.js):
# teardown frees the channels without calling back into JS. The expected
# output came from node 20 as RUNTIME; EDDY_UPDATE_EXPECTED=1 rewrites it.
# usage: test-dns-resolve-exit.sh RUNTIME
source "$(dirname "${BASH_SOURCE[0]}")/dns/run-with-responder.sh"
run_with_responder "$1" resolve-exit 3
