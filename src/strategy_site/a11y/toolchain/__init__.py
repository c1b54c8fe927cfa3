"""The toolchain: Node.js, the pinned npm packages and a Chromium, found or installed,
and the processes that run them."""
