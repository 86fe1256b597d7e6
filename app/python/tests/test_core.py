"""guide-core through its generated Python bindings, against a live guide-server and then
offline: browse in Japanese and Arabic, open a place, run a visa-free check and a plan, stop
the server, and do it all again from the phone's offline store."""

import guide_core as gc
import pytest


class Tokens(gc.TokenStore):
    """Secure token storage, in memory (a shell uses Keychain / Keystore)."""

    def __init__(self):
        self.token = None

    def load(self):
        return self.token

    def save(self, token):
        self.token = token


class Location(gc.LocationProvider):
    """The device position: next to Canton Tower."""

    def current(self):
        return gc.GeoPoint(lat=23.1066, lng=113.3245)


def trip():
    return gc.TransitRequest(
        nationality="US", entry_port="CAN", entry_at="2026-12-01T14:30:00+08:00",
        origin="US", destination="JP", exit_port=None, exit_at=None, passport_expiry=None,
    )


def plan_request():
    return gc.PlanRequest(
        entry_at="2026-12-01T14:30:00+08:00", exit_at="2026-12-04T18:00:00+08:00",
        interests=["food", "heritage"], pace="normal", start=None, must_see=["canton-tower"],
    )


def scenario(core, *, offline):
    """The same visit, online or offline; returns what was seen for comparison."""
    seen = {}
    # Japanese.
    core.set_locale("ja")
    explore = core.explore(gc.ExploreQuery(near_me=True, radius_m=5000))
    assert explore.header.locale == "ja" and not explore.header.rtl
    assert explore.header.offline == offline
    assert explore.items, "places near Canton Tower"
    distances = [c.distance_m for c in explore.items]
    assert distances == sorted(distances)
    assert explore.items[0].distance.endswith("m")
    refund = core.explore(gc.ExploreQuery(tax_refund=True))
    assert refund.items and all(
        any(b.code in ("tax_refund", "instant_refund") for b in c.badges) for c in refund.items
    )
    place = core.place("canton-tower")
    assert place.driver_card.name_zh == "广州塔"
    assert place.map_links is not None and "amap" in place.map_links.amap
    seen["ja_name"] = place.card.name
    # Arabic: right-to-left, its own texts.
    core.set_locale("ar")
    ar = core.place("canton-tower")
    assert ar.header.rtl and ar.header.locale == "ar"
    assert ar.card.name != seen["ja_name"]
    assert ar.driver_card.title != place.driver_card.title
    seen["ar_explore"] = len(core.explore(gc.ExploreQuery()).items)
    # Visa-free check with a countdown, then a plan inside the window.
    check = core.check_transit(trip())
    assert check.eligible and check.scheme == "transit_240h"
    assert check.deadline_at == "2026-12-12T00:00:00+08:00"
    assert check.countdown and check.deadline
    plan = core.plan_trip(plan_request())
    assert len(plan.days) == 4
    assert any(i.slug == "canton-tower" for d in plan.days for i in d.items)
    assert core.export_calendar().startswith("BEGIN:VCALENDAR")
    with pytest.raises(gc.CoreError.Validation) as bad:
        core.check_transit(gc.TransitRequest(
            nationality="", entry_port="CAN", entry_at="soon", origin="US", destination="JP",
            exit_port=None, exit_at=None, passport_expiry=None,
        ))
    assert [f.field for f in bad.value.fields] == ["entry_at", "nationality"]
    return seen


def new_core(base, data_dir):
    config = gc.CoreConfig(base_url=base, data_dir=str(data_dir), locale="ja")
    return gc.GuideCore(config, Tokens(), Location())


def test_online_then_offline(server, workdir):
    data_dir = workdir / "phone"
    core = new_core(server.base, data_dir)
    # Download both languages while online.
    first = core.sync()
    assert first.full and first.locale == "ja" and first.changed > 50
    assert core.sync().unchanged, "the second sync is a 304 or an empty delta"
    core.set_locale("ar")
    assert core.sync().full
    online = scenario(core, offline=False)
    core.toggle_favorite("canton-tower")

    # Airplane mode: the server goes away.
    server.stop()
    with pytest.raises(gc.CoreError.Offline):
        core.sync()
    offline = scenario(core, offline=True)
    assert offline == online, "the offline store answers exactly as online"
    # Made offline, kept: a purchase in the tracker, and the favourite from before.
    view = core.add_purchase(gc.PurchaseInput(
        store="teemall", date="2026-12-02", amount_cny="800", vat_rate=13, instant=False,
    ))
    assert view.purchases[0].pending and view.groups[0].eligible
    assert [f.slug for f in core.saved().favorites] == ["canton-tower"]

    # A new process on the same data folder (app restarted in airplane mode).
    restarted = new_core(server.base, data_dir)
    assert len(restarted.refund_tracker(None).purchases) == 1
    assert restarted.settings().offline_locales == ["ar", "ja"]
