"""Security checks in a real browser: the re-authentication asked before sensitive changes on « Mon compte »
(a token needs the current password, turning the second factor off needs a code), with axe-core and the keyboard."""

import pyotp

from common import BASE, PASSWORD, audit, check, login_with_keyboard, logout_with_keyboard, shot, tab_until

ROLE = "dreets"


def submit(page, selector):
    with page.expect_navigation():
        page.click(selector)


def token_needs_the_password(page):
    page.goto(BASE + "/compte")
    form = "main form[action='/compte/jetons']"
    reached = tab_until(page, "() => document.activeElement.id === 'champ-password'", limit=80)
    check("réauthentification : champ mot de passe du jeton atteint au clavier", reached)
    page.fill("#champ-name", "contrôle navigateur")
    submit(page, f"{form} button[type=submit]")
    field = page.locator("#champ-password")
    check(
        "réauthentification : jeton refusé sans mot de passe",
        field.get_attribute("aria-invalid") == "true" and "/compte/jetons" in page.url,
        page.url,
    )
    audit(page, "jeton sans mot de passe")
    shot(page, "jeton sans mot de passe")
    page.fill("#champ-name", "contrôle navigateur")
    page.fill("#champ-password", PASSWORD)
    submit(page, f"{form} button[type=submit]")
    check("réauthentification : jeton créé avec le mot de passe", page.locator("code.secret").count() == 1)


def second_factor_off_needs_a_code(page):
    page.goto(BASE + "/compte/double-authentification")
    key = page.inner_text("code.secret")
    page.fill("#champ-code", pyotp.TOTP(key).now())
    submit(page, "main form button[type=submit]")
    recovery = page.locator(".recovery-codes li").first.inner_text().strip()
    page.goto(BASE + "/compte")
    form = "main form[action='/compte/double-authentification/desactivation']"
    check("réauthentification : la désactivation demande un code", page.locator(f"{form} #champ-code").count() == 1)
    submit(page, f"{form} button[type=submit]")
    check(
        "réauthentification : désactivation refusée sans code",
        page.locator("#champ-code").get_attribute("aria-invalid") == "true",
    )
    audit(page, "désactivation sans code")
    shot(page, "desactivation sans code")
    page.fill(f"{form} #champ-code", recovery)
    submit(page, f"{form} button[type=submit]")
    check("réauthentification : désactivée avec un code de secours", "Non activée." in page.content())


def run(browser):
    page = browser.new_page()
    if not login_with_keyboard(page, ROLE):
        return
    token_needs_the_password(page)
    second_factor_off_needs_a_code(page)
    logout_with_keyboard(page, ROLE)
    page.close()
