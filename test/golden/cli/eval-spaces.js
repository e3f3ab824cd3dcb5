// program given by eval-spaces.cmdline
