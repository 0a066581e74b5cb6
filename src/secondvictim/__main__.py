from secondvictim.cli import main

main()
