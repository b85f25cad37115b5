from mtqa.cli import main

# Guarded: worker processes (--jobs) are started with "spawn", which imports the main module again.
if __name__ == "__main__":
    main()
