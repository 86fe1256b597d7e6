"""Every page type of the console in a real Chromium: what a merchant reads about their
listings (in their own language), right-to-left Arabic, the Content-Security-Policy,
axe-core with no serious or critical violation, and screenshots at phone and desktop
widths in English, Japanese and Arabic (target/screenshots/console/)."""

import re

import pytest

from conftest import DESKTOP, PASSWORD, PHONE, listing, screenshot, serious_violations, sign_in

REJECTION_NOTE = "Please add the opening hours of public holidays."


@pytest.fixture(scope="module")
def catalogue(server):
    """Arranged through the API: a merchant with a draft, a listing waiting for review and
    one a curator rejected (with a reason and a note); the curator (from the CLI)."""
    merchant = server.create_user("merchant", "dash")
    status, _, login = server.api("POST", "/v1/auth/login", {"email": merchant, "password": PASSWORD})
    assert status == 200, login
    token = login["access_token"]
    created = []
    for name, more in (
        ("Dawn", {}),
        ("Harbour", {"ja": {"name": "ハーバー茶楼"}, "ar": {"name": "مقهى الميناء"}}),
        ("Lantern", {}),
    ):
        body = listing(name)
        body["translations"].update(more)
        status, _, place = server.api("POST", "/v1/merchant/places", body, token)
        assert status == 201, place
        created.append(place)
    for place in created[1:]:
        status, _, out = server.api(
            "POST", f"/v1/merchant/places/{place['id']}/submit", None, token, {"If-Match": place["etag"]}
        )
        assert status == 200, out
    curator = server.create_user("curator")
    status, _, login = server.api("POST", "/v1/auth/login", {"email": curator, "password": PASSWORD})
    assert status == 200, login
    status, _, out = server.api(
        "POST",
        f"/v1/staff/places/{created[1]['id']}/reject",
        {"reason": "incomplete", "note": REJECTION_NOTE},
        login["access_token"],
    )
    assert status == 200, out
    return {"merchant": merchant, "curator": curator}


def card(page, name):
    return page.locator("li.listing").filter(has=page.get_by_role("heading", name=name))


def test_the_dashboard_shows_each_status_and_the_reason_in_the_merchants_language(server, page, catalogue):
    sign_in(page, server, catalogue["merchant"], lang="ja")
    page.wait_for_url(re.compile(r"/console/listings$"))
    assert page.get_by_role("heading", level=1).inner_text() == "掲載情報一覧"
    rejected = card(page, "ハーバー茶楼")
    assert rejected.locator(".badge").inner_text() == "不承認"
    # The reviewer's reason in Japanese (the same text the API gives), and their own words.
    assert "必要な情報が一部不足しています。掲載情報を補ってください。" in rejected.inner_text()
    assert REJECTION_NOTE in rejected.inner_text()
    assert card(page, "Dawn Tea House").locator(".badge").inner_text() == "下書き"
    assert card(page, "Lantern Tea House").locator(".badge").inner_text() == "審査待ち"
    # The Chinese name, for signs and drivers, stays Chinese.
    assert rejected.locator(".name-zh bdi").get_attribute("lang") == "zh-Hans"


def test_the_accessibility_check_finds_what_it_should(page, axe_source):
    # Guards the harness: a page with an unlabelled field and grey-on-grey text must fail.
    page.set_content(
        '<html lang="en"><body><main><h1>x</h1><input id="q">'
        '<p style="color:#bbb;background:#ccc">faint</p></main></body></html>'
    )
    found = "\n".join(serious_violations(page, axe_source))
    assert "label" in found and "color-contrast" in found, found


def box(page, selector):
    return page.locator(selector).first.bounding_box()


def test_arabic_pages_run_right_to_left_and_the_layout_mirrors(server, browser):
    for size in (DESKTOP, PHONE):
        ctx = browser.new_context(viewport=size)
        try:
            page = ctx.new_page()
            page.goto(server.url("/console/sign-in?lang=en"))
            en_brand, en_label = box(page, ".brand"), box(page, "label[for=email]")
            page.goto(server.url("/console/sign-in?lang=ar"))
            assert page.locator("html").get_attribute("dir") == "rtl"
            assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
            ar_brand, ar_label = box(page, ".brand"), box(page, "label[for=email]")
            width = size["width"]
            # The brand starts at the left in English and at the right in Arabic.
            assert en_brand["x"] < width / 4, en_brand
            assert ar_brand["x"] + ar_brand["width"] > width * 3 / 4, ar_brand
            # Field labels hug the start edge: left in English, right in Arabic.
            form = box(page, "form.card")
            assert abs((ar_label["x"] + ar_label["width"]) - (form["x"] + form["width"])) < 40, (ar_label, form)
            assert en_label["x"] < width / 3
            # The skip link sits at the start edge too once focused.
            page.keyboard.press("Tab")
            skip = box(page, ".skip")
            assert skip["x"] + skip["width"] > width - 20 and skip["x"] > width / 3, skip
        finally:
            ctx.close()


def test_the_csp_lets_the_stylesheet_in_and_blocks_nothing_else(server, page):
    refused = []
    page.on("console", lambda m: refused.append(m.text) if "Content Security Policy" in m.text else None)
    response = page.goto(server.url("/console/sign-in"))
    csp = response.headers["content-security-policy"]
    assert "script-src" not in csp and "default-src 'none'" in csp and "'unsafe-inline'" not in csp
    # The stylesheet applied (the page background is the console's, not the browser's white).
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(243, 244, 246)"
    assert page.locator("script").count() == 0
    assert refused == []


@pytest.fixture(scope="module")
def profiles(server, browser, catalogue):
    """One browser profile per kind of visitor, signed in once for all languages."""
    made = {}
    for who, email in (
        ("anonymous", None),
        ("new", server.create_user("merchant")),
        ("merchant", catalogue["merchant"]),
        ("curator", catalogue["curator"]),
    ):
        ctx = browser.new_context(viewport=DESKTOP)
        ctx.set_default_timeout(10_000)
        page = ctx.new_page()
        if email:
            sign_in(page, server, email)
        made[who] = page
    yield made
    for page in made.values():
        page.context.close()


@pytest.mark.parametrize("lang", ["en", "ja", "ar"])
def test_every_page_type_passes_axe_and_is_photographed(server, profiles, axe_source, lang):
    def go(path):
        return lambda page: page.goto(server.url(f"{path}?lang={lang}"))

    def sign_up_with_mistakes(page):
        go("/console/sign-up")(page)
        page.locator("#email").fill("not an email")
        page.locator("#password").fill("short")
        page.locator("form.card button[type=submit]").click()
        page.wait_for_load_state()
        assert page.locator("#email-error").is_visible()

    def csrf_refused(page):
        go("/console/listings")(page)
        page.evaluate("document.querySelector('form.sign-out input[name=csrf]').remove()")
        page.locator("form.sign-out button").click()
        page.wait_for_load_state()
        assert page.locator(".status-code").inner_text().endswith("403")

    def staff_home(page):
        go("/console/staff")(page)
        assert page.locator("li.listing").filter(has_text="Lantern Tea House").count() == 1

    def language_missing(page):
        # The language is remembered from the visit before; the page offers the others.
        page.goto(server.url("/console/sign-in?lang=tlh"))

    visits = [
        ("sign-in", "anonymous", go("/console/sign-in")),
        ("sign-up", "anonymous", go("/console/sign-up")),
        ("sign-up-errors", "anonymous", sign_up_with_mistakes),
        ("language-missing", "anonymous", language_missing),
        ("not-found", "anonymous", go("/console/no-such-page")),
        ("listings-empty", "new", go("/console/listings")),
        ("listings", "merchant", go("/console/listings")),
        ("forbidden", "merchant", go("/console/staff")),
        ("csrf-refused", "merchant", csrf_refused),
        ("staff-home", "curator", staff_home),
        # The public pages a shared link opens (no account needed).
        ("public-place", "anonymous", go("/p/canton-tower")),
        ("public-route", "anonymous", go("/r/lingnan-heritage-walk")),
        ("public-not-found", "anonymous", go("/p/atlantis")),
    ]
    problems = []
    for name, who, visit in visits:
        page = profiles[who]
        visit(page)
        assert page.locator("html").get_attribute("lang") == lang, f"{name}: {page.url}"
        screenshot(page, f"{name}-{lang}")
        # Arabic and Japanese change text, not structure: one width is enough for them.
        sizes = (PHONE, DESKTOP) if lang == "en" else (PHONE,)
        for size in sizes:
            page.set_viewport_size(size)
            problems += [f"{name} ({lang}, {size['width']} px): {line}" for line in serious_violations(page, axe_source)]
        page.set_viewport_size(DESKTOP)
    assert problems == [], "\n".join(problems)


def test_a_shared_place_page_previews_and_reads_right_to_left(server, page):
    page.goto(server.url("/p/canton-tower?lang=ar"))
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator('meta[property="og:title"]').get_attribute("content") == page.locator("h1").inner_text()
    assert "广州塔" in page.locator(".driver .zh-name").inner_text()
    assert page.locator('script[type="application/ld+json"]').count() == 1
    # Links to the same page in every language, and to the stops of a route.
    assert page.locator("footer a[hreflang]").count() == 15
    page.goto(server.url("/r/lingnan-heritage-walk?lang=ja"))
    page.locator("ol.stops a").first.click()
    page.wait_for_load_state()
    assert "/p/chen-clan-academy" in page.url
