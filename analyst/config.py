"""One typed ``Settings``, built once at the edge (CLI, app) and passed down.

Sources, lowest first: defaults, ``analyst.toml`` (in the working directory, or the file named by
``ANALYST_CONFIG``), ``ANALYST_*`` environment variables, then explicit arguments (CLI flags).
Defaults need no key and no network: local embeddings, extractive answers, embedded Chroma.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

from pydantic import Field, SecretStr
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from analyst.errors import ConfigError


def _data_home() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "analyst"


def _cache_home() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "analyst"


def default_store() -> str:
    return str(_data_home() / "store")


def default_model_dir() -> str:
    return str(_cache_home() / "models" / "all-MiniLM-L6-v2")


def is_server(store: str) -> bool:
    """True when the store setting is the URL of a Chroma server rather than a folder."""
    return store.strip().lower().startswith(("http://", "https://"))


def local_folder(store: str) -> Path:
    """Where this machine keeps what belongs beside a store: the keyword index, cached summaries,
    uploads and the ingest lock. For a folder store, the folder itself; for a Chroma server, a cache
    folder named after the server's URL (``~/.cache/analyst/servers/<hash>``)."""
    if is_server(store):
        key = hashlib.sha256(store.strip().rstrip("/").lower().encode()).hexdigest()[:16]
        return _cache_home() / "servers" / key
    return Path(store).expanduser()


class Settings(BaseSettings):
    """Every setting of the tool. Environment variables are ``ANALYST_`` plus the upper-case name."""

    model_config = SettingsConfigDict(env_prefix="ANALYST_", extra="ignore", frozen=True, populate_by_name=True)

    store: str = Field(default_factory=default_store, description="Store folder (embedded Chroma), or http://HOST:PORT of a Chroma server.")
    model_dir: str = Field(default_factory=default_model_dir, description="Prepared ONNX embedding model.")
    quantized: bool = Field(default=False, description="Use the int8 embedding model (faster).")
    embed_batch: int = Field(default=32, ge=1, le=512)
    k: int = Field(default=5, ge=1, le=50, description="Citations per answer.")
    chunk_chars: int = Field(default=1000, ge=200, le=8000)
    chunk_overlap: int = Field(default=150, ge=0, le=2000)
    max_file_mb: float = Field(default=200.0, gt=0)
    pair_model: bool = Field(default=True, description="Let the shipped pair model add links the link rules miss (off: the rules alone).")
    pdf_password: SecretStr | None = None

    # An OpenAI-compatible model (OpenAI, Ollama, vLLM, llama.cpp). The key is never printed.
    llm_base_url: str = Field(default="", description="Base URL of an OpenAI-compatible API, e.g. http://127.0.0.1:11434/v1.")
    llm_api_key: SecretStr | None = Field(default=None, description="Key for that endpoint (any string for local servers).")
    llm_model: str = Field(default="", description="Model name at that endpoint.")
    llm_timeout: float = Field(default=60.0, gt=0, description="Seconds to wait for one model request.")
    llm_retries: int = Field(default=2, ge=0, le=10, description="Retries of a failed model request (429, 5xx, timeouts).")
    embeddings: str = Field(default="local", description="'local' (all-MiniLM-L6-v2) or 'openai' (the endpoint's embeddings).")
    embeddings_model: str = Field(default="text-embedding-3-small", description="Embedding model name when embeddings='openai'.")
    # OpenAI's own variable: with no base URL but this key set, OpenAI is used.
    openai_api_key: SecretStr | None = Field(default=None, validation_alias="OPENAI_API_KEY")

    @property
    def llm_enabled(self) -> bool:
        return bool(self.llm_base_url or self.openai_api_key)

    def llm_endpoint(self) -> tuple[str, str, str]:
        """(base URL, key, model) of the configured model. The key is returned only to be sent to that URL."""
        if self.llm_base_url:
            key = self.llm_api_key.get_secret_value() if self.llm_api_key else "not-needed"
            return self.llm_base_url.rstrip("/"), key, self.llm_model or "default"
        if self.openai_api_key:
            key = (self.llm_api_key or self.openai_api_key).get_secret_value()
            return "https://api.openai.com/v1", key, self.llm_model or "gpt-4o-mini"
        raise ConfigError("no model configured: set ANALYST_LLM_BASE_URL (and ANALYST_LLM_MODEL, ANALYST_LLM_API_KEY) or OPENAI_API_KEY")

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        toml_file = os.environ.get("ANALYST_CONFIG", "analyst.toml")
        return (init_settings, env_settings, TomlConfigSettingsSource(settings_cls, toml_file=toml_file))


def load_settings(**overrides: Any) -> Settings:
    """Settings from all sources; ``overrides`` (CLI flags) win. ``None`` values are ignored."""
    given = {key: value for key, value in overrides.items() if value is not None}
    try:
        return Settings(**given)
    except ValueError as exc:  # pydantic's ValidationError is a ValueError
        first = str(exc).strip().splitlines()
        detail = " ".join(first[:3]) if first else "invalid value"
        raise ConfigError(f"invalid settings: {detail}") from None
