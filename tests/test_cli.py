"""The `analyst` command as a user runs it: real processes, JSON contracts, exit codes, help texts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str, store: Path, model_dir: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "ANALYST_MODEL_DIR": model_dir, "ANALYST_STORE": str(store), **(env or {})}
    return subprocess.run([sys.executable, "-m", "analyst", *args], capture_output=True, text=True, env=environment, cwd=ROOT, timeout=300)


@pytest.fixture()
def store(tmp_path: Path) -> Path:
    return tmp_path / "store"


def test_ingest_ask_stats_json_contracts(corpus: Path, store: Path, model_dir: str) -> None:
    result = run("ingest", str(corpus), "--json", store=store, model_dir=model_dir)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert set(report) >= {"ingested", "unchanged", "failed", "chunks_added"}
    assert len(report["ingested"]) == 5 and report["failed"] == [] and report["chunks_added"] > 0

    again = json.loads(run("ingest", str(corpus), "--json", store=store, model_dir=model_dir).stdout)
    assert again["ingested"] == [] and len(again["unchanged"]) == 5 and again["chunks_added"] == 0

    asked = run("ask", "How much revenue did the surgical segment contribute?", "--json", "--k", "3", store=store, model_dir=model_dir)
    assert asked.returncode == 0, asked.stderr
    answer = json.loads(asked.stdout)
    assert answer["mode"] == "extractive" and answer["question"].startswith("How much revenue")
    assert len(answer["citations"]) == 3
    assert answer["citations"][0]["doc"] == "acme-q3-2025-results.pdf" and answer["citations"][0]["page"] == 2
    assert set(answer["citations"][0]) == {"doc", "source", "title", "page", "quote", "score"}

    stats = json.loads(run("stats", "--json", store=store, model_dir=model_dir).stdout)
    assert stats["documents"] == 5 and stats["chunks"] > 5


def test_human_output_cites_pages(corpus: Path, store: Path, model_dir: str) -> None:
    run("ingest", str(corpus), store=store, model_dir=model_dir)
    result = run("ask", "How much did Acme spend on capital expenditures in the quarter?", store=store, model_dir=model_dir)
    assert result.returncode == 0
    assert "Sources:" in result.stdout and "acme-q3-2025-results.pdf, page 3" in result.stdout


def test_a_failed_file_sets_exit_status_one_and_others_still_ingest(tmp_path: Path, store: Path, model_dir: str) -> None:
    (tmp_path / "good.md").write_text("# Polaris Grid\n\nPolaris Grid sold 80 MW to Kestrel Data.\n", encoding="utf-8")
    (tmp_path / "bad.pdf").write_bytes(b"%PDF-1.4 broken")
    result = run("ingest", str(tmp_path / "good.md"), str(tmp_path / "bad.pdf"), store=store, model_dir=model_dir)
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "bad.pdf" in errors[0]
    assert "Traceback" not in result.stderr
    assert "ingested 1 file(s)" in result.stdout


def test_usage_errors_exit_two(store: Path, model_dir: str) -> None:
    assert run("ask", store=store, model_dir=model_dir).returncode == 2
    assert run("ingest", "--no-such-flag", "x", store=store, model_dir=model_dir).returncode == 2


def test_missing_model_is_one_clear_line(tmp_path: Path, store: Path) -> None:
    result = run("stats", store=store, model_dir=str(tmp_path / "no-model"))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "make model" in result.stderr and "Traceback" not in result.stderr


def test_every_command_has_help() -> None:
    from typer.main import get_command

    from analyst.cli import app

    group = get_command(app)
    commands = group.commands  # type: ignore[attr-defined]
    assert {"ingest", "ask", "stats", "setup", "documents", "remove"} <= set(commands)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, command in commands.items():
        assert command.help and len(command.help) > 20, name
        assert f"analyst {name}" in readme, f"README does not show `analyst {name}`"
