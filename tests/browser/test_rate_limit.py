"""Sign-in backs off like the API's (same counters): after five wrong passwords for one
account from one address, each further attempt waits 1 s, 2 s, 4 s, ... and the page says so.

A module of its own, so its server's per-address counter starts at zero."""

from conftest import PASSWORD

# The server's default (config.rs): five free failures per address and account.
FREE = 5


def attempt(page, server, email, password):
    page.goto(server.url("/console/sign-in"))
    page.locator("#email").fill(email)
    page.locator("#password").fill(password)
    with page.expect_response(lambda r: r.request.method == "POST") as answer:
        page.locator("form.card button[type=submit]").click()
    page.wait_for_load_state()
    return answer.value


def test_sign_in_backs_off_after_the_free_failures(server, page):
    email = server.create_user("merchant")
    statuses = [attempt(page, server, email, "not the password, again").status for _ in range(FREE)]
    assert statuses == [422] * FREE
    # A slow browser may take longer than the first 1-second wait between two attempts;
    # every failure doubles the wait, so a refusal comes within a few more.
    for _ in range(6):
        limited = attempt(page, server, email, "not the password, again")
        if limited.status == 429:
            break
    assert limited.status == 429
    assert int(limited.headers["retry-after"]) > 0
    assert "Too many sign-in attempts" in page.get_by_role("alert").inner_text()
    # Not signed in, and the address typed is still in the form.
    assert page.locator("#email").input_value() == email
    assert not any(c["name"] == "guide_console" for c in page.context.cookies())
