"""`make bench`: the accessibility gate and the build, timed against pa11y-ci and a bare
`mkdocs build`, on a copy of the project. Not part of the installed package."""
