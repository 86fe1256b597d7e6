# Canton Guide — English messages (the reference locale: every other locale must have
# every key of this file; a test enforces it).
#
# Shared by guide-server (problem+json titles and details, labels in responses) and
# guide-core (the app's view models). Variables are written { $name }.

## Problem titles and details (RFC 9457 problem+json)

error-not-found-title = Not found
error-not-found-detail = There is no { $what } called “{ $id }”.
error-route-not-found-detail = There is no API endpoint at { $path }. See /docs for the list of endpoints.
error-validation-title = Some input is not valid
error-validation-detail = Check the fields listed in “errors”; each says what would be accepted.
error-bad-request-title = Bad request
error-method-not-allowed-title = Method not allowed
error-method-not-allowed-detail = This endpoint does not accept that HTTP method.
error-payload-too-large-title = Request body too large
error-payload-too-large-detail = The request body may be at most { $max } bytes.
error-unsupported-media-type-title = Unsupported media type
error-unsupported-media-type-detail = Send the body as JSON with “Content-Type: application/json”.
error-not-acceptable-title = Not acceptable
error-unauthorized-title = Sign-in required
error-unauthorized-detail = Sign in again: the access token is missing, expired or not valid.
error-forbidden-title = Not allowed
error-forbidden-detail = Your account may not do this.
error-conflict-title = Conflict
error-precondition-failed-title = Changed by someone else
error-precondition-failed-detail = This item changed since you loaded it. Reload it, re-apply your edit and save again; nothing was overwritten.
error-precondition-required-detail = Send the item's ETag in an “If-Match” header so that no one else's edit is overwritten.
error-too-many-requests-title = Too many requests
error-too-many-requests-detail = Please wait { $seconds } seconds and try again.
error-unavailable-title = Service temporarily unavailable
error-unavailable-detail = The database cannot be reached right now. Please try again in a moment.
error-overloaded-detail = The server is busy. Please wait { $seconds } seconds and try again.
error-uri-too-long-title = Request address too long
error-uri-too-long-detail = The path and query of a request may be at most { $max } bytes long.
error-host-required-detail = An HTTP/1.1 request must include a Host header.
error-last-admin-detail = There must always be at least one admin: promote someone else to admin first.
error-internal-title = Something went wrong on our side
error-internal-detail = The problem has been logged. Please try again later.

## Field-level validation messages (the “errors” array)

field-invalid-coordinates = Expected “LAT,LNG” in decimal degrees, latitude −90…90 and longitude −180…180, for example “23.1291,113.2644”.
field-out-of-range = Expected a whole number from { $min } to { $max }.
field-invalid-number = Expected a number.
field-invalid-choice = “{ $value }” is not accepted here. Accepted values: { $accepted }.
field-invalid-boolean = Expected “true” or “false”.
field-invalid-tax-refund = Expected “true” (any tax-refund store) or “instant” (instant refund in store).
field-invalid-time = Expected a date and time with an offset, for example “2026-12-01T19:30:00+08:00”.
field-invalid-date = Expected a date, for example “2026-12-01”.
field-invalid-cursor = This cursor is not valid or has expired; request the first page again without “cursor”.
field-too-long = Expected at most { $max } characters.
field-requires-near = Only allowed together with “near”.
field-unknown-parameter = Unknown parameter. Accepted parameters: { $accepted }.
field-invalid-json = The body is not valid JSON for this endpoint: { $reason }
field-required = This field is required.
field-invalid-range = “from” must not be later than “to”.

## Place kinds

kind-shop = Shop
kind-mall = Shopping mall
kind-flagship_store = Flagship store
kind-restaurant = Restaurant
kind-food_street = Food street
kind-duty_free_shop = Duty-free shop
kind-tax_refund_point = Tax-refund point
kind-night_scene = Night scene
kind-attraction = Sight
kind-market = Specialised market
kind-transport_hub = Transport hub

## Payment methods

pay-foreign_card_pos = Foreign bank cards (card terminal)
pay-alipay_foreign_card = Alipay with a foreign card
pay-wechat_foreign_card = WeChat Pay with a foreign card
pay-foreign_wallets = Foreign wallets (AlipayHK, Kakao Pay, Touch ’n Go…)
pay-unionpay = UnionPay
pay-cash = Cash (RMB)

## Foreigner-friendliness

friendly-english_menu = English menu
friendly-picture_menu = Picture menu
friendly-order_without_wechat = Order without WeChat
friendly-halal = Halal
friendly-vegetarian = Vegetarian options
friendly-wheelchair = Wheelchair accessible
friendly-staff_languages = Staff speak: { $languages }

## Badges and notices

badge-open-now = Open now
badge-closed-now = Closed now
badge-hours-unknown = Hours unknown
hours-closed-day = Closed
hours-unknown-span = unknown
badge-foreign-card = Takes foreign cards
badge-tax-refund = Tax refund
badge-instant-refund = Instant tax refund
badge-duty-free = Duty-free
badge-night = Night life
notice-verify-before-travel = Verify before travel
notice-not-yet-verified = Not yet verified
notice-approximate-location = Approximate location
notice-translation-fallback = Not yet translated into your language; shown in { $language }.
opens-at = Opens { $time }
closes-at = Closes { $time }

## Driver card (shown to taxi drivers)

driver-card-title = Show this to your driver
driver-card-request = 请带我去这里 (Please take me here)

## Districts of Guangzhou

district-yuexiu = Yuexiu
district-liwan = Liwan
district-haizhu = Haizhu
district-tianhe = Tianhe
district-baiyun = Baiyun
district-huangpu = Huangpu
district-panyu = Panyu
district-huadu = Huadu
district-nansha = Nansha
district-conghua = Conghua
district-zengcheng = Zengcheng

## Commercial zones (the "5+2+4" plan)

zone-tier-world_class = World-class commercial district
zone-tier-lingnan = Lingnan heritage commercial district
zone-tier-transport_hub = Transport-hub commercial district

## Getting around

mode-walk = Walk
mode-metro = Metro
mode-taxi = Taxi
mode-bus = Bus
mode-ferry = Ferry
minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
distance-m = { $meters } m
distance-km = { $km } km

## Events

event-kind-fair = Trade fair
event-kind-festival = Festival
event-kind-exhibition = Exhibition
event-kind-sport = Sport
event-kind-holiday = Public holiday
notice-dates-unconfirmed = Dates not yet confirmed

## Accounts, merchant listings and staff review
error-precondition-required-title = If-Match required
error-invalid-credentials-detail = The email address or the password is wrong.
error-email-taken-detail = An account with this email address already exists. Sign in instead, or use another address.
error-conflict-state-detail = This is not possible while the item is “{ $state }”.
error-limit-reached-detail = You have reached the limit of { $max } saved items. Delete some and try again.
error-slug-taken-detail = The slug “{ $slug }” is already used. Choose another one.
field-password-too-short = Use at least { $min } characters. A few unrelated words make a good, memorable password.
field-password-too-common = This password is too common or too simple. Try a few unrelated words instead.
field-password-contains-email = The password must not contain your email address.
field-invalid-email = Expected an email address such as “name@example.com”.
field-outside-guangzhou = This point lies outside Guangzhou. Expected latitude 22.5 to 23.95 and longitude 112.95 to 114.05 (WGS-84).
field-invalid-opening-hours = Not valid OpenStreetMap opening hours: { $reason }
field-missing-translation = A “{ $locale }” translation is required.
field-unpublished-place = “{ $place }” is not a published place.
field-not-on-last-stop = The last stop has no next stop: leave “to_next” out.
field-ends-before-start = The end must be later than the start.
field-unknown-reference = “{ $value }” does not exist.
field-invalid-slug = Use lowercase ASCII letters, digits and “-” (at most 100 characters).
field-invalid-url = Give the address of a web page anyone can open, starting with https:// (at most 2000 characters).
review-reason-incomplete = Some required information is missing. Please complete the listing.
review-reason-inaccurate = Some information could not be confirmed or appears to be wrong. Please check it.
review-reason-duplicate = This place is already listed in the guide.
review-reason-not_eligible = This place does not fit the guide for foreign visitors to Guangzhou.
review-reason-inappropriate = The listing contains text or images that cannot be published.
field-nul-character = Text must not contain NUL characters (%00).
review-reason-other = See the reviewer's note.

## Public place and route pages (/p/…, /r/…)
page-hours = Opening hours
page-payments = How to pay
page-maps = Open in a map app
page-sources = Sources
page-stops = Stops
page-not-found = This place or route is not in the guide, or is no longer published.
