"""Nothing unsafe is published: one HTML sanitiser, and a Content-Security-Policy per page."""
