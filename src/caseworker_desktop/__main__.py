from caseworker_desktop.app import main

raise SystemExit(main())
