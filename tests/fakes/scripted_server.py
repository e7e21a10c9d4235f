"""A real HTTP server on 127.0.0.1 (random free port) that plays scripted replies.

The base of the fake LLM providers (`fake_openai.py`, `fake_ollama.py`). Each request takes the next
item of the script: a `Reply`, a plain string (a normal reply with that text), or a function of the
`Request` returning either (to answer from the prompt it was sent). Every request is recorded, so a
test can read the exact prompt a backend sent.

A `Reply` can also wait before answering (to trip a client's timeout), fail with an HTTP status, or
send a body that isn't the protocol. Waits are interrupted when the server stops, so a test never
waits for a reply nobody will read. Left out: TLS and auth checks (loopback only).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass(frozen=True)
class Reply:
    text: str = ""
    status: int = 200
    delay_s: float = 0.0  # wait this long before answering
    garbage: bool = False  # a 200 whose body isn't the protocol
    pieces: int = 0  # streaming: split into about this many deltas (0: one per word)


@dataclass(frozen=True)
class Request:
    path: str
    body: dict[str, Any]
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def messages(self) -> list[dict[str, Any]]:
        return list(self.body.get("messages", []))

    @property
    def streaming(self) -> bool:
        return bool(self.body.get("stream", False))

    def content(self, role: str) -> str:
        """All text of the messages with this role, joined."""
        return "\n".join(str(m.get("content", "")) for m in self.messages if m.get("role") == role)


Scripted = Reply | str | Callable[[Request], "Reply | str"]


def split_pieces(text: str, pieces: int) -> list[str]:
    """Deltas that join back to `text`: words with their trailing spaces, grouped."""
    words: list[str] = []
    cur = ""
    for ch in text:
        cur += ch
        if ch.isspace():
            words.append(cur)
            cur = ""
    if cur:
        words.append(cur)
    if pieces <= 0 or pieces >= len(words):
        return words
    size = -(-len(words) // pieces)
    return ["".join(words[i : i + size]) for i in range(0, len(words), size)]


class ScriptedServer:
    """Subclasses implement `handle(handler, request, reply)` for their protocol."""

    paths: tuple[str, ...] = ()

    def __init__(self, *script: Scripted) -> None:
        self.requests: list[Request] = []
        self._script: list[Scripted] = list(script)
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # --- control -------------------------------------------------------------
    def script(self, *items: Scripted) -> None:
        with self._lock:
            self._script.extend(items)

    @property
    def port(self) -> int:
        assert self._httpd is not None, "server not started"
        return int(self._httpd.server_address[1])

    def start(self) -> ScriptedServer:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server API
                server._serve(self)

            def do_GET(self) -> None:  # noqa: N802
                server._send_json(self, 200, server.info())

            def log_message(self, *args: Any) -> None:
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.05,), daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> ScriptedServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- serving -------------------------------------------------------------
    def info(self) -> dict[str, Any]:
        return {"fake": type(self).__name__}

    def _next(self, request: Request) -> Reply:
        with self._lock:
            item = self._script.pop(0) if self._script else None
        if item is None:
            return Reply("no scripted reply left", status=500)
        if callable(item):
            item = item(request)
        return Reply(item) if isinstance(item, str) else item

    def _serve(self, h: BaseHTTPRequestHandler) -> None:
        length = int(h.headers.get("Content-Length") or 0)
        raw = h.rfile.read(length) if length else b""
        try:
            body = json.loads(raw or b"{}")
        except json.JSONDecodeError:
            body = {"_raw": raw.decode("utf-8", "replace")}
        path = h.path.split("?")[0]
        if path not in self.paths:
            self._send_json(h, 404, {"error": f"no route {path}"})
            return
        request = Request(path, body, {k.lower(): v for k, v in h.headers.items()})
        with self._lock:
            self.requests.append(request)
        try:
            reply = self._next(request)
        except Exception as e:  # a test's responder failed: say so in the reply, don't drop the line
            reply = Reply(f"scripted responder failed: {e!r}", status=500)
        if reply.delay_s and self._stopping.wait(reply.delay_s):
            return  # stopping: nobody is waiting for this reply
        try:
            if reply.status != 200:
                self._send_json(h, reply.status, {"error": {"message": reply.text or "scripted failure"}})
            elif reply.garbage:
                self._send(h, 200, "application/json", b"<html>502 Bad Gateway \x00\xff not json")
            else:
                self.handle(h, request, reply)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (e.g. its timeout fired)

    def handle(self, h: BaseHTTPRequestHandler, request: Request, reply: Reply) -> None:
        raise NotImplementedError

    # --- helpers for subclasses ----------------------------------------------
    @staticmethod
    def _send(h: BaseHTTPRequestHandler, status: int, ctype: str, data: bytes) -> None:
        h.send_response(status)
        h.send_header("Content-Type", ctype)
        h.send_header("Content-Length", str(len(data)))
        h.end_headers()
        h.wfile.write(data)

    @classmethod
    def _send_json(cls, h: BaseHTTPRequestHandler, status: int, obj: Any) -> None:
        cls._send(h, status, "application/json", json.dumps(obj).encode())

    @staticmethod
    def _start_stream(h: BaseHTTPRequestHandler, ctype: str) -> None:
        # HTTP/1.0 semantics: no length, the body ends when the connection closes.
        h.send_response(200)
        h.send_header("Content-Type", ctype)
        h.send_header("Cache-Control", "no-cache")
        h.end_headers()

    @staticmethod
    def _write(h: BaseHTTPRequestHandler, data: str) -> None:
        h.wfile.write(data.encode())
        h.wfile.flush()
