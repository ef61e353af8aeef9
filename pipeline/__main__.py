"""`python -m pipeline` runs the `evidence` CLI."""

from pipeline.cli import main

if __name__ == "__main__":
    main()
