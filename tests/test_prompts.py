import pytest

from analyst import prompts
from analyst.errors import ConfigError


def test_every_prompt_renders_with_exactly_its_variables() -> None:
    assert prompts.names(), "no prompts found"
    for name in prompts.names():
        wanted = prompts.variables(prompts.load(name))
        text = prompts.render(name, **{v: f"<{v}>" for v in wanted})
        for v in wanted:
            assert f"<{v}>" in text


def test_missing_or_extra_variables_are_refused() -> None:
    wanted = prompts.variables(prompts.load("answer"))
    values = {v: "x" for v in wanted}
    with pytest.raises(ConfigError, match="missing"):
        prompts.render("answer", **{k: v for k, v in list(values.items())[1:]})
    with pytest.raises(ConfigError, match="unexpected"):
        prompts.render("answer", **values, surprise="y")
