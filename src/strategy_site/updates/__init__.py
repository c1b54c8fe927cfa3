"""Progress updates: one Markdown file each, listed, linked and fed to feeds and comms."""
