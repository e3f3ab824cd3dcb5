// Start-up and teardown of an empty program (run with -e 0 by run.py).
