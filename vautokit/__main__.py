"""`python -m vautokit` is the `vautokit` command."""

import sys

from .cli import main

sys.exit(main())
