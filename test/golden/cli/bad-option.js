// bad-option.cmdline: an unknown option exits 9
