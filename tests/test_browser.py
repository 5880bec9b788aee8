"""The running app in a real headless browser (Debian's chromium, driven by Playwright), as a user sees it."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from analyst.service import Analyst

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / ".artifacts"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

pytestmark = pytest.mark.browser


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture()
def running_app(corpus_analyst: Analyst, model_dir: str, tmp_path: Path) -> Iterator[str]:
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed: .ci/run installs it with apt-get")
        pytest.skip("chromium is not installed (apt-get install chromium); CI runs this test")
    port = _free_port()
    log = open(tmp_path / "streamlit.log", "w")  # a file, not a pipe: a full pipe would stall the server
    env = {**os.environ, "ANALYST_STORE": corpus_analyst.store.location, "ANALYST_MODEL_DIR": model_dir}
    server = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.headless", "true",
         "--server.address", "127.0.0.1", "--server.port", str(port), "--browser.gatherUsageStats", "false"],
        stdout=log, stderr=subprocess.STDOUT, env=env, cwd=ROOT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                    if response.read().decode().strip() == "ok":
                        break
            except OSError:
                time.sleep(0.3)
        else:
            pytest.fail("the app did not start: " + (tmp_path / "streamlit.log").read_text()[-2000:])
        yield url
    finally:
        server.terminate()
        server.wait(timeout=20)
        log.close()


def _launch(p):  # type: ignore[no-untyped-def]
    return p.chromium.launch(
        executable_path=CHROMIUM, headless=True,
        args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
              "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"],
    )


def _ask(page, question: str) -> None:  # type: ignore[no-untyped-def]
    box = page.get_by_test_id("stChatInputTextArea")
    box.wait_for(timeout=60000)
    box.fill(question)
    box.press("Enter")


def test_a_user_asks_switches_to_chinese_and_uses_the_library(running_app: str) -> None:
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = _launch(p)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 1300})
            page.goto(running_app, wait_until="domcontentloaded")
            page.get_by_text("Try one of these").wait_for(timeout=60000)
            page.screenshot(path=str(ARTIFACTS / "ask-first-visit-1280.png"))
            _ask(page, "How much did Acme spend on capital expenditures in the quarter?")
            page.get_by_text("acme-q3-2025-results.pdf · page 3").first.wait_for(timeout=60000)
            body = page.inner_text("body")
            assert "$96 million" in body and "Traceback" not in body
            page.get_by_text("acme-q3-2025-results.pdf · page 3").first.click()
            page.get_by_text("Capital expenditures were $96 million").nth(1).wait_for(timeout=10000)
            page.screenshot(path=str(ARTIFACTS / "ask-answer-1280.png"))

            page.get_by_text("中文").first.click()
            page.get_by_text("向文档提问").wait_for(timeout=30000)
            _ask(page, "墨西哥新工厂的投资金额是多少？")
            page.get_by_text("acme-news-zh.txt").first.wait_for(timeout=60000)
            assert "3亿美元" in page.inner_text("body")
            page.screenshot(path=str(ARTIFACTS / "ask-chinese-1280.png"))

            page.get_by_role("link", name="文档库").first.click()
            page.get_by_role("heading", name="文档库").wait_for(timeout=30000)
            page.get_by_text("添加文档").first.wait_for(timeout=30000)
            page.wait_for_timeout(1000)  # the table draws on a canvas after the page settles
            page.screenshot(path=str(ARTIFACTS / "library-chinese-1280.png"))

            page.get_by_role("link", name="关系图").first.click()
            page.get_by_role("heading", name="资金往来关系图").wait_for(timeout=30000)
            page.locator("svg").first.wait_for(timeout=30000)
            page.wait_for_timeout(1000)
            page.screenshot(path=str(ARTIFACTS / "links-chinese-1280.png"))

            phone = browser.new_page(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
            phone.goto(running_app, wait_until="domcontentloaded")
            _ask(phone, "What is the value of the supply agreement with Borealis Motors?")
            phone.get_by_text("acme-supply-deal.html").first.wait_for(timeout=60000)
            assert "$240 million" in phone.inner_text("body")
            phone.screenshot(path=str(ARTIFACTS / "ask-answer-390.png"))
        finally:
            browser.close()


def test_eight_people_use_the_app_at_once_and_keep_their_own_chats(running_app: str) -> None:
    """Eight browser sessions against one server, each asking two questions at the same time: no errors,
    every session shows its own answers and none of the other sessions' questions."""
    import asyncio

    from playwright.async_api import async_playwright

    from tests.test_crash_concurrency import QUESTIONS

    questions = list(QUESTIONS)

    async def session(browser, number: int) -> str:  # type: ignore[no-untyped-def]
        context = await browser.new_context(viewport={"width": 1280, "height": 1600})  # its own cookies: its own session
        page = await context.new_page()
        await page.goto(running_app, wait_until="domcontentloaded")
        for question in (questions[number], questions[(number + 1) % 8]):
            box = page.get_by_test_id("stChatInputTextArea")
            await box.wait_for(timeout=120000)
            await box.fill(question)
            await box.press("Enter")
            await page.wait_for_function("t => document.body.innerText.includes(t)", arg=QUESTIONS[question], timeout=180000)
        body = await page.inner_text("body")
        await context.close()
        return body

    async def everyone() -> list[str]:
        async with async_playwright() as p:
            browser = await p.chromium.launch(
                executable_path=CHROMIUM, headless=True,
                args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                      "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"])
            try:
                return await asyncio.gather(*(session(browser, n) for n in range(8)))
            finally:
                await browser.close()

    bodies = asyncio.run(everyone())
    for number, body in enumerate(bodies):
        mine = {questions[number], questions[(number + 1) % 8]}
        assert "Traceback" not in body, number
        for question in mine:
            assert question in body and QUESTIONS[question] in body, (number, question)
        assert not any(q in body for q in QUESTIONS if q not in mine), number  # nobody else's questions
