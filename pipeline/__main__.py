import sys

from actieplan.run.cli import main

sys.exit(main())
