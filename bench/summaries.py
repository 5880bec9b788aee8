"""Key points of earnings calls against ECTSum's reference bullets (495 test transcripts).

    .venv/bin/pip install rouge-score py-rouge     # scorers, once
    .venv/bin/python bench/summaries.py [--data ../shared/eval/ectsum] [--skip N] [--limit N] [--bullets 5] [--cut-to-reference]
    .venv/bin/python bench/summaries.py --limit 100      # the development set: the first 100 transcripts (alphabetical)
    .venv/bin/python bench/summaries.py --skip 100       # the held-out 395, never looked at while developing

Each transcript goes through the product's own loader, chunker and offline key-point selector (no
model, nothing fitted to ECTSum). Scored as in the data's README: rouge-score (ROUGE-1/2/L F1, Porter
stemming) and py-rouge in the ECTSum paper's configuration, averaged over documents; and the share of
numbers in the output that appear in the transcript. --cut-to-reference keeps as many bullets as the
reference has (at most 8), the way the paper's released ECT-BPS outputs were cut. --skip N leaves out
the first N transcripts (alphabetical), --limit N keeps N after that; --dump FILE writes each
transcript's output and reference for reading (outside the repository: the data is for benchmarks only).
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analyst.lexicon import default_lexicon  # noqa: E402
from analyst.summaries import key_points  # noqa: E402
from analyst.types import Document  # noqa: E402
from ingest.chunking import chunk_blocks  # noqa: E402
from ingest.loaders import load_text  # noqa: E402
from ingest.metadata import detect  # noqa: E402

NUM = re.compile(r"\d+(?:[.,]\d+)*")


def numbers(text: str) -> set[str]:
    out = set()
    for m in NUM.findall(text):
        try:
            out.add(f"{float(m.replace(',', '')):.4f}".rstrip("0").rstrip("."))
        except ValueError:
            continue
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "eval" / "ectsum"))
    parser.add_argument("--skip", type=int, default=0, help="leave out the first N transcripts (alphabetical)")
    parser.add_argument("--limit", type=int, default=0, help="keep N transcripts (after --skip)")
    parser.add_argument("--bullets", type=int, default=5, help="key points per transcript (the product's default: 5)")
    parser.add_argument("--dump", default="", help="write outputs and references to this file")
    parser.add_argument("--cut-to-reference", action="store_true")
    args = parser.parse_args()

    import rouge as pyrouge
    from rouge_score import rouge_scorer

    pyrouge.Rouge.tokenize_text = staticmethod(lambda text, language="english": text.split())
    rs = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    pr = pyrouge.Rouge(metrics=["rouge-n", "rouge-l"], max_n=2, length_limit_type="words", apply_avg=True,
                       apply_best=False, alpha=0.5, weight_factor=1.2, stemming=True)
    data = Path(args.data)
    names = sorted(p.name for p in (data / "ects").glob("*.txt"))
    names = names[args.skip:]
    if args.limit:
        names = names[: args.limit]
    dump = open(args.dump, "w", encoding="utf-8") if args.dump else None  # noqa: SIM115
    scores: dict[str, list[float]] = {k: [] for k in ("r1", "r2", "rl", "pr1", "pr2", "prl")}
    found = total = 0
    words = []
    started = time.perf_counter()
    lexicon = default_lexicon()
    for name in names:
        path = data / "ects" / name
        text = path.read_text(encoding="utf-8", errors="replace")
        reference = [line.strip() for line in (data / "gt_summaries" / name).read_text(encoding="utf-8").splitlines() if line.strip()]
        loaded = load_text(path, text, markdown=False)
        meta = detect(loaded, path, lexicon)  # the product's own metadata (period, company), as an ingest gives
        document = Document(id=name, source=str(path), **{**meta, "title": name, "doc_type": "call transcript"})  # type: ignore[arg-type]
        chunks = chunk_blocks(loaded.blocks, document)
        limit = min(len(reference), 8) if args.cut_to_reference else args.bullets
        bullets = [b.text for b in key_points(chunks, document, limit)]
        prediction, ref = "\n".join(bullets), "\n".join(reference)
        s = rs.score(ref, prediction)
        scores["r1"].append(s["rouge1"].fmeasure)
        scores["r2"].append(s["rouge2"].fmeasure)
        scores["rl"].append(s["rougeL"].fmeasure)
        p = pr.get_scores([prediction], [ref])
        scores["pr1"].append(p["rouge-1"]["f"])
        scores["pr2"].append(p["rouge-2"]["f"])
        scores["prl"].append(p["rouge-l"]["f"])
        predicted = numbers(prediction)
        source = numbers(text)
        found += len(predicted & source)
        total += len(predicted)
        words.append(len(prediction.split()))
        if dump:
            dump.write(f"=== {name}  R-1 {s['rouge1'].fmeasure:.3f}\n--- output\n{prediction}\n--- reference\n{ref}\n\n")
    elapsed = time.perf_counter() - started
    print(f"command: {' '.join(sys.argv)}")
    print(f"transcripts: {len(names)} ({names[0]} to {names[-1]}); bullets: {'as many as the reference (max 8)' if args.cut_to_reference else args.bullets}; "
          f"mean output words: {statistics.mean(words):.0f}; {elapsed:.1f} s")
    print(f"rouge-score  R-1 {statistics.mean(scores['r1']):.3f}  R-2 {statistics.mean(scores['r2']):.3f}  R-L {statistics.mean(scores['rl']):.3f}")
    print(f"py-rouge     R-1 {statistics.mean(scores['pr1']):.3f}  R-2 {statistics.mean(scores['pr2']):.3f}  R-L {statistics.mean(scores['prl']):.3f}")
    print(f"numbers in the output found in the transcript: {found}/{total} = {100 * found / max(1, total):.1f}%")


if __name__ == "__main__":
    main()
