"""The local embedder: real all-MiniLM-L6-v2 on onnxruntime, no torch, no network."""

from __future__ import annotations

import subprocess
import sys

import numpy as np

from analyst.providers.local_embedder import LocalEmbedder


def test_vectors_are_unit_length_and_order_independent(model_dir: str) -> None:
    embedder = LocalEmbedder(model_dir, batch_size=4)
    texts = ["Nvidia will invest up to $100 billion in OpenAI.", "short", "The weather is mild today in the harbour town. " * 5,
             "How much will Nvidia invest in OpenAI?", "", "资本支出"]
    vectors = np.array(embedder.embed(texts))
    assert vectors.shape == (6, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    alone = np.array(embedder.embed([texts[3]]))[0]
    assert np.allclose(alone, vectors[3], atol=1e-4)  # padding within a batch does not change a vector
    assert vectors[3] @ vectors[0] > 0.7 > vectors[3] @ vectors[2]


def test_int8_model_stays_close_to_fp32(model_dir: str) -> None:
    texts = [f"Quarterly revenue rose {i}% on data center demand and cloud growth." for i in range(10)]
    full = np.array(LocalEmbedder(model_dir).embed(texts))
    quantized = np.array(LocalEmbedder(model_dir, quantized=True).embed(texts))
    assert float((full * quantized).sum(axis=1).mean()) > 0.97


def test_runtime_never_imports_torch(model_dir: str) -> None:
    code = (
        "import sys\nfrom analyst.providers.local_embedder import LocalEmbedder\n"
        f"LocalEmbedder({model_dir!r}).embed(['hello'])\n"
        "from analyst.service import build_analyst\n"
        "assert 'torch' not in sys.modules and 'sentence_transformers' not in sys.modules, 'torch imported'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def test_missing_model_says_what_to_run(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from analyst.errors import ProviderError

    try:
        LocalEmbedder(tmp_path / "nothing-here")
    except ProviderError as exc:
        assert "make model" in str(exc) and "analyst setup" in str(exc)
    else:
        raise AssertionError("expected a ProviderError")
