import sys

from pisac_desktop.cli import main

sys.exit(main())
