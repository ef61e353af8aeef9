"""The evidence store: SQLModel tables, engine set-up with migrations, and store functions."""
