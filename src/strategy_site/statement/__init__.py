"""The accessibility statement: generated on both sites from the check results and a hand-kept file."""
