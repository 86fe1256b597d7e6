"""The listing workflow in a real Chromium: a merchant signs up and lists a place in
English and Japanese from a pasted Amap link, meets a field error and fixes it, submits;
a curator reads the diff and rejects with a reason; the merchant reads it in Japanese,
fixes and resubmits; the curator approves; the public page and the API show the place.
Then the same form in Arabic (right to left), and a stale save from a second tab. axe-core
runs on each page type; screenshots go under target/screenshots/console/."""

import math
import re
from pathlib import Path

from conftest import PASSWORD, ROOT, screenshot, serious_violations, sign_in, unique_email

# Haizhu Square: WGS-84, and the GCJ-02 point Amap shows for it (as its share link holds).
WGS = (23.1148, 113.26534)


def to_gcj02(lat: float, lng: float) -> tuple:
    """The standard GCJ-02 forward transform (the Chinese map datum Amap uses)."""
    a, ee = 6378245.0, 0.00669342162296594323
    x, y = lng - 105.0, lat - 35.0
    d_lat = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * math.sqrt(abs(x))
    d_lat += (20.0 * math.sin(6.0 * x * math.pi) + 20.0 * math.sin(2.0 * x * math.pi)) * 2.0 / 3.0
    d_lat += (20.0 * math.sin(y * math.pi) + 40.0 * math.sin(y / 3.0 * math.pi)) * 2.0 / 3.0
    d_lat += (160.0 * math.sin(y / 12.0 * math.pi) + 320 * math.sin(y * math.pi / 30.0)) * 2.0 / 3.0
    d_lng = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * math.sqrt(abs(x))
    d_lng += (20.0 * math.sin(6.0 * x * math.pi) + 20.0 * math.sin(2.0 * x * math.pi)) * 2.0 / 3.0
    d_lng += (20.0 * math.sin(x * math.pi) + 40.0 * math.sin(x / 3.0 * math.pi)) * 2.0 / 3.0
    d_lng += (150.0 * math.sin(x / 12.0 * math.pi) + 300.0 * math.sin(x / 30.0 * math.pi)) * 2.0 / 3.0
    rad = lat / 180.0 * math.pi
    magic = 1 - ee * math.sin(rad) ** 2
    sqrt_magic = math.sqrt(magic)
    d_lat = (d_lat * 180.0) / ((a * (1 - ee)) / (magic * sqrt_magic) * math.pi)
    d_lng = (d_lng * 180.0) / (a / sqrt_magic * math.cos(rad) * math.pi)
    return lat + d_lat, lng + d_lng


GCJ = to_gcj02(*WGS)
AMAP_SHARE = f"我在这里：海珠广场 https://uri.amap.com/marker?position={GCJ[1]:.6f},{GCJ[0]:.6f}&name=%E6%B5%B7%E7%8F%A0"


def message(tag: str, key: str) -> str:
    """A one-line Fluent message as written in locales/<tag>/*.ftl."""
    for path in sorted((ROOT / "locales" / tag).glob("*.ftl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith(f"{key} = "):
                return line.split(" = ", 1)[1]
    raise KeyError(f"{tag}: {key}")


def no_serious_violations(page, axe_source, what: str):
    problems = serious_violations(page, axe_source)
    assert not problems, f"{what}:\n" + "\n".join(problems)


def fill_listing(page, name_zh: str, en_name: str):
    page.locator("#f-kind").select_option("restaurant")
    page.locator("#f-district").select_option("haizhu")
    page.locator("#f-name-zh").fill(name_zh)
    page.locator("#f-address-zh").fill("海珠区海珠广场")
    page.locator("#f-map-link").fill(AMAP_SHARE)
    page.locator("#f-opening-hours").fill("Mo-Su 07:00-22:00; PH off")
    page.locator("input[name=payments][value=foreign_card_pos]").check()
    page.locator("input[name=payments][value=cash]").check()
    page.locator("#f-friendliness-english_menu").select_option("yes")
    page.locator("#f-translations-en-name").fill(en_name)
    page.locator("#f-translations-en-summary").fill("Dim sum by the Pearl River from seven in the morning.")


def save(page):
    with page.expect_navigation():
        page.get_by_role("button", name=re.compile("^(Save|保存|حفظ)")).click()


def test_a_listing_goes_from_an_amap_link_through_review_to_the_public_page(server, browser, axe_source):
    merchant_ctx = browser.new_context(viewport={"width": 1280, "height": 800}, locale="en-US")
    curator_ctx = browser.new_context(viewport={"width": 1280, "height": 800}, locale="en-US")
    try:
        m = merchant_ctx.new_page()
        # A merchant signs up.
        email = unique_email("teahouse")
        m.goto(server.url("/console/sign-up"))
        m.get_by_label("Email address").fill(email)
        m.get_by_label("Password").fill(PASSWORD)
        m.get_by_role("button", name="Create account").click()
        m.wait_for_url(re.compile(r"/console/listings$"))

        # New listing, in English and Japanese, located by a pasted Amap share text; the
        # Chinese name is forgotten at first.
        m.get_by_role("link", name="New listing").first.click()
        m.wait_for_url(re.compile(r"/console/listings/new$"))
        no_serious_violations(m, axe_source, "empty listing form")
        fill_listing(m, "", "Pearl River Teahouse")
        m.locator("details.texts[lang=ja] summary").click()
        m.locator("#f-translations-ja-name").fill("珠江茶楼")
        m.locator("#f-translations-ja-summary").fill("朝7時から点心。")
        save(m)
        name_zh = m.locator("#f-name-zh")
        assert name_zh.get_attribute("aria-invalid") == "true"
        error = m.locator("#f-name-zh-error")
        assert error.is_visible() and error.inner_text() == message("en", "field-required")
        assert "f-name-zh-error" in name_zh.get_attribute("aria-describedby")
        assert m.get_by_role("alert").is_visible()
        # Nothing typed is lost, and the link's point is shown converted to WGS-84.
        assert m.locator("#f-translations-ja-name").input_value() == "珠江茶楼"
        assert abs(float(m.locator("#f-location-lat").input_value()) - WGS[0]) < 1e-5
        assert abs(float(m.locator("#f-location-lng").input_value()) - WGS[1]) < 1e-5
        no_serious_violations(m, axe_source, "listing form with errors")
        screenshot(m, "listing-form-errors")

        name_zh.fill("珠江茶楼")
        save(m)
        assert m.get_by_role("status").inner_text() == message("en", "console-listing-created")
        assert m.locator("table.week").is_visible(), "the week preview of the hours"
        assert "07:00–22:00" in m.locator("table.week").inner_text()
        screenshot(m, "listing-form")
        edit_url = m.url.split("?")[0]
        with m.expect_navigation():
            m.get_by_role("button", name="Submit for review").click()
        assert m.get_by_role("status").inner_text() == message("en", "console-listing-submitted")

        # A curator reviews: the diff shows the proposed texts; rejected with a reason.
        curator = server.create_user("curator")
        c = curator_ctx.new_page()
        sign_in(c, server, curator)
        c.get_by_role("link", name="Review queue").first.click()
        no_serious_violations(c, axe_source, "review queue")
        c.get_by_role("link", name="Pearl River Teahouse").click()
        diff = c.locator("table.diff")
        assert "珠江茶楼" in diff.inner_text() and "07:00-22:00" in diff.inner_text()
        no_serious_violations(c, axe_source, "review page")
        screenshot(c, "review-diff")
        c.locator("#f-reason").select_option("incomplete")
        c.locator("#f-note").fill("Please add a phone number.")
        with c.expect_navigation():
            c.get_by_role("button", name="Reject", exact=True).click()
        assert c.get_by_role("status").inner_text() == message("en", "console-review-rejected")

        # The merchant reads the reason in Japanese, fixes and resubmits.
        m.goto(edit_url + "?lang=ja")
        assert m.locator("html").get_attribute("lang") == "ja"
        reason = m.locator("section.status .reason")
        assert message("ja", "review-reason-incomplete") in reason.inner_text()
        assert "Please add a phone number." in reason.inner_text()
        screenshot(m, "listing-rejected-ja")
        m.locator("#f-phone").fill("020-8333 0000")
        save(m)
        with m.expect_navigation():
            m.locator("section.status button[type=submit]").click()

        # The curator approves the new version.
        c.goto(server.url("/console/review"))
        c.get_by_role("link", name="Pearl River Teahouse").click()
        assert "020-8333 0000" in c.locator("table.diff").inner_text()
        with c.expect_navigation():
            c.get_by_role("button", name="Approve and publish").click()
        assert c.get_by_role("status").inner_text() == message("en", "console-review-approved")

        # Live: the merchant's page links to the public page, which shows it; so does the API.
        m.goto(edit_url + "?lang=en")
        public = m.get_by_role("link", name="Open the public page")
        href = public.get_attribute("href")
        slug = href.rsplit("/", 1)[1]
        public.click()
        m.wait_for_url(re.compile(re.escape(href) + "$"))
        assert m.get_by_role("heading", level=1).inner_text() == "Pearl River Teahouse"
        status, _, place = server.api("GET", f"/v1/places/{slug}?lang=ja")
        assert status == 200 and place["name"] == "珠江茶楼"
        assert abs(place["location"]["lat"] - WGS[0]) < 1e-5
    finally:
        merchant_ctx.close()
        curator_ctx.close()


def test_the_listing_form_in_arabic_reads_right_to_left(server, browser, axe_source):
    ctx = browser.new_context(viewport={"width": 390, "height": 844}, locale="ar")
    try:
        p = ctx.new_page()
        merchant = server.create_user("merchant")
        sign_in(p, server, merchant, lang="ar")
        p.goto(server.url("/console/listings/new"))
        assert p.locator("html").get_attribute("dir") == "rtl"
        assert p.locator("html").get_attribute("lang") == "ar"
        fill_listing(p, "珠江茶楼", "Pearl River Teahouse Arabic")
        p.locator("#f-opening-hours").fill("Mo-Su 25:00-26:00")
        p.locator("#f-translations-ar-name").fill("مقهى نهر اللؤلؤ")
        save(p)
        error = p.locator("#f-opening-hours-error")
        assert error.is_visible()
        # Right to left: each label starts at the right edge of its field.
        label = p.locator("label[for=f-kind]").bounding_box()
        field = p.locator("#f-kind").bounding_box()
        assert abs((label["x"] + label["width"]) - (field["x"] + field["width"])) < 2, (label, field)
        assert p.locator("#f-translations-ar-name").get_attribute("dir") == "rtl"
        assert p.locator("#f-translations-ar-name").input_value() == "مقهى نهر اللؤلؤ"
        no_serious_violations(p, axe_source, "Arabic listing form")
        screenshot(p, "listing-form-ar")
        p.locator("#f-opening-hours").fill("Mo-Su 10:00-22:00")
        save(p)
        assert p.get_by_role("status").inner_text() == message("ar", "console-listing-created")
    finally:
        ctx.close()


def test_a_stale_save_from_a_second_tab_keeps_what_was_typed(server, browser):
    ctx = browser.new_context(viewport={"width": 1280, "height": 800}, locale="en-US")
    try:
        first = ctx.new_page()
        merchant = server.create_user("merchant")
        sign_in(first, server, merchant)
        first.goto(server.url("/console/listings/new"))
        fill_listing(first, "珠江茶楼", "Two Tabs Teahouse")
        save(first)
        url = first.url.split("?")[0]
        second = ctx.new_page()
        second.goto(url)

        first.locator("#f-translations-en-summary").fill("Written in the first tab.")
        save(first)
        assert first.get_by_role("status").inner_text() == message("en", "console-listing-saved")

        second.locator("#f-translations-en-summary").fill("Written in the second tab.")
        save(second)
        assert second.get_by_role("alert").inner_text().startswith(message("en", "console-listing-stale"))
        assert second.locator("#f-translations-en-summary").input_value() == "Written in the second tab."
        screenshot(second, "listing-stale")
        # Saving again, knowingly, replaces the other version.
        save(second)
        assert second.get_by_role("status").inner_text() == message("en", "console-listing-saved")
        first.reload()
        assert first.locator("#f-translations-en-summary").input_value() == "Written in the second tab."
    finally:
        ctx.close()
