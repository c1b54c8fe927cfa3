"""One way in for every file the comms team edits.

Markdown front matter, `channels.yml`, `glossary.yml`, `accessibility.yml` and
any later data file are read here: as UTF-8 text from inside the project, as
YAML with the line of every value, and checked against a typed schema (MkDocs
`Config` subclasses). Every problem comes out as one `Problem` line in plain
words, whichever file it is in.
"""
