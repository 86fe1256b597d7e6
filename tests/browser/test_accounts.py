"""A merchant's way in and out of the console, in a real Chromium: sign up, the empty
dashboard, sign out; the language switch; the keyboard; CSRF and role refusals."""

import re

from conftest import PASSWORD, sign_in, unique_email


def test_merchant_signs_up_sees_an_empty_dashboard_and_signs_out(server, page, context):
    email = unique_email("shop")
    page.goto(server.url("/console"))
    # Signed out, /console leads to the sign-in page, which links to sign-up.
    assert page.url.endswith("/console/sign-in")
    page.get_by_role("link", name="Create a merchant account").first.click()
    assert page.get_by_role("heading", level=1).inner_text() == "Create a merchant account"

    page.get_by_label("Your name or your business's name (optional)").fill("Lychee Tea House")
    page.get_by_label("Email address").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()

    page.wait_for_url(re.compile(r"/console/listings$"))
    assert page.get_by_role("heading", level=1).inner_text() == "My listings"
    assert page.get_by_text("You have no listings yet.").is_visible()
    assert page.get_by_text(f"Signed in as {email}").is_visible()
    session = next(c for c in context.cookies() if c["name"] == "guide_console")
    assert session["httpOnly"] and session["sameSite"] == "Lax" and session["path"] == "/console"
    assert not any(c["name"] == "guide_csrf" for c in context.cookies()), "the signed-out form token is gone"

    page.get_by_role("button", name="Sign out").click()
    page.wait_for_url(re.compile(r"/console/sign-in\?notice=signed_out$"))
    assert page.get_by_role("status").inner_text() == "You have signed out."
    assert not any(c["name"] == "guide_console" for c in context.cookies())

    # The session was revoked on the server: replaying the old cookie opens nothing.
    context.add_cookies([session])
    response = page.goto(server.url("/console/listings"))
    assert page.url.startswith(server.url("/console/sign-in?next=%2Fconsole%2Flistings&notice=session_ended"))
    assert response.status == 200
    assert page.get_by_role("status").inner_text() == "Your session has ended. Please sign in again."

    # Signing in again goes back to where the browser was heading.
    page.locator("#email").fill(email)
    page.locator("#password").fill(PASSWORD)
    page.locator("#password").press("Enter")
    page.wait_for_url(re.compile(r"/console/listings$"))


def test_sign_up_mistakes_are_shown_next_to_their_fields(server, page):
    page.goto(server.url("/console/sign-up?lang=de"))
    page.locator("#email").fill("not an email")
    page.locator("#password").fill("short")
    response_status = []
    page.on("response", lambda r: response_status.append(r.status) if r.request.method == "POST" else None)
    page.locator("form.card button[type=submit]").click()
    page.wait_for_load_state()
    assert response_status == [422]
    email = page.locator("#email")
    assert email.get_attribute("aria-invalid") == "true"
    described = email.get_attribute("aria-describedby")
    assert page.locator(f"#{described}").inner_text().startswith("Erwartet")
    assert page.locator("#password").get_attribute("aria-invalid") == "true"
    assert email.input_value() == "not an email", "what was typed is kept"
    assert page.get_by_role("alert").is_visible()


def test_language_is_chosen_by_header_switched_by_the_form_and_remembered(server, browser):
    ctx = browser.new_context(locale="fr-FR")
    try:
        page = ctx.new_page()
        page.goto(server.url("/console/sign-in"))
        assert page.locator("html").get_attribute("lang") == "fr"
        assert page.get_by_role("heading", level=1).inner_text() == "Se connecter"
        # Switch with the keyboard: the select, then its button.
        page.get_by_label("Langue").select_option("ja")
        page.get_by_role("button", name="Changer").press("Enter")
        page.wait_for_url(re.compile(r"\?lang=ja$"))
        assert page.get_by_role("heading", level=1).inner_text() == "ログイン"
        # Remembered without ?lang=, on another page, over the browser's French.
        page.goto(server.url("/console/sign-up"))
        assert page.locator("html").get_attribute("lang") == "ja"
        assert page.get_by_role("heading", level=1).inner_text() == "店舗アカウントを作成"
        # A language the console does not have is a page that offers the others.
        response = page.goto(server.url("/console/sign-up?lang=tlh"))
        assert response.status == 400
        assert page.get_by_role("heading", level=1).inner_text() == "この言語には対応していません"
        page.get_by_role("link", name="Español").click()
        assert page.get_by_role("heading", level=1).inner_text() == "Crear una cuenta de comercio"
    finally:
        ctx.close()


def test_the_keyboard_reaches_everything_in_order(server, page):
    page.goto(server.url("/console/sign-in"))
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to main content")
    assert skip.evaluate("e => e === document.activeElement")
    assert skip.is_visible(), "the skip link shows when focused"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    # From the main content on: email, password, submit.
    order = []
    for _ in range(3):
        page.keyboard.press("Tab")
        order.append(page.evaluate("document.activeElement.id || document.activeElement.textContent.trim()"))
    assert order == ["email", "password", "Sign in"]
    # Focus is visible (an outline, not just the browser default being removed).
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"


def test_a_form_post_without_the_csrf_token_is_refused(server, page):
    email = server.create_user("merchant")
    sign_in(page, server, email)
    page.wait_for_url(re.compile(r"/console/listings$"))
    # Take the token out of the sign-out form, as a forged cross-site form would lack it.
    page.evaluate("document.querySelector('form.sign-out input[name=csrf]').remove()")
    with page.expect_response(lambda r: r.request.method == "POST") as refused:
        page.get_by_role("button", name="Sign out").click()
    assert refused.value.status == 403
    assert page.get_by_role("heading", level=1).inner_text() == "This form has expired"
    # Nothing happened: still signed in.
    page.goto(server.url("/console/listings"))
    assert page.get_by_role("heading", level=1).inner_text() == "My listings"


def test_a_merchant_opening_a_staff_page_gets_403(server, page):
    email = server.create_user("merchant")
    sign_in(page, server, email)
    response = page.goto(server.url("/console/staff"))
    assert response.status == 403
    assert page.get_by_role("heading", level=1).inner_text() == "Not allowed"
    assert page.get_by_text("This page is not open to your account (merchant).").is_visible()
    page.get_by_role("link", name="Go to the console home").click()
    page.wait_for_url(re.compile(r"/console/listings$"))


def test_staff_land_on_their_home_page(server, page):
    email = server.create_user("curator")
    sign_in(page, server, email)
    page.wait_for_url(re.compile(r"/console/staff$"))
    assert page.get_by_role("heading", level=1).inner_text() == "Staff home"
    assert page.get_by_text("You are signed in as curator.").is_visible()
    assert page.goto(server.url("/console/listings")).status == 403
