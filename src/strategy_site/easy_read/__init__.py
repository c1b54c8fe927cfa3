"""easy_read."""
