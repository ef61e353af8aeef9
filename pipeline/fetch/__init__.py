"""Getting PubMed records: E-utilities client, refresh windows, XML → Article."""
