"""Shared helpers of the browser checks: the demo's address, results, axe-core audit, keyboard helpers, screenshots."""

import os
import re
import sys
import time

from axe_playwright_python.sync_playwright import Axe

ARGS = [a for a in sys.argv[1:] if not a.startswith("--")]
BASE = ARGS[0].rstrip("/") if ARGS else "http://127.0.0.1:8181"
# --screenshots DIR: each call to shot() saves the page at 1280 px and 375 px wide into DIR.
SCREENSHOTS = next((sys.argv[i + 1] for i, a in enumerate(sys.argv[:-1]) if a == "--screenshots"), None)
PASSWORD = "parcours-demo-2026"
ROLES = ["referent", "responsable", "ofii", "prefecture", "dreets", "national", "partenaire", "dpo", "admin"]
SERIOUS = {"serious", "critical"}

axe = Axe()
results = {"passed": 0, "failed": 0}


def check(name, ok, detail=""):
    results["passed" if ok else "failed"] += 1
    print(("ok   " if ok else "FAIL ") + name + ("" if ok else " : " + detail), flush=True)


def audit(page, name):
    """No serious or critical axe-core violation on the page as it is now."""
    violations = [v for v in axe.run(page).response["violations"] if v.get("impact") in SERIOUS]
    detail = "; ".join(f"{v['id']} ({v['impact']}): {len(v['nodes'])} élément(s)" for v in violations)
    check(f"axe {name}", not violations, detail)


def focused(page):
    return page.evaluate(
        "() => { const e = document.activeElement; return e ? (e.id || e.name || e.textContent || e.tagName).trim() : ''; }"
    )


def tab_until(page, predicate, limit=40):
    """Presses Tab until the focused element satisfies `predicate`; False if it never does."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(predicate):
            return True
    return False


def skip_link_works(page, name):
    page.keyboard.press("Tab")
    first = page.evaluate("() => document.activeElement.classList.contains('skip-link')")
    page.keyboard.press("Enter")
    in_main = page.evaluate("() => document.activeElement.id === 'contenu' || location.hash === '#contenu'")
    check(f"clavier {name} : lien d'évitement en premier et fonctionnel", first and in_main, f"focus={focused(page)}")


def login_with_keyboard(page, role):
    page.goto(BASE + "/connexion")
    page.keyboard.press("Tab")  # skip link
    ok = tab_until(page, "() => document.activeElement.id === 'champ-email'")
    page.keyboard.type(f"{role}@demo.parcours.test")
    page.keyboard.press("Tab")
    on_password = page.evaluate("() => document.activeElement.id === 'champ-password'")
    page.keyboard.type(PASSWORD)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    arrived = page.url.endswith("/accueil")
    check(f"clavier connexion {role}", ok and on_password and arrived, f"url={page.url}")
    return arrived


def logout_with_keyboard(page, role):
    page.goto(BASE + "/accueil")
    ok = tab_until(page, "() => document.activeElement.textContent.trim() === 'Se déconnecter'")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    check(f"clavier déconnexion {role}", ok and "/connexion" in page.url, f"url={page.url}")


def row_text(page, caption, header):
    """The text of the row whose header cell is `header`, in the table with this caption."""
    return page.locator(f"table:has(caption:has-text(\"{caption}\")) tr:has(th:has-text(\"{header}\"))").first.inner_text()




def shot(page, name):
    """With --screenshots DIR, saves the page as it is now at 1280 px and at 375 px wide (full page)."""
    if not SCREENSHOTS:
        return
    os.makedirs(SCREENSHOTS, exist_ok=True)
    safe = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    size = page.viewport_size
    for width in (1280, 375):
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=os.path.join(SCREENSHOTS, f"{safe}-{width}.png"), full_page=True)
    if size:
        page.set_viewport_size(size)
