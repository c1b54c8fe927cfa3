"""The accessibility statement, generated on both sites from the checks and a hand-kept file."""
