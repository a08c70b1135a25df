"""``python -m faqbot`` runs the command line."""

import sys

from faqbot.cli import main

sys.exit(main())
