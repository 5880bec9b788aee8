"""OpenAI-compatible models (OpenAI, Ollama, vLLM, llama.cpp) behind our protocols.

Chat goes through langchain-openai's ChatOpenAI; the openai client underneath retries 429 (honouring
Retry-After), 5xx, timeouts and connection errors with exponential backoff, ``retries`` times. A reply
that cannot be read is retried here as well. Whatever still fails becomes a ``ProviderError`` whose
message says what to check, never the key: the key is passed to the client for its endpoint only.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from typing import Any

from analyst.errors import ProviderError


class TransientModelError(ProviderError):
    """The endpoint answered but failed (rate limit, server error, timeout, unreadable reply) after retries."""


class EndpointError(ProviderError):
    """The endpoint is unreachable or refuses the configuration (URL, key, model): a setting to check."""


def _describe(exc: Exception, base_url: str, model: str) -> ProviderError:
    import openai

    if isinstance(exc, openai.APITimeoutError):
        return TransientModelError(f"the model at {base_url} timed out (ANALYST_LLM_TIMEOUT)")
    if isinstance(exc, openai.APIConnectionError):
        return EndpointError(f"cannot reach the model endpoint {base_url}: check ANALYST_LLM_BASE_URL and that the server is running")
    if isinstance(exc, openai.AuthenticationError | openai.PermissionDeniedError):
        return EndpointError(f"the model endpoint {base_url} refused the key: check ANALYST_LLM_API_KEY")
    if isinstance(exc, openai.NotFoundError):
        return EndpointError(f"model '{model}' or its API was not found at {base_url}: check ANALYST_LLM_MODEL and ANALYST_LLM_BASE_URL")
    if isinstance(exc, openai.RateLimitError):
        return TransientModelError(f"the model at {base_url} is rate-limited (HTTP 429) after retries")
    if isinstance(exc, openai.APIStatusError):
        return TransientModelError(f"the model at {base_url} failed (HTTP {exc.status_code}) after retries")
    return TransientModelError(f"the model at {base_url} sent a reply that could not be read ({type(exc).__name__})")


class OpenAIChat:
    """The ``ChatModel`` protocol on ChatOpenAI."""

    def __init__(self, base_url: str, api_key: str, model: str, *, timeout: float = 60.0, retries: int = 2) -> None:
        from langchain_openai import ChatOpenAI
        from pydantic import SecretStr

        self.base_url = base_url
        self.model = model
        self.retries = retries
        self._chat = ChatOpenAI(
            model=model, base_url=base_url, api_key=SecretStr(api_key), timeout=timeout, max_retries=retries, temperature=0
        )

    def _messages(self, system: str, user: str) -> list[Any]:
        from langchain_core.messages import HumanMessage, SystemMessage

        return [SystemMessage(content=system), HumanMessage(content=user)]

    def complete(self, system: str, user: str) -> str:
        for attempt in range(self.retries + 1):
            try:
                reply = self._chat.invoke(self._messages(system, user))
                content = reply.content
                if isinstance(content, str) and content.strip():
                    return content
                raise ValueError("empty reply")
            except Exception as exc:  # noqa: BLE001 - every client failure is mapped to one of our errors
                error = _describe(exc, self.base_url, self.model)
                if isinstance(error, EndpointError) or attempt == self.retries or not _malformed(exc):
                    raise error from None
                time.sleep(min(4.0, 0.5 * 2**attempt))
        raise TransientModelError(f"the model at {self.base_url} gave no usable reply")  # pragma: no cover

    def structured(self, system: str, user: str, schema: type[Any]) -> Any:
        """Fill in ``schema`` by function calling (the method local servers support most widely)."""
        runnable = self._chat.with_structured_output(schema, method="function_calling")
        for attempt in range(self.retries + 1):
            try:
                return runnable.invoke(self._messages(system, user))
            except Exception as exc:  # noqa: BLE001 - mapped to our errors
                error = _describe(exc, self.base_url, self.model)
                if isinstance(error, EndpointError) or attempt == self.retries or not _malformed(exc):
                    raise error from None
                time.sleep(min(4.0, 0.5 * 2**attempt))
        raise TransientModelError(f"the model at {self.base_url} gave no usable reply")  # pragma: no cover

    def stream(self, system: str, user: str) -> Iterator[str]:
        """Tokens as they arrive. A failure before the first token is retried like ``complete``."""
        for attempt in range(self.retries + 1):
            started = False
            try:
                for chunk in self._chat.stream(self._messages(system, user)):
                    text = chunk.content if isinstance(chunk.content, str) else ""
                    if text:
                        started = True
                        yield text
                if not started:
                    raise ValueError("empty reply")
                return
            except Exception as exc:  # noqa: BLE001 - mapped to our errors
                error = _describe(exc, self.base_url, self.model)
                if started or isinstance(error, EndpointError) or attempt == self.retries or not _malformed(exc):
                    raise error from None
                time.sleep(min(4.0, 0.5 * 2**attempt))


def _malformed(exc: Exception) -> bool:
    """A reply that arrived but could not be read (the client retries HTTP failures itself)."""
    import openai

    return not isinstance(exc, openai.APIError) or isinstance(exc, openai.APIResponseValidationError)


class OpenAIEmbedder:
    """The ``Embedder`` protocol on an OpenAI-compatible embeddings endpoint."""

    def __init__(self, base_url: str, api_key: str, model: str, *, timeout: float = 60.0, retries: int = 2) -> None:
        from langchain_openai import OpenAIEmbeddings

        self.name = f"openai-{model}"
        self.base_url = base_url
        self.model = model
        # check_embedding_ctx_length=False: the default would download tiktoken's files at first use.
        self._embeddings = OpenAIEmbeddings(
            model=model, base_url=base_url, api_key=api_key, timeout=timeout, max_retries=retries,  # type: ignore[arg-type]
            check_embedding_ctx_length=False,
        )
        self.dimensions = 0

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        if not texts:
            return []
        try:
            vectors = self._embeddings.embed_documents([t if t.strip() else " " for t in texts])
        except Exception as exc:  # noqa: BLE001 - mapped to our errors
            raise _describe(exc, self.base_url, self.model) from None
        self.dimensions = len(vectors[0]) if vectors else self.dimensions
        return [list(map(float, v)) for v in vectors]
