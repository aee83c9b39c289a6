"""`python -m orgtracker` runs the command line."""

from orgtracker.cli import main

raise SystemExit(main())
