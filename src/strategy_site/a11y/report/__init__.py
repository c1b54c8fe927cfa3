"""The report: findings as values, their levels and fix hints, report.json and
report.html, the statement's facts, and the Markdown source behind each page."""
