"""The staff console in a real Chromium: a curator builds a three-stop themed route (add by
slug, reorder, save, publish) that the API then returns in the new order; an admin finds a
merchant by email and makes them a curator, and the audit log shows it; a curator creates
and publishes an alert and an event that the public API then lists. axe-core runs on every
staff page type in English and in Arabic (right to left); screenshots of each go under
target/screenshots/console/ (names starting with `staff-`)."""

import re
from datetime import datetime, timedelta, timezone

from conftest import screenshot, serious_violations, sign_in

GUANGZHOU = timezone(timedelta(hours=8))
# Published places of the seeds (seeds/places/*.yaml).
STOPS = ["canton-tower", "huacheng-square", "haixinsha"]
ZONE = "tianhe-road-zhujiang-new-town"


def no_serious_violations(page, axe_source, what: str):
    problems = serious_violations(page, axe_source)
    assert not problems, f"{what}:\n" + "\n".join(problems)


def click_and_wait(page, locator):
    with page.expect_navigation():
        locator.click()


def signed_in_page(browser, server, role: str):
    ctx = browser.new_context(viewport={"width": 1280, "height": 800}, locale="en-US")
    ctx.set_default_timeout(10_000)
    page = ctx.new_page()
    email = server.create_user(role)
    response = sign_in(page, server, email)
    assert response.ok, response.status
    return ctx, page, email


def save(page):
    click_and_wait(page, page.locator("p.actions button"))


def publish(page):
    click_and_wait(page, page.locator("section.status form button"))


def test_a_curator_builds_reorders_and_publishes_a_three_stop_route(server, browser, axe_source):
    ctx, page, _ = signed_in_page(browser, server, "curator")
    try:
        page.goto(server.url("/console/routes"))
        no_serious_violations(page, axe_source, "routes list")
        screenshot(page, "staff-routes")

        click_and_wait(page, page.get_by_role("link", name="New route", exact=True))
        page.locator("#f-slug").fill("river-lights-walk")
        page.locator("#f-theme").select_option("night")
        page.locator("#f-translations-en-name").fill("River lights walk")
        page.locator("#f-translations-en-summary").fill("From the tower to the island at dusk.")
        for slug in STOPS:
            page.locator("#f-add-place").fill(slug)
            click_and_wait(page, page.get_by_role("button", name="Add stop"))
            assert page.locator("p.notice").is_visible(), "a reminder to save"
        places = [page.locator(f"input[name='stops[{i}].place']").input_value() for i in range(3)]
        assert places == STOPS, places
        assert page.locator("#f-translations-en-name").input_value() == "River lights walk", "typing kept"

        # The first stop moves down: the form changes, nothing is saved yet.
        click_and_wait(page, page.locator("button[name=op][value='down-0']"))
        places = [page.locator(f"input[name='stops[{i}].place']").input_value() for i in range(3)]
        assert places == [STOPS[1], STOPS[0], STOPS[2]], places
        page.locator("#f-stops-2-dwell-minutes").fill("45")
        no_serious_violations(page, axe_source, "route form")
        screenshot(page, "staff-route-form")

        save(page)
        assert "?done=created" in page.url, page.url
        publish(page)
        assert "?done=published" in page.url, page.url
        assert page.locator("p.notice").is_visible()

        status, _, body = server.api("GET", "/v1/routes/river-lights-walk")
        assert status == 200, body
        assert [s["place_slug"] for s in body["stops"]] == [STOPS[1], STOPS[0], STOPS[2]]
        assert body["stops"][2]["dwell_minutes"] == 45
    finally:
        ctx.close()


def test_an_admin_makes_a_merchant_a_curator_and_the_audit_log_shows_it(server, browser, axe_source):
    merchant = server.create_user("merchant", "shopkeeper")
    ctx, page, _ = signed_in_page(browser, server, "admin")
    try:
        click_and_wait(page, page.get_by_role("link", name="Users", exact=True))
        page.locator("#f-email").fill(merchant.upper())
        click_and_wait(page, page.get_by_role("button", name="Find"))
        found = page.locator("li.listing", has_text=merchant)
        assert found.count() == 1
        no_serious_violations(page, axe_source, "users")
        screenshot(page, "staff-users")
        found.locator("select[name=role]").select_option("curator")
        click_and_wait(page, found.get_by_role("button", name="Change role"))
        assert page.locator("p.notice").is_visible()
        assert "curator" in page.locator("li.listing", has_text=merchant).inner_text()

        click_and_wait(page, page.get_by_role("link", name="Audit log", exact=True))
        page.locator("input[name=action]").fill("user.role")
        click_and_wait(page, page.get_by_role("button", name="Apply filters"))
        rows = page.locator("table tbody tr", has_text="user.role")
        assert rows.count() >= 1
        page.locator("details.change summary").first.click()
        assert '"curator"' in page.locator("details.change").first.inner_text()
        no_serious_violations(page, axe_source, "audit log")
        screenshot(page, "staff-audit")
    finally:
        ctx.close()


def test_a_curator_publishes_an_alert_and_an_event_the_api_lists(server, browser, axe_source):
    ctx, page, _ = signed_in_page(browser, server, "curator")
    try:
        # An alert, in force from an hour ago for a day (Guangzhou time).
        click_and_wait(page, page.get_by_role("link", name="Alerts", exact=True))
        no_serious_violations(page, axe_source, "alerts list (empty)")
        click_and_wait(page, page.get_by_role("link", name="New alert", exact=True))
        now = datetime.now(GUANGZHOU)
        page.locator("#f-severity").select_option("severe")
        page.locator("#f-starts-at").fill((now - timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M"))
        page.locator("#f-ends-at").fill((now + timedelta(hours=23)).strftime("%Y-%m-%dT%H:%M"))
        page.locator(f"input[name=zones][value='{ZONE}']").check()
        # First without an English title: the error is shown next to it.
        page.locator("details[lang='zh-Hans'] summary").click()
        page.locator("#f-texts-zh-Hans-title").fill("八号风球")
        save(page)
        assert page.locator("#f-texts-en-title-error").is_visible()
        assert page.locator("div.alert[role=alert]").is_visible()
        no_serious_violations(page, axe_source, "alert form with errors")
        screenshot(page, "staff-alert-form-errors")
        page.locator("#f-texts-en-title").fill("Typhoon signal 8")
        page.locator("#f-texts-en-body").fill("Stay indoors until the signal is lowered.")
        save(page)
        assert "?done=created" in page.url, page.url
        no_serious_violations(page, axe_source, "alert form")
        screenshot(page, "staff-alert-form")
        publish(page)
        assert "?done=published" in page.url

        status, _, body = server.api("GET", "/v1/alerts")
        assert status == 200
        titles = [a["title"] for a in body["items"]]
        assert "Typhoon signal 8" in titles, body
        page.goto(server.url("/console/alerts"))
        no_serious_violations(page, axe_source, "alerts list")
        screenshot(page, "staff-alerts")

        # An event at Canton Tower in February.
        click_and_wait(page, page.get_by_role("link", name="Events", exact=True))
        no_serious_violations(page, axe_source, "events list")
        screenshot(page, "staff-events")
        click_and_wait(page, page.get_by_role("link", name="New event", exact=True))
        year = now.year + 1
        page.locator("#f-slug").fill("lantern-night")
        page.locator("#f-kind").select_option("festival")
        page.locator("#f-starts-on").fill(f"{year}-02-10")
        page.locator("#f-ends-on").fill(f"{year}-02-12")
        page.locator("#f-date-confidence").select_option("inferred")
        page.locator("#f-place").fill("canton-tower")
        page.locator(f"input[name=zones][value='{ZONE}']").check()
        page.locator("#f-translations-en-name").fill("Lantern night")
        page.locator("#f-translations-en-summary").fill("Lanterns along the Pearl River.")
        page.locator("#f-sources").fill("https://example.com/lanterns")
        save(page)
        assert "?done=created" in page.url, page.url
        no_serious_violations(page, axe_source, "event form")
        screenshot(page, "staff-event-form")
        publish(page)
        assert "?done=published" in page.url

        status, _, body = server.api("GET", f"/v1/events?from={year}-02-01&to={year}-02-28")
        assert status == 200, body
        ours = [e for e in body["items"] if e["slug"] == "lantern-night"]
        assert ours and ours[0]["place"] == "canton-tower", body
        assert ours[0]["date_confidence"] == "inferred"
    finally:
        ctx.close()


def test_staff_pages_in_arabic_read_right_to_left_without_serious_violations(server, browser, axe_source):
    ctx, page, _ = signed_in_page(browser, server, "admin")
    try:
        # An event and an alert of the seeds or of the tests before may or may not exist:
        # make one of each so the edit forms have something to show.
        page.goto(server.url("/console/alerts/new?lang=ar"))
        assert page.locator("html").get_attribute("dir") == "rtl"
        page.locator("#f-texts-en-title").fill("Metro line 3 delays")
        save(page)
        alert_form = page.url.split("?")[0]
        page.goto(server.url("/console/events"))
        first_event = page.locator("ul.listings a").first.get_attribute("href")
        page.goto(server.url("/console/routes"))
        first_route = page.locator("ul.listings a").first.get_attribute("href")
        pages = [
            ("staff-routes-ar", "/console/routes"),
            ("staff-route-form-ar", first_route),
            ("staff-audit-ar", "/console/audit"),
            ("staff-users-ar", "/console/users"),
            ("staff-events-ar", "/console/events"),
            ("staff-event-form-ar", first_event),
            ("staff-alerts-ar", "/console/alerts"),
            ("staff-alert-form-ar", alert_form.replace(server.base, "")),
            ("staff-event-new-ar", "/console/events/new"),
            ("staff-alert-new-ar", "/console/alerts/new"),
        ]
        for name, path in pages:
            response = page.goto(server.url(path))
            assert response.status == 200, (path, response.status)
            assert page.locator("html").get_attribute("dir") == "rtl", path
            assert page.locator("html").get_attribute("lang") == "ar", path
            no_serious_violations(page, axe_source, f"{path} in Arabic")
            if name in ("staff-route-form-ar", "staff-event-form-ar", "staff-alert-form-ar", "staff-events-ar", "staff-alerts-ar", "staff-audit-ar"):
                screenshot(page, name)
        # Back to English for the next tests of this module's browser profile.
        page.goto(server.url("/console/staff?lang=en"))
        assert re.match(r"en", page.locator("html").get_attribute("lang"))
    finally:
        ctx.close()
