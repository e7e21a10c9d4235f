"""A fake OpenAI-compatible server: POST /v1/chat/completions, streaming (SSE) and not.

Stands in for vLLM, llama.cpp server, LM Studio or a hosted API in the tests. Replies come from a
script (see `scripted_server.py`); requests are recorded. `base_url` is what `LLAIS_LLM_BASE_URL`
takes.
"""

from __future__ import annotations

import json
import time
from http.server import BaseHTTPRequestHandler

from tests.fakes.scripted_server import Reply, Request, ScriptedServer, split_pieces


class FakeOpenAI(ScriptedServer):
    paths = ("/v1/chat/completions",)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def info(self) -> dict:
        return {"object": "list", "data": [{"id": "fake-model", "object": "model", "owned_by": "tests"}]}

    def handle(self, h: BaseHTTPRequestHandler, request: Request, reply: Reply) -> None:
        model = str(request.body.get("model", "fake-model"))
        created = int(time.time())
        if not request.streaming:
            self._send_json(h, 200, {
                "id": "chatcmpl-fake",
                "object": "chat.completion",
                "created": created,
                "model": model,
                "choices": [{
                    "index": 0,
                    "message": {"role": "assistant", "content": reply.text},
                    "finish_reason": "stop",
                }],
                "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
            })
            return
        self._start_stream(h, "text/event-stream")

        def event(delta: dict, finish: str | None = None) -> None:
            chunk = {
                "id": "chatcmpl-fake",
                "object": "chat.completion.chunk",
                "created": created,
                "model": model,
                "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
            }
            self._write(h, f"data: {json.dumps(chunk)}\n\n")

        event({"role": "assistant", "content": ""})
        for piece in split_pieces(reply.text, reply.pieces):
            event({"content": piece})
        event({}, "stop")
        self._write(h, "data: [DONE]\n\n")
