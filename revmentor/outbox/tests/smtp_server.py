"""A real SMTP server on loopback (aiosmtpd) whose replies a test can hold or change, so the
outbox is tested against real socket behaviour: a server that has the message but has not
answered yet, one that drops the connection after the content, one that refuses a recipient."""

from __future__ import annotations

import asyncio
import email
import socket
import threading
from dataclasses import dataclass, field
from email.message import Message
from typing import Any

from aiosmtpd.controller import Controller


@dataclass
class Handler:
    received: list[Message] = field(default_factory=list)
    # Hold the first connection at RCPT, or every DATA after the content arrived, until released.
    hold_first_rcpt: bool = False
    hold_data: bool = False
    # After receiving the content: "reply" (250), "drop" (close without a reply), or a reply line.
    after_data: str = "reply"
    rcpt_reply: str = "250 OK"
    at_rcpt: threading.Event = field(default_factory=threading.Event)
    at_data: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)
    _rcpt_calls: int = 0

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: Any
    ) -> str:
        self._rcpt_calls += 1
        if self.hold_first_rcpt and self._rcpt_calls == 1:
            self.at_rcpt.set()
            await asyncio.get_running_loop().run_in_executor(None, self.release.wait, 60)
        if not self.rcpt_reply.startswith("250"):
            return self.rcpt_reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        # From here the server has the whole message: a client that dies now leaves it here.
        self.received.append(email.message_from_bytes(envelope.original_content))
        self.at_data.set()
        if self.hold_data:
            await asyncio.get_running_loop().run_in_executor(None, self.release.wait, 60)
        if self.after_data == "drop":
            server.transport.close()
            return "250 OK"  # never reaches the client
        if self.after_data != "reply":
            return self.after_data
        return "250 OK"

    def message_ids(self) -> list[str]:
        return [str(message["Message-ID"]) for message in self.received]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class SMTPServer:
    def __init__(self) -> None:
        self.handler = Handler()
        self.port = free_port()
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port)

    def __enter__(self) -> SMTPServer:
        self.controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.handler.release.set()
        self.controller.stop()
