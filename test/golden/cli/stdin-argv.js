// Not run itself: the program is stdin-argv.stdin, read because of "-".
