// Not run itself: stdin.args is "-", so the program is stdin.stdin and this
// file's name is only an argument after it.
