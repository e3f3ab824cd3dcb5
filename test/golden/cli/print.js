// Not run itself: print.args runs `-p <expression>`; this file's name is the
// first argument after it.
