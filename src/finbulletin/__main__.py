"""``python -m finbulletin``: the command line (see :mod:`finbulletin.cli`)."""

from finbulletin.cli import main

if __name__ == "__main__":  # not when a worker process started with ``spawn`` imports this module
    raise SystemExit(main())
