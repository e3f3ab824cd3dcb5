#!/usr/bin/env bash
# Dropped resolvers are collected with their c-ares channels, closing their
# sockets (dns/resolve-gc.js, --expose-gc). The expected output came from
# node 20 as RUNTIME; EDDY_UPDATE_EXPECTED=1 rewrites it.
# usage: test-dns-resolve-gc.sh RUNTIME
source "$(dirname "${BASH_SOURCE[0]}")/dns/run-with-responder.sh"
run_with_responder "$1" resolve-gc 0 --expose-gc
