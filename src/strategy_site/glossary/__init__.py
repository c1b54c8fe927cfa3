"""The glossary: one data file, rendered as each site's glossary page and linked from easy read."""
