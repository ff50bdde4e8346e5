"""``python -m pressearchiv`` runs the command line."""

import sys

from pressearchiv.cli import main

sys.exit(main())
