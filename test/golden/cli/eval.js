// Not run itself: eval.args runs `-e <code>` and this file's name is only the
// first argument after the code (process.argv[1]).
