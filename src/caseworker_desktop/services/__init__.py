"""Use cases the interface calls: plain arguments in, plain data out, one unit of work each."""
