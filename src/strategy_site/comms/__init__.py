"""The comms pack: social posts, e-bulletins and a schedule, made from each update's Markdown."""
