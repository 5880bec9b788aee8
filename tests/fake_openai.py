"""A small OpenAI-compatible server on 127.0.0.1 for the tests: chat completions (JSON and SSE
streaming, tool calls), embeddings, models, and scripted faults. It records every request."""

from __future__ import annotations

import hashlib
import json
import re
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Reply = dict[str, Any]


def passages(request: dict[str, Any]) -> dict[int, str]:
    """The numbered passages the client sent, by number."""
    user = next(m["content"] for m in request["messages"] if m["role"] == "user")
    found = {}
    for match in re.finditer(r"\[(\d+)\] [^\n]*\n<passage>\n(.*?)\n</passage>", user, re.S):
        found[int(match.group(1))] = match.group(2)
    return found


def cite(request: dict[str, Any], needle: str, sentence: str) -> str:
    """``sentence`` with the marker of the first passage containing ``needle`` (as a model would cite)."""
    for number, text in passages(request).items():
        if needle in text:
            return f"{sentence} [{number}]"
    return "The passages do not say."


def points(request: dict[str, Any]) -> dict[int, tuple[str, str]]:
    """The numbered candidate points a key-points reduce request lists, by number: (page, text)."""
    user = next(m["content"] for m in request["messages"] if m["role"] == "user")
    listed = user.split("<points>", 1)[1].split("</points>", 1)[0] if "<points>" in user else ""
    return {int(m.group(1)): (m.group(2), m.group(3)) for m in re.finditer(r"^\[(\d+)\] \(page ([^)]*)\) (.*)$", listed, re.M)}


def key_points_model(request: dict[str, Any], headline: Callable[[str], str] = lambda s: s) -> str:
    """A faithful map-reduce model: map lists each passage's sentences that hold a dollar figure as points
    citing that passage; reduce turns each point into a bullet (``headline`` rewrites it) citing it."""
    if points(request):
        return json.dumps({"bullets": [{"text": headline(text), "points": [n]} for n, (_, text) in points(request).items()]})
    found = []
    for number, text in passages(request).items():
        for sentence in re.split(r"(?<=[.!?])\s+", text.replace("\n", " ")):
            if "$" in sentence:
                found.append({"text": sentence.strip(), "passages": [number]})
    return json.dumps({"points": found})


def _vector(text: str, dims: int = 64) -> list[float]:
    counts = [0.0] * dims
    for word in re.findall(r"\w+", text.lower()):
        counts[int(hashlib.md5(word.encode()).hexdigest(), 16) % dims] += 1.0
    norm = sum(c * c for c in counts) ** 0.5 or 1.0
    return [c / norm for c in counts]


class FakeOpenAI:
    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.headers: list[dict[str, str]] = []
        self.script: list[Reply] = []  # consumed first, one per chat request
        self.responder: Callable[[dict[str, Any]], str] = lambda request: "The passages do not say."
        self.tool_arguments: Callable[[dict[str, Any]], dict[str, Any]] | None = None
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.port = self._server.server_address[1]
        self.base_url = f"http://127.0.0.1:{self.port}/v1"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> FakeOpenAI:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    @property
    def chat_requests(self) -> list[dict[str, Any]]:
        return [r for r in self.requests if "messages" in r]

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def _send(self, status: int, body: bytes, content_type: str = "application/json", headers: dict[str, str] | None = None) -> None:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                for key, value in (headers or {}).items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self) -> None:  # noqa: N802
                if self.path.rstrip("/").endswith("/models"):
                    self._send(200, json.dumps({"object": "list", "data": [{"id": "fake-model", "object": "model"}]}).encode())
                else:
                    self._send(404, b'{"error": {"message": "not found"}}')

            def do_POST(self) -> None:  # noqa: N802
                length = int(self.headers.get("Content-Length") or 0)
                request = json.loads(self.rfile.read(length) or b"{}")
                fake.requests.append(request)
                fake.headers.append({k.lower(): v for k, v in self.headers.items()})
                if self.path.endswith("/embeddings"):
                    inputs = request["input"] if isinstance(request["input"], list) else [request["input"]]
                    data = [{"object": "embedding", "index": i, "embedding": _vector(str(t))} for i, t in enumerate(inputs)]
                    self._send(200, json.dumps({"object": "list", "data": data, "model": request.get("model"),
                                                "usage": {"prompt_tokens": 1, "total_tokens": 1}}).encode())
                    return
                if not self.path.endswith("/chat/completions"):
                    self._send(404, b'{"error": {"message": "not found"}}')
                    return
                step: Reply = fake.script.pop(0) if fake.script else {}
                if "status" in step:
                    if step.get("delay"):
                        time.sleep(step["delay"])
                    body = json.dumps({"error": {"message": f"scripted {step['status']}", "type": "server_error"}}).encode()
                    self._send(step["status"], body, headers=step.get("headers"))
                    return
                if step.get("malformed"):
                    self._send(200, b'{"choices": "this is not what a client expects"')
                    return
                content = step.get("content") or fake.responder(request)
                if request.get("tools") and fake.tool_arguments is not None:
                    self._tool_reply(request)
                elif request.get("stream"):
                    self._stream(content, request)
                else:
                    self._send(200, json.dumps(_completion(content, request)).encode())

            def _stream(self, content: str, request: dict[str, Any]) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.end_headers()
                words = re.findall(r"\S+\s*", content)
                for word in words:
                    chunk = {"id": "c1", "object": "chat.completion.chunk", "created": 0, "model": request.get("model"),
                             "choices": [{"index": 0, "delta": {"role": "assistant", "content": word}, "finish_reason": None}]}
                    self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                    self.wfile.flush()
                end = {"id": "c1", "object": "chat.completion.chunk", "created": 0, "model": request.get("model"),
                       "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}
                self.wfile.write(f"data: {json.dumps(end)}\n\ndata: [DONE]\n\n".encode())
                self.wfile.flush()

            def _tool_reply(self, request: dict[str, Any]) -> None:
                assert fake.tool_arguments is not None
                tool = request["tools"][0]["function"]["name"]
                message = {"role": "assistant", "content": None, "tool_calls": [
                    {"id": "call_1", "type": "function", "function": {"name": tool, "arguments": json.dumps(fake.tool_arguments(request))}}]}
                body = {"id": "x", "object": "chat.completion", "created": 0, "model": request.get("model"),
                        "choices": [{"index": 0, "message": message, "finish_reason": "tool_calls"}],
                        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}
                self._send(200, json.dumps(body).encode())

        return Handler


def _completion(content: str, request: dict[str, Any]) -> dict[str, Any]:
    return {"id": "x", "object": "chat.completion", "created": 0, "model": request.get("model"),
            "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}
