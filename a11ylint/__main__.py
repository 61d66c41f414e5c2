"""``python -m a11ylint``."""

import sys

from .cli import main

sys.exit(main())
