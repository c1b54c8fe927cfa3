"""An e-bulletin as an .eml file: opens in a mail program as a message ready to send.

MIME multipart/alternative with the plain part first and the HTML last, so
programs that can show HTML pick it and the rest fall back to the text. The
boundary and Date come from the content, so two builds give the same bytes.
"""

from __future__ import annotations

import hashlib
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime

from strategy_site.comms.bulletin import Bulletin


def eml(bulletin: Bulletin, sender_name: str, sender_address: str) -> bytes:
    """The bytes of a draft message: no To, marked unsent for Outlook."""
    message = EmailMessage(policy=policy.SMTP)
    user, _, domain = sender_address.partition("@")
    message["From"] = Address(display_name=sender_name, username=user, domain=domain)
    message["Subject"] = bulletin.subject
    message["Date"] = format_datetime(bulletin.date)
    message["X-Unsent"] = "1"
    message.set_content(bulletin.text)
    message.add_alternative(bulletin.html, subtype="html")
    digest = hashlib.sha256((bulletin.text + bulletin.html).encode("utf-8")).hexdigest()
    message.set_boundary(f"=_strategy-site_{digest[:32]}")
    return message.as_bytes()
