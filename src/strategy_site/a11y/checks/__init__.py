"""The checks: list and serve the pages, run the engines and walks in one browser,
our content rules on the HTML, and the cache that keeps unchanged pages' results."""
