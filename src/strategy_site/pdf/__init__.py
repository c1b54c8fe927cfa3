"""The whole strategy as one accessible PDF per site: tagged PDF/UA-1, then checked."""
