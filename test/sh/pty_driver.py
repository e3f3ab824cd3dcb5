#!/usr/bin/env python3
"""Drives a program on a pseudo-terminal for the shell tests.

usage: pty_driver.py STEPS_JSON COMMAND [ARGS...]
STEPS_JSON is a list of steps:
  ["expect", REGEX]   wait (up to 20 s, a safety net) until the output read
                      since the last expect matches REGEX (DOTALL)
  ["send", TEXT]      write TEXT to the terminal
  ["resize", ROWS, COLS]  set the terminal's size (the program gets SIGWINCH)
  ["wait_exit"]       wait for the program to end
Matching ignores ANSI escape sequences and \\r. The whole output (the
same way cleaned, or raw with PTY_RAW=1) goes to stdout; the exit status is 0 when every
step succeeded, 1 otherwise (the reason on stderr), after the program ended.
"""
import fcntl
import json
import os
import struct
import termios
import pty
import re
import select
import signal
import sys
import time

steps = json.loads(sys.argv[1])
cmd = sys.argv[2:]
pid, fd = pty.fork()
if pid == 0:
    os.environ.setdefault("TERM", "xterm")
    os.execvp(cmd[0], cmd)

transcript = b""
pending = b""
status = 0


ANSI = re.compile(rb"\x1b\[[0-9;?]*[A-Za-z]")


def clean(data):
    return ANSI.sub(b"", data).replace(b"\r", b"")


def read_some(timeout):
    global transcript, pending
    r, _, _ = select.select([fd], [], [], timeout)
    if not r:
        return True
    try:
        data = os.read(fd, 65536)
    except OSError:
        return False
    if not data:
        return False
    transcript += data
    pending += data
    return True


for step in steps:
    if step[0] == "send":
        os.write(fd, step[1].encode())
    elif step[0] == "expect":
        pattern = re.compile(step[1].encode(), re.S)
        deadline = time.time() + 20
        alive = True
        while not pattern.search(clean(pending)):
            if time.time() > deadline or not alive:
                sys.stderr.write("expect %r timed out; got %r\n" % (step[1], pending))
                status = 1
                break
            alive = read_some(0.2)
        if status:
            break
        m = pattern.search(clean(pending))
        pending = clean(pending)[m.end():]
    elif step[0] == "resize":
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", step[1], step[2], 0, 0))
    elif step[0] == "wait_exit":
        deadline = time.time() + 20
        while read_some(0.2):
            if time.time() > deadline:
                sys.stderr.write("program did not exit\n")
                status = 1
                break

if status:
    os.kill(pid, signal.SIGKILL)
_, wstatus = os.waitpid(pid, 0)
if os.environ.get("PTY_RAW"):
    sys.stdout.write(transcript.decode("utf-8", "replace"))
else:
    sys.stdout.write(clean(transcript).decode("utf-8", "replace"))
sys.exit(status)
