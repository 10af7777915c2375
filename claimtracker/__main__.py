from claimtracker.cli import main

main()
