"""python -m artlint"""

from artlint.cli import main

main()
