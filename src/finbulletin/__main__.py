"""``python -m finbulletin``: the command line."""

from finbulletin.cli import main

raise SystemExit(main())
