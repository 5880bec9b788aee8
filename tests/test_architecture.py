"""The layers point down only: shells -> facade -> core -> providers -> kernel (see ARCHITECTURE in the README)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

KERNEL = {"analyst.types", "analyst.protocols", "analyst.errors", "analyst.config", "analyst.prompts", "analyst.text",
          "analyst.lexicon", "analyst.numbers", "analyst"}
CORE_PREFIXES = ("ingest", "analyst.retrieval", "analyst.answer", "analyst.suggestions", "analyst.generate", "analyst.graph", "analyst.summaries", "analyst.brief")
PROVIDERS = ("analyst.providers",)
FACADE = ("analyst.service",)
SHELLS = ("analyst.cli", "analyst.ui", "app", "analyst.__main__")
LIBRARIES_ONLY_IN_PROVIDERS = ("chromadb", "langchain", "langchain_core", "langchain_openai", "openai", "onnxruntime", "bm25s", "pypdfium2", "tokenizers", "torch")


def layer(module: str) -> str:
    if module in KERNEL:
        return "kernel"
    if module.startswith(PROVIDERS):
        return "providers"
    if module.startswith(CORE_PREFIXES):
        return "core"
    if module.startswith(FACADE):
        return "facade"
    if module.startswith(SHELLS):
        return "shell"
    raise AssertionError(f"module {module} belongs to no layer: add it to tests/test_architecture.py")


ALLOWED = {
    "kernel": {"kernel"},
    "providers": {"kernel"},
    "core": {"kernel", "core"},
    "facade": {"kernel", "core", "providers"},
    "shell": {"kernel", "facade", "shell"},
}


def modules() -> dict[str, Path]:
    found = {"app": ROOT / "app.py"}
    for package in ("analyst", "ingest"):
        for path in (ROOT / package).rglob("*.py"):
            parts = path.relative_to(ROOT).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            found[name] = path
    found.pop("analyst.providers.export_minilm", None)  # a script run with another Python, never imported
    return found


def imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def test_imports_point_down_only() -> None:
    ours = modules()
    wrong = []
    for name, path in ours.items():
        here = layer(name)
        for target in imports(path):
            if target.split(".")[0] not in {"analyst", "ingest", "app"}:
                library = target.split(".")[0]
                if library in LIBRARIES_ONLY_IN_PROVIDERS and here not in {"providers"}:
                    if not (here == "core" and library in {"pypdfium2"}):  # loaders read PDFs themselves
                        wrong.append(f"{name} imports the library {target}")
                continue
            owner = target if target in ours else target.rsplit(".", 1)[0]
            if layer(owner) not in ALLOWED[here]:
                wrong.append(f"{name} ({here}) imports {target} ({layer(owner)})")
    assert not wrong, "\n".join(wrong)


def test_the_rule_catches_a_wrong_arrow(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from analyst.service import build_analyst\nimport chromadb\n", encoding="utf-8")
    names = imports(bad)
    assert "analyst.service" in names and "chromadb" in names
    assert layer("analyst.service") not in ALLOWED["kernel"]


def test_no_module_binds_a_top_level_name_twice() -> None:
    """A pattern defined twice under one name silently replaces the first everywhere it is used (the link rules are long flat
    lists of module-level patterns: a second `_ZH_SUPPLIED_BY` once dropped the first one's links)."""
    twice = []
    for path in [*ROOT.glob("analyst/**/*.py"), *ROOT.glob("ingest/**/*.py"), ROOT / "app.py"]:
        seen: set[str] = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) and node.value else []
            for target in targets:
                if isinstance(target, ast.Name):
                    if target.id in seen:
                        twice.append(f"{path.relative_to(ROOT)}: {target.id}")
                    seen.add(target.id)
    assert not twice, twice
