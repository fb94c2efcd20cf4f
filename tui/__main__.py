import sys

from followup.tui.cli import main

sys.exit(main())
