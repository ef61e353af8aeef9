"""Evidence watch: keeps an SLE cell-therapy guideline honest against PubMed."""

__version__ = "0.1.0"
