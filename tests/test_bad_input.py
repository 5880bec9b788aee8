"""The bad-input battery: one test per class of hostile or broken file, each written by the test.

Every bad file must fail alone with one line naming it and the reason, the good file beside it must be
ingested, and the store must stay consistent (nothing pending, every document exactly its chunks)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest

from analyst.service import Analyst, build_analyst
from analyst.types import IngestReport
from tests.conftest import make_settings, write_pdf

ROOT = Path(__file__).resolve().parents[1]
GOOD = "Zephyr Cloud signed a lease for 40 MW of data center capacity in Ohio for $310 million."


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    write_pdf(folder / "good.pdf", [[GOOD]])
    return folder


def _ingest(tmp_path: Path, model_dir: str, folder: Path, **settings: object) -> tuple[Analyst, IngestReport]:
    analyst = build_analyst(make_settings(tmp_path / "store", model_dir, **settings))
    return analyst, analyst.ingest([folder])


def _consistent(analyst: Analyst) -> None:
    assert analyst.store.unpublished_doc_ids() == set()
    for document in analyst.store.documents():
        assert len(analyst.store.chunks(doc_ids=[document.id])) == document.chunks
    assert analyst.store.count() == analyst.stats().chunks


def _fails_alone(tmp_path: Path, model_dir: str, write: Callable[[Path], Path], *reason: str, **settings: object) -> str:
    """Write one bad file beside a good one, ingest the folder; the bad file fails with a one-line reason."""
    folder = _folder(tmp_path)
    bad = write(folder)
    analyst, report = _ingest(tmp_path, model_dir, folder, **settings)
    assert [Path(p).name for p in report.ingested] == ["good.pdf"], report
    assert [Path(f.path) for f in report.failed] == [bad], report
    error = report.failed[0].error
    assert "\n" not in error and "Traceback" not in error and len(error) < 300
    for word in reason:
        assert word in error, error
    assert analyst.stats().documents == 1 and GOOD[:40] in " ".join(c.text for c in analyst.store.chunks())
    _consistent(analyst)
    return error


def _reads(tmp_path: Path, model_dir: str, write: Callable[[Path], Path], expected: str, **settings: object) -> Analyst:
    """A file that looks odd but is readable is ingested, with its text as written."""
    folder = _folder(tmp_path)
    odd = write(folder)
    analyst, report = _ingest(tmp_path, model_dir, folder, **settings)
    assert report.failed == [], report.failed
    assert sorted(Path(p).name for p in report.ingested) == sorted(["good.pdf", odd.name])
    assert expected in " ".join(c.text for c in analyst.store.chunks())
    _consistent(analyst)
    return analyst


def _raw_pdf(objects: list[bytes]) -> bytes:
    """A minimal PDF from object bodies (object 1 the catalog), with a correct cross-reference table."""
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"


_PAGE = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>"
_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


# ------------------------------------------------------------------------------------------ PDFs
def test_corrupt_pdf(tmp_path: Path, model_dir: str) -> None:
    def write(folder: Path) -> Path:
        (folder / "corrupt.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage without xref" + os.urandom(2000))
        return folder / "corrupt.pdf"

    _fails_alone(tmp_path, model_dir, write, "corrupt")


def test_truncated_pdf(tmp_path: Path, model_dir: str) -> None:
    def write(folder: Path) -> Path:
        whole = write_pdf(folder / "whole.tmp", [["Some text that will be cut off."] * 20] * 3).read_bytes()
        (folder / "whole.tmp").unlink()
        (folder / "truncated.pdf").write_bytes(whole[: len(whole) // 3])
        return folder / "truncated.pdf"

    _fails_alone(tmp_path, model_dir, write, "truncated")


def test_encrypted_pdf_without_a_password(tmp_path: Path, model_dir: str) -> None:
    def write(folder: Path) -> Path:
        return write_pdf(folder / "locked.pdf", [["Secret figures: revenue of $77 million."]], encrypt="s3cret")

    _fails_alone(tmp_path, model_dir, write, "encrypted", "ANALYST_PDF_PASSWORD")


def test_encrypted_pdf_with_a_wrong_password(tmp_path: Path, model_dir: str) -> None:
    def write(folder: Path) -> Path:
        return write_pdf(folder / "locked.pdf", [["Secret figures: revenue of $77 million."]], encrypt="s3cret")

    error = _fails_alone(tmp_path, model_dir, write, "password is wrong", pdf_password="not-the-password")
    assert "not-the-password" not in error  # the password is never printed


def test_image_only_pdf_says_it_has_no_text_layer(tmp_path: Path, model_dir: str) -> None:
    from fpdf import FPDF
    from PIL import Image, ImageDraw

    def write(folder: Path) -> Path:
        scan = Image.new("RGB", (800, 400), "white")
        ImageDraw.Draw(scan).text((40, 180), "Revenue was $12 million (a scanned page)", fill="black")
        buffer = io.BytesIO()
        scan.save(buffer, format="PNG")
        pdf = FPDF()
        pdf.add_page()
        pdf.image(buffer, x=10, y=10, w=190)
        pdf.output(str(folder / "scan.pdf"))
        return folder / "scan.pdf"

    _fails_alone(tmp_path, model_dir, write, "no text layer", "OCR")


def test_pdf_with_an_enormous_page_count(tmp_path: Path, model_dir: str) -> None:
    def write(folder: Path) -> Path:
        pages = 30_000  # one page object listed 30,000 times: a small file that claims a huge document
        kids = b" ".join(b"3 0 R" for _ in range(pages))
        data = _raw_pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
                         _PAGE, _stream(b"BT /F1 12 Tf 72 720 Td (Page text) Tj ET"), _FONT])
        (folder / "endless.pdf").write_bytes(data)
        return folder / "endless.pdf"

    _fails_alone(tmp_path, model_dir, write, "30,000 pages", "limit")


def _bomb(folder: Path) -> Path:
    inflater = zlib.compressobj(9)
    body = inflater.compress(b"BT /F1 12 Tf 72 720 Td (Bomb text) Tj ET\n")
    spaces = b" " * (1 << 20)
    for _ in range(600):  # 600 MB of content stream in well under a megabyte
        body += inflater.compress(spaces)
    body += inflater.flush()
    data = _raw_pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", _PAGE,
                     _stream(body, b"/Filter /FlateDecode "), _FONT])
    (folder / "bomb.pdf").write_bytes(data)
    return folder / "bomb.pdf"


def test_decompression_bomb_pdf_is_refused_with_memory_bounded(tmp_path: Path, model_dir: str) -> None:
    _fails_alone(tmp_path, model_dir, _bomb, "decompression bomb")
    # The same ingest in a fresh process: its peak memory stays far below what the stream inflates to.
    bomb = _bomb(tmp_path)
    measure = ("import resource, subprocess, sys; "
               "done = subprocess.run([sys.executable, '-m', 'analyst', 'ingest', sys.argv[1]], capture_output=True, text=True); "
               "print(done.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, repr(done.stderr))")
    env = {**os.environ, "ANALYST_MODEL_DIR": model_dir, "ANALYST_STORE": str(tmp_path / "bomb-store")}
    out = subprocess.run([sys.executable, "-c", measure, str(bomb)], capture_output=True, text=True, env=env, cwd=ROOT, timeout=600)
    code, peak_kb, stderr = out.stdout.split(" ", 2)
    assert code == "1" and "decompression bomb" in stderr and "Traceback" not in stderr
    assert int(peak_kb) < 450 * 1024, f"peak memory {int(peak_kb) // 1024} MB"


# ------------------------------------------------------------------------------------------ types and encodings
def test_empty_files(tmp_path: Path, model_dir: str) -> None:
    def write(folder: Path) -> Path:
        (folder / "empty.txt").write_bytes(b"")
        return folder / "empty.txt"

    _fails_alone(tmp_path, model_dir, write, "empty")


def test_whitespace_only_file(tmp_path: Path, model_dir: str) -> None:
    def write(folder: Path) -> Path:
        (folder / "blank.md").write_text(" \n\t\n\u3000\n" * 50, encoding="utf-8")
        return folder / "blank.md"

    _fails_alone(tmp_path, model_dir, write, "no text")


def test_file_whose_extension_lies_about_being_a_pdf(tmp_path: Path, model_dir: str) -> None:
    from PIL import Image

    def write(folder: Path) -> Path:
        Image.new("RGB", (64, 64), "red").save(folder / "picture.pdf", format="PNG")
        return folder / "picture.pdf"

    _fails_alone(tmp_path, model_dir, write, "not a PDF")


def test_pdf_and_html_saved_as_text_are_read_as_what_they_are(tmp_path: Path, model_dir: str) -> None:
    def write(folder: Path) -> Path:
        write_pdf(folder / "report.txt", [["Nimbus Grid reported revenue of $91 million for the quarter."]])
        return folder / "report.txt"

    analyst = _reads(tmp_path, model_dir, write, "Nimbus Grid reported revenue of $91 million")
    assert {d.name: d.pages for d in analyst.documents()}["report.txt"] == 1
    html = tmp_path / "page.md"
    html.write_text("<!doctype html><html><body><script>SCRIPT-CANARY</script><p>Ridge Bank lent $5 million.</p></body></html>",
                    encoding="utf-8")
    assert analyst.ingest([html]).failed == []
    texts = " ".join(c.text for c in analyst.store.chunks())
    assert "Ridge Bank lent $5 million." in texts and "SCRIPT-CANARY" not in texts and "<p>" not in texts


def test_binary_content_with_a_text_name(tmp_path: Path, model_dir: str) -> None:
    def write(folder: Path) -> Path:
        (folder / "archive.txt").write_bytes(b"PK\x03\x04\x14\x00\x00\x00" + os.urandom(4000))
        return folder / "archive.txt"

    _fails_alone(tmp_path, model_dir, write, "binary")


def test_text_that_starts_like_utf16_but_is_not(tmp_path: Path, model_dir: str) -> None:
    def write(folder: Path) -> Path:
        (folder / "notes.txt").write_bytes(b"\xff\xfe\x00\xd8garbage\x00\x01")  # a UTF-16 mark, then a lone surrogate
        return folder / "notes.txt"

    _fails_alone(tmp_path, model_dir, write, "binary", "UTF-16")


def test_invalid_utf8_windows_1252_text_is_read(tmp_path: Path, model_dir: str) -> None:
    def write(folder: Path) -> Path:
        (folder / "memo.txt").write_bytes("Caf\u00e9 Systems said \u201crevenue rose\u201d to \u20ac40 million.\n".encode("cp1252"))
        return folder / "memo.txt"

    _reads(tmp_path, model_dir, write, "Caf\u00e9 Systems said \u201crevenue rose\u201d to \u20ac40 million.")


def test_utf16_text_is_read(tmp_path: Path, model_dir: str) -> None:
    def write(folder: Path) -> Path:
        (folder / "memo16.txt").write_bytes("Orion Data booked $12 million from the Helix project.\n".encode("utf-16"))
        return folder / "memo16.txt"

    _reads(tmp_path, model_dir, write, "Orion Data booked $12 million from the Helix project.")


def test_gbk_chinese_markdown_is_read(tmp_path: Path, model_dir: str) -> None:
    text = "# 星辰科技公告\n\n星辰科技2025年营业收入为12亿元，同比增长18%。公司计划扩大数据中心投资。\n"

    def write(folder: Path) -> Path:
        (folder / "公告-gbk.md").write_bytes(text.encode("gbk"))
        return folder / "公告-gbk.md"

    analyst = _reads(tmp_path, model_dir, write, "营业收入为12亿元")
    assert {d.name: d.language for d in analyst.documents()}["公告-gbk.md"] == "zh"


def test_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path: Path, model_dir: str) -> None:
    def write(folder: Path) -> Path:
        with open(folder / "huge.txt", "wb") as handle:
            handle.truncate(3 * 1024 * 1024)  # sparse: three megabytes of nothing
        return folder / "huge.txt"

    error = _fails_alone(tmp_path, model_dir, write, "over the 1 MB limit", "ANALYST_MAX_FILE_MB", max_file_mb=1)
    assert "3.0 MB" in error


def test_html_of_only_scripts_and_iframes(tmp_path: Path, model_dir: str) -> None:
    def write(folder: Path) -> Path:
        (folder / "frames.html").write_text(
            "<html><head><script>document.write('PAYLOAD')</script></head><body>"
            "<iframe src='https://example.invalid/a'></iframe><script src='x.js'></script>"
            "<iframe srcdoc='<p>inner</p>'></iframe><noscript>enable js</noscript></body></html>", encoding="utf-8")
        return folder / "frames.html"

    _fails_alone(tmp_path, model_dir, write, "no readable text")


def test_unsupported_file_named_explicitly(tmp_path: Path, model_dir: str) -> None:
    analyst = build_analyst(make_settings(tmp_path / "store", model_dir))
    (tmp_path / "deck.pptx").write_bytes(b"PK\x03\x04 slides")
    report = analyst.ingest([tmp_path / "deck.pptx", tmp_path / "nowhere.md"])
    assert {Path(f.path).name: f.error for f in report.failed} == {
        "deck.pptx": "unsupported file type '.pptx' (supported: htm, html, markdown, md, pdf, txt, xhtml)",
        "nowhere.md": "no such file or folder",
    }


# ------------------------------------------------------------------------------------------ names and folders
ODD_NAMES = ["with space & ampersand.md", "-starts-with-dash.md", "back\\slash.md", "line\nbreak.md", "emoji-📈-报告.md",
             "quote'\"s.md", "x" * 240 + ".md", "dots..in..name.md"]


def test_names_with_odd_characters(tmp_path: Path, model_dir: str) -> None:
    folder = _folder(tmp_path)
    for number, name in enumerate(ODD_NAMES):
        (folder / name).write_text(f"# Note {number}\n\nVega Power number {number} sold {number + 10} MW to Lumen Grid.\n",
                                   encoding="utf-8")
    (folder / "bad\nname.pdf").write_bytes(b"%PDF-1.4 broken")
    analyst, report = _ingest(tmp_path, model_dir, folder)
    assert sorted(Path(p).name for p in report.ingested) == sorted([*ODD_NAMES, "good.pdf"])
    assert [Path(f.path).name for f in report.failed] == ["bad\nname.pdf"]
    assert {d.name for d in analyst.documents()} == {*ODD_NAMES, "good.pdf"}
    _consistent(analyst)
    # On the command line each failure stays one line: the newline in the name is shown escaped.
    env = {**os.environ, "ANALYST_MODEL_DIR": model_dir, "ANALYST_STORE": str(tmp_path / "cli-store")}
    result = subprocess.run([sys.executable, "-m", "analyst", "ingest", str(folder)], capture_output=True, text=True, env=env,
                            cwd=ROOT, timeout=600)
    errors = [line for line in result.stderr.splitlines() if line]
    assert result.returncode == 1 and len(errors) == 1 and "bad\\nname.pdf" in errors[0] and "corrupt" in errors[0]


def test_upload_names_with_path_separators_stay_inside_the_store(tmp_path: Path, model_dir: str) -> None:
    analyst = build_analyst(make_settings(tmp_path / "store", model_dir))
    names = ["../../etc/passwd.md", "..\\..\\windows\\evil.md", "/abs/path/notes.md", "C:\\Users\\x\\deal.MD", "\u202egnp.md",
             "nul\x00byte.md", "....md", "a/../../b.md"]
    for number, name in enumerate(names):
        report = analyst.add_upload(name, f"# Upload {number}\n\nTarn Storage opened site {number} in Reno.\n".encode())
        assert report.failed == [] and report.ingested == [name], (name, report)
    stored = sorted((tmp_path / "store" / "uploads").iterdir())
    assert len(stored) == len(names)
    for path in stored:
        assert path.parent == tmp_path / "store" / "uploads" and path.suffix == ".md"
        assert "/" not in path.name and "\\" not in path.name and ".." not in path.name and "\x00" not in path.name
    refused = analyst.add_upload("payload.exe", b"MZ\x90\x00")
    assert refused.failed and "unsupported file type '.exe'" in refused.failed[0].error
    limited = build_analyst(make_settings(tmp_path / "store", model_dir, max_file_mb=0.001)).add_upload("big.md", b"# Big\n\n" + b"x " * 2000)
    assert limited.failed and "limit" in limited.failed[0].error
    assert len(list((tmp_path / "store" / "uploads").iterdir())) == len(names)  # refused uploads are not kept


def test_symlink_loops_broken_links_and_fifos_in_a_folder(tmp_path: Path, model_dir: str) -> None:
    folder = _folder(tmp_path)
    (folder / "sub").mkdir()
    (folder / "sub" / "a.md").write_text("# Vesta Power\n\nVesta Power sold 300 MW of solar capacity to Lumen Grid.\n", encoding="utf-8")
    (folder / "sub" / "up").symlink_to(folder, target_is_directory=True)  # a loop back to the top
    (folder / "sub" / "self").symlink_to(folder / "sub" / "self")  # a link to itself
    (folder / "gone.md").symlink_to(folder / "does-not-exist.md")  # a broken link
    os.mkfifo(folder / "pipe.txt")  # reading it would block forever
    analyst, report = _ingest(tmp_path, model_dir, folder)
    assert sorted(Path(p).name for p in report.ingested) == ["a.md", "good.pdf"] and report.failed == []
    assert sorted(Path(s.path).name for s in report.skipped) == ["gone.md", "pipe.txt", "self"]
    assert all(s.error for s in report.skipped)
    _consistent(analyst)


def test_the_whole_battery_on_the_command_line(tmp_path: Path, model_dir: str) -> None:
    """All the failing classes in one folder through `analyst ingest`: one line per bad file, none for good ones."""
    folder = _folder(tmp_path)
    (folder / "corrupt.pdf").write_bytes(b"%PDF-1.7 garbage")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02" * 300)
    write_pdf(folder / "locked.pdf", [["Secret."]], encrypt="pw")
    (folder / "frames.html").write_text("<html><body><iframe src='x'></iframe><script>x()</script></body></html>", encoding="utf-8")
    _bomb(folder)
    env = {**os.environ, "ANALYST_MODEL_DIR": model_dir, "ANALYST_STORE": str(tmp_path / "store")}
    result = subprocess.run([sys.executable, "-m", "analyst", "ingest", str(folder), "--json"], capture_output=True, text=True,
                            env=env, cwd=ROOT, timeout=600)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    report = json.loads(result.stdout)
    assert [Path(p).name for p in report["ingested"]] == ["good.pdf"]
    assert sorted(Path(f["path"]).name for f in report["failed"]) == ["binary.txt", "bomb.pdf", "corrupt.pdf", "empty.txt",
                                                                     "frames.html", "locked.pdf"]
    plain = subprocess.run([sys.executable, "-m", "analyst", "ingest", str(folder)], capture_output=True, text=True,
                           env=env, cwd=ROOT, timeout=600)
    errors = [line for line in plain.stderr.splitlines() if line]
    assert len(errors) == 6 and all(line.startswith("error: " + str(folder)) for line in errors), errors


def test_nothing_bad_left_the_store_inconsistent_for_search(tmp_path: Path, model_dir: str) -> None:
    """After a folder of bad files, questions are answered from the good file only."""
    folder = _folder(tmp_path)
    (folder / "corrupt.pdf").write_bytes(b"%PDF-1.7 garbage")
    _bomb(folder)
    analyst, _ = _ingest(tmp_path, model_dir, folder)
    answer = analyst.ask("How much capacity did Zephyr Cloud lease in Ohio?")
    assert answer.citations and {c.doc for c in answer.citations} == {"good.pdf"}
    assert "40 MW" in answer.text


pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def test_a_stream_that_inflates_past_a_step_and_ends_inside_a_piece_is_checked_in_bounded_time() -> None:
    """A real filing's stream inflated to more than one step (1 MB) and ended inside the megabyte read with it: the bytes after
    its end stayed as the inflater's tail and the bomb check fed them back forever (the 10-K never ingested, memory grew)."""
    import threading
    import zlib

    from ingest.limits import check_pdf_streams

    data = (b"%PDF-1.4\n1 0 obj\n<</Filter/FlateDecode>>stream\n" + zlib.compress(b"0" * (3 * 1024 * 1024))
            + b"\nendstream\nendobj\n" + b"% the rest of the file\n" * 200)
    done = threading.Event()
    worker = threading.Thread(target=lambda: (check_pdf_streams(Path("filing.pdf"), data), done.set()), daemon=True)
    worker.start()
    worker.join(timeout=60)
    assert done.is_set(), "the bomb check did not finish on a well-formed stream"
