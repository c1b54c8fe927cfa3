"""Feeds of the progress updates: RSS 2.0, Atom, JSON Feed 1.1 and OPML."""
