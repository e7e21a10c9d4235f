"""A fake Ollama server: POST /api/chat, streaming (NDJSON, Ollama's default) and not.

Replies come from a script (see `scripted_server.py`); requests are recorded. `base_url` is what
`LLAIS_LLM_BASE_URL` takes for the `ollama` backend.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler

from tests.fakes.scripted_server import Reply, Request, ScriptedServer, split_pieces


class FakeOllama(ScriptedServer):
    paths = ("/api/chat",)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def info(self) -> dict:
        return {"models": [{"name": "fake-model:latest", "model": "fake-model:latest"}]}

    def handle(self, h: BaseHTTPRequestHandler, request: Request, reply: Reply) -> None:
        model = str(request.body.get("model", "fake-model"))

        def message(content: str, done: bool) -> dict:
            out = {
                "model": model,
                "created_at": datetime.now(UTC).isoformat(),
                "message": {"role": "assistant", "content": content},
                "done": done,
            }
            if done:
                out |= {"done_reason": "stop", "total_duration": 1, "load_duration": 1,
                        "prompt_eval_count": 1, "prompt_eval_duration": 1, "eval_count": 1, "eval_duration": 1}
            return out

        # Ollama streams unless the request says "stream": false.
        if request.body.get("stream", True) is False:
            self._send_json(h, 200, message(reply.text, True))
            return
        self._start_stream(h, "application/x-ndjson")
        for piece in split_pieces(reply.text, reply.pieces):
            self._write(h, json.dumps(message(piece, False)) + "\n")
        self._write(h, json.dumps(message("", True)) + "\n")
