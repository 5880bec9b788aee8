"""Prompt templates are files: ``prompts/<name>.md`` with ``{variable}`` placeholders.

``render`` checks that every placeholder is supplied and that no extra value is passed, so a prompt
and the code that fills it cannot drift apart silently. Literal braces are written ``{{`` and ``}}``.
"""

from __future__ import annotations

import string
from pathlib import Path

from analyst.errors import ConfigError

PROMPTS_DIR = Path(__file__).resolve().parents[1] / "prompts"


def names() -> list[str]:
    return sorted(p.stem for p in PROMPTS_DIR.glob("*.md") if p.stem.lower() != "readme")


def variables(template: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(template) if field}


def load(name: str) -> str:
    path = PROMPTS_DIR / f"{name}.md"
    if not path.is_file():
        raise ConfigError(f"prompt '{name}' not found in {PROMPTS_DIR}")
    return path.read_text(encoding="utf-8")


def render(name: str, **values: str) -> str:
    template = load(name)
    wanted = variables(template)
    missing = wanted - values.keys()
    extra = values.keys() - wanted
    if missing or extra:
        raise ConfigError(f"prompt '{name}': missing {sorted(missing)}, unexpected {sorted(extra)}")
    return template.format(**values)
