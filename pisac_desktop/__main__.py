import sys

if __name__ == "__main__":
    if getattr(sys, "frozen", False):
        # The frozen build's PDF workers (reports/pool.py, "spawn") start this same executable:
        # here they run their task instead of the application.
        import multiprocessing

        multiprocessing.freeze_support()

    from pisac_desktop.cli import main

    sys.exit(main())
