"""End to end in headless Chromium (Playwright): the real site served by waitress.

Flow search → result → person → municipality with screenshots in ``test-artifacts/``,
axe-core on every page type (no serious or critical violations), hostile documents and
queries (no script runs), no CSP violations, keyboard, phone width and JavaScript off.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import missing_tool
from web_fixtures import HOHEN_NEUENDORF, HOSTILE_ID, SEED_ID, build_archive

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parent.parent
ARTIFACTS = REPO / "test-artifacts"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _axe_path() -> Path | None:
    for candidate in (os.environ.get("AXE_CORE_JS"), REPO / "node_modules" / "axe-core" / "axe.min.js"):
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    return None


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    waitress = pytest.importorskip("waitress")
    from web.app import create_app

    data_dir = tmp_path_factory.mktemp("browserdata")
    build_archive(data_dir)
    app = create_app(data_dir)
    server = waitress.create_server(app, host="127.0.0.1", port=0, threads=4)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.effective_port}"
    server.close()
    thread.join(timeout=5)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        missing_tool(f"no Chromium at {CHROMIUM}")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


class Watch:
    """Collects script errors, console errors (CSP violations) and dialogs of a page."""

    def __init__(self, page: Any) -> None:
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        page.on("console", lambda msg: msg.type == "error" and self.errors.append(msg.text))
        page.on("dialog", self._dialog)

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()


@pytest.fixture()
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(locale="de-DE", viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.watch = Watch(pg)
    yield pg
    context.close()


def shot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_search_result_person_municipality(page: Any, base_url: str) -> None:
    page.goto(base_url + "/")
    shot(page, "01-start")
    page.fill("#start-suche", "Zweckverband konstituiert")
    page.press("#start-suche", "Enter")
    page.wait_for_url("**/suche?**")
    assert page.locator(".hit").count() >= 1
    assert page.locator(".hit mark").count() >= 1
    shot(page, "02-suche")
    page.locator(".hit-title a").first.click()
    page.wait_for_url(f"**/mitteilung/{SEED_ID}")
    assert page.locator(".speaker").count() == 6
    assert page.locator(".member-list li").count() == 29
    assert page.locator(".member-list a[href^='/gemeinde/']").count() >= 28
    shot(page, "03-mitteilung")
    page.get_by_role("link", name="Dr. Benjamin Grimm", exact=True).click()
    page.wait_for_url("**/person/benjamin-grimm")
    assert page.locator("h1").inner_text() == "Dr. Benjamin Grimm"
    assert page.locator(".quote").count() >= 2
    shot(page, "04-person")
    page.go_back()
    page.get_by_role("link", name="Hohen Neuendorf", exact=True).first.click()
    page.wait_for_url(f"**/gemeinde/{HOHEN_NEUENDORF}")
    assert "Hohen Neuendorf" in page.locator("h1").inner_text()
    shot(page, "05-gemeinde")
    assert page.watch.errors == [], page.watch.errors


def test_quote_permalink_anchor(page: Any, base_url: str) -> None:
    page.goto(f"{base_url}/person/benjamin-grimm")
    href = page.locator(".quote a").first.get_attribute("href")
    page.goto(base_url + href)
    anchor = href.split("#", 1)[1]
    assert page.locator(f"#{anchor} blockquote").is_visible()


def test_hostile_document_and_query_run_no_script(page: Any, base_url: str) -> None:
    page.goto(f"{base_url}/mitteilung/{HOSTILE_ID}")
    assert "<script>window.__pwned=1</script>" in page.locator("h1").inner_text()
    page.goto(base_url + "/suche?q=Feindlich")
    hostile_q = "%22%3E%3Cscript%3Ealert(1)%3C/script%3E%3Cimg%20src=x%20onerror=alert(2)%3E"
    page.goto(f"{base_url}/suche?q={hostile_q}")
    assert "<script>alert(1)</script>" in page.locator("#q").input_value()
    shot(page, "06-feindlich")
    assert page.evaluate("() => window.__pwned") is None
    assert page.watch.dialogs == []
    assert page.locator("img").count() == 0


def test_no_csp_violations_and_autocomplete(page: Any, base_url: str) -> None:
    for path in ["/", "/suche?q=Digitalisierung", f"/mitteilung/{SEED_ID}", f"/gemeinde/{HOHEN_NEUENDORF}"]:
        page.goto(base_url + path)
    page.goto(base_url + "/suche")
    page.fill("#q", "Gri")
    page.locator("#q").press("m")
    page.wait_for_selector(".ac-list li", timeout=5000)
    assert "Grimm" in page.locator(".ac-list").inner_text()
    assert page.watch.errors == [], page.watch.errors


def test_keyboard_skip_link_and_focus(page: Any, base_url: str) -> None:
    page.goto(base_url + "/suche?q=Digitalisierung")
    page.keyboard.press("Tab")
    focused = page.evaluate("() => document.activeElement.textContent")
    assert focused == "Zum Inhalt springen"
    outline = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("none", "")
    box = page.locator(".skip-link").bounding_box()
    assert box and box["y"] >= 0


def test_phone_width_has_no_horizontal_scroll(browser: Any, base_url: str) -> None:
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True)
    pg = context.new_page()
    pages = [("start", "/"), ("suche", "/suche?q=Digitalisierung"), ("mitteilung", f"/mitteilung/{SEED_ID}")]
    for name, path in pages:
        pg.goto(base_url + path)
        overflow = pg.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1, (path, overflow)
        shot(pg, f"07-handy-{name}")
    context.close()


def test_works_without_javascript(browser: Any, base_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    pg = context.new_page()
    pg.goto(base_url + "/")
    pg.fill("#start-suche", "Digitalisierung")
    pg.press("#start-suche", "Enter")
    pg.wait_for_url("**/suche?**")
    pg.get_by_role("link", name="Nächste Seite").click()
    assert "seite=2" in pg.url
    pg.locator(".facet a").first.click()
    assert pg.locator(".active-filters").count() == 1
    assert "seite=" not in pg.url
    context.close()


def test_print_stylesheet_hides_navigation(page: Any, base_url: str) -> None:
    page.goto(f"{base_url}/mitteilung/{SEED_ID}")
    page.emulate_media(media="print")
    assert not page.locator(".site-header").is_visible()
    assert page.locator(".release-body").is_visible()


AXE_PAGES = {
    "start": "/",
    "suche": "/suche?q=Digitalisierung",
    "suche-leer": "/suche?q=xyzzyqwertz",
    "mitteilung": f"/mitteilung/{SEED_ID}",
    "feindlich": f"/mitteilung/{HOSTILE_ID}",
    "person": "/person/benjamin-grimm",
    "personen": "/personen",
    "gemeinde": f"/gemeinde/{HOHEN_NEUENDORF}",
    "ueber": "/ueber",
    "fehler-404": "/gibt-es-nicht",
    "fehler-400": "/suche?q=a&seite=0",
}


@pytest.mark.parametrize("name", list(AXE_PAGES))
def test_accessibility_axe(browser: Any, base_url: str, name: str) -> None:
    axe = _axe_path()
    if axe is None:
        missing_tool("axe-core not found: run `npm install --no-save axe-core@4` or set AXE_CORE_JS")
    context = browser.new_context(locale="de-DE", bypass_csp=True)
    pg = context.new_page()
    pg.goto(base_url + AXE_PAGES[name])
    pg.evaluate(axe.read_text(encoding="utf-8"))
    result = pg.evaluate(
        """async () => await axe.run(document, {runOnly: {type: 'tag',
            values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})"""
    )
    context.close()
    bad = [
        f"{v['id']} ({v['impact']}): {v['help']} – {[n['target'] for n in v['nodes'][:3]]}"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert bad == [], "\n".join(bad)
