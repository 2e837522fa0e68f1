"""`python -m reader` runs the same command line as `reader`."""

from reader.cli import main

if __name__ == "__main__":  # not again in the processes of a pool that start by import
    raise SystemExit(main())
