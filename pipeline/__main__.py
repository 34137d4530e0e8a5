import sys

from actieplan.cli import main

sys.exit(main())
