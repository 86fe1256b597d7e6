# Canton Guide — the web console for merchants and tourism staff (English, the reference).
# Every other locale has a console.ftl with every key of this file; a test enforces it.
# Form field errors reuse the API's messages in main.ftl (field-invalid-email, …).

## Frame of every page

console-brand = Canton Guide console
console-skip-to-content = Skip to main content
console-nav-label = Console
console-nav-sign-in = Sign in
console-nav-sign-up = Create a merchant account
console-nav-listings = My listings
console-nav-staff = Staff home
console-signed-in-as = Signed in as { $email }
console-sign-out = Sign out
console-language = Language
console-language-apply = Change
console-footer = Canton Guide helps foreign visitors find their way around Guangzhou.
console-role-visitor = visitor
console-role-merchant = merchant
console-role-curator = curator
console-role-admin = administrator

## Sign in

console-sign-in-title = Sign in
console-sign-in-intro = For merchants and the tourism staff of Canton Guide.
console-field-email = Email address
console-field-password = Password
console-sign-in-submit = Sign in
console-sign-in-failed = The email address or the password is not correct.
console-sign-in-limited = { $minutes ->
    [one] Too many sign-in attempts. Please wait a minute and try again.
   *[other] Too many sign-in attempts. Please wait { $minutes } minutes and try again.
}
console-sign-in-no-account = New to Canton Guide?
console-sign-in-create = Create a merchant account
console-notice-signed-out = You have signed out.
console-notice-session-ended = Your session has ended. Please sign in again.
console-notice-sign-in-required = Please sign in to open this page.

## Sign up

console-sign-up-title = Create a merchant account
console-sign-up-intro = Register your shop, restaurant or venue so that foreign visitors can find it. The guide's curators review every listing before it goes live.
console-field-display-name = Your name or your business's name (optional)
console-field-password-new = Password
console-field-password-hint = At least { $min } characters. A few unrelated words are easy to remember and hard to guess.
console-sign-up-submit = Create account
console-sign-up-have-account = Already registered?
console-sign-up-sign-in = Sign in
console-sign-up-limited = { $minutes ->
    [one] Too many accounts were created from this network. Please try again in a minute.
   *[other] Too many accounts were created from this network. Please try again in { $minutes } minutes.
}
console-form-has-errors = Please correct the fields marked below.
console-error-email-taken = An account with this email address already exists. Sign in instead.

## The merchant's listings

console-listings-title = My listings
console-listings-intro = Each listing shows where it stands: a draft only you can see, waiting for review, live in the guide, or not accepted, with the reviewer's reason.
console-listings-empty = You have no listings yet.
console-listings-older = Older listings
console-status-label = Status
console-status-draft = Draft
console-status-pending = Waiting for review
console-status-live = Live
console-status-live-pending = Live; your changes are waiting for review
console-status-rejected = Not accepted
console-status-live-rejected = Live; your changes were not accepted
console-reason = Reviewer's reason:
console-reason-note = Reviewer's note:
console-updated = Last changed
console-unnamed = (no name yet)

## Staff home

console-staff-title = Staff home
console-staff-intro = You are signed in as { $role }.
console-staff-queue = Waiting for review
console-staff-queue-empty = Nothing is waiting for review.
console-staff-queue-count = { $count ->
    [one] One submission is waiting for review.
   *[other] { $count } submissions are waiting for review.
}
console-staff-queue-more = More submissions are waiting; these are the { $shown } oldest.
console-staff-submitted = Submitted

## Problem pages

console-problem-code = Error { $status }
console-problem-home = Go to the console home
console-problem-not-found-title = Page not found
console-problem-not-found-detail = There is no page at this address. Check the link, or start again from the console home.
console-problem-forbidden-title = Not allowed
console-problem-forbidden-detail = This page is not open to your account ({ $role }).
console-problem-visitor-detail = The console is for merchants and tourism staff. Your account is a visitor account: use the Canton Guide app instead.
console-problem-csrf-title = This form has expired
console-problem-csrf-detail = The form was not sent from an open page of the console, or it is too old. Go back, reload the page and send it again.
console-problem-bad-request-title = The request was not understood
console-problem-bad-request-detail = Something in the address or the form was not understood. Go back and try again.
console-problem-bad-language-title = Language not available
console-problem-bad-language-detail = “{ $value }” is not one of the console's languages. Choose one of these:
console-problem-bad-cursor-detail = This page link is not valid. Start again from the first page of your listings.
console-problem-too-large-detail = The form is larger than the { $max } bytes the console accepts.
console-problem-internal-title = Something went wrong on our side
console-problem-internal-detail = The page could not be shown. Please try again in a moment.

## Listing form (merchant)
console-nav-new-listing = New listing
console-listing-new-title = New listing
console-listing-edit-title = Edit listing
console-listing-created = Draft created. Only you can see it until you submit it and a curator approves it.
console-listing-saved = Saved. The draft is still only visible to you.
console-listing-saved-live = Saved. Your changes wait for review; the live version stays in the guide until then.
console-listing-submitted = Submitted for review. The decision will appear here.
console-listing-errors = { $count ->
    [one] The listing was not saved: one field needs attention.
   *[other] The listing was not saved: { $count } fields need attention.
}
console-listing-stale = This listing was saved in another tab or window after you opened it. Your changes are still in the form below; saving again replaces the other version.
console-listing-stale-submit = This listing changed after you opened it. Check the version below, then submit again.
console-listing-status = Where it stands
console-listing-view-public = Open the public page
console-submit = Submit for review
console-submit-hint = A curator checks the listing before it appears in the guide.
console-save = Save
console-section-basics = Basics
console-field-kind = Kind of place
console-field-district = District
console-field-name-zh = Chinese name
console-field-name-zh-hint = As on the sign: taxi drivers and passers-by read it.
console-field-address-zh = Chinese address
console-field-phone = Phone
console-section-location = Location
console-field-map-link = Map share link
console-field-map-link-hint = Paste a link from Amap, Apple Maps or Google Maps; it replaces the coordinates below. Amap uses China's GCJ-02 coordinates; they are converted to WGS-84.
console-field-lat = Latitude (WGS-84)
console-field-lng = Longitude (WGS-84)
console-field-location-needed = Enter the latitude and longitude, for example 23.1291 and 113.2644, or paste a map share link.
console-map-link-not-a-link = Paste a web address that starts with https://.
console-map-link-unknown = This is not an Amap, Apple Maps or Google Maps link.
console-map-link-short = Short links hold no coordinates. Open the link in a browser, then copy the full address from the address bar.
console-map-link-no-coordinates = This link names a place or a search, not a point. Share a dropped pin instead, or enter the coordinates.
console-section-hours = Opening hours
console-field-hours = Opening hours (OpenStreetMap syntax)
console-field-hours-hint = For example “Mo-Fr 10:00-22:00; Sa-Su 10:00-23:00; PH off” (PH: public holidays).
console-hours-preview = The next seven days, as visitors will see them
console-hours-closed = Closed
console-hours-unknown = unknown
console-section-payments = How visitors pay
console-section-friendliness = For visitors from abroad
console-friendly-unsaid = Not said
console-friendly-yes = Yes
console-friendly-no = No
console-field-staff-languages = Languages the staff speak
console-field-staff-languages-hint = Language codes separated by commas, for example en, ja, yue.
console-section-refund = Tax refund
console-field-refund-store = Registered departure tax-refund store
console-field-refund-instant = Pays the refund on the spot (instant refund)
console-section-more = More about the place
console-field-night = Open in the evening (night economy)
console-field-interests = Good for
console-interest-food = Food
console-interest-shopping = Shopping
console-interest-night = Nights out
console-interest-heritage = Heritage
console-interest-culture = Culture
console-interest-nature = Nature
console-interest-family = Families
console-field-tags = Tags
console-field-tags-hint = Separated by commas.
console-field-visit-minutes = Usual length of a visit, in minutes
console-section-texts = Texts for visitors, by language
console-texts-hint = English is required. Add the languages you can write well; visitors see English where a language is missing.
console-field-name = Name
console-field-summary = Summary
console-field-address = Address

## Review (curators and admins)
console-nav-review = Review queue
console-review-title = Review queue
console-review-intro = Submissions from merchants, oldest first. Open one to compare it with what is live, then approve or reject it.
console-review-more = More submissions
console-review-merchant = Merchant:
console-review-kind-new = New listing
console-review-kind-edit = Change to a live listing
console-review-one-title = Review a submission
console-review-changes = What changes
console-review-field = Field
console-review-live = Live now
console-review-proposed = Proposed
console-review-no-changes = No field differs from the live version.
console-review-empty-value = —
console-review-approve-heading = Approve
console-review-approve-hint = The proposed version goes live in the guide at once.
console-review-approve = Approve and publish
console-review-reject-heading = Reject
console-review-reason = Reason
console-review-reason-choose = Choose a reason
console-review-note = Note for the merchant (optional)
console-review-note-hint = Shown as you write it; the reason itself is shown in the merchant's language.
console-review-reject = Reject
console-review-reject-fix = Choose a reason before rejecting.
console-review-approved = Approved: the listing is live.
console-review-rejected = Rejected: the merchant sees the reason in their language.
console-review-gone = That submission was decided by someone else or changed after you opened it. Here is the queue as it is now.

## Audit log, accounts and themed routes (curators and admins)
console-nav-audit = Audit log
console-audit-title = Audit log
console-audit-intro = Every change made by staff and merchants, newest first, with the state before and after. Times are Guangzhou time.
console-audit-filters = Filters
console-audit-actor = Who (account id)
console-audit-action = Action
console-audit-action-hint = Exact, or the beginning followed by a dot, for example route.
console-audit-target-type = Kind of object (place, route, event, alert, user)
console-audit-target-id = Object id
console-audit-since = From
console-audit-until = Until (not included)
console-audit-time-hint = Date and time with its offset, for example 2026-12-01T09:00:00+08:00.
console-audit-apply = Apply filters
console-audit-clear = Clear filters
console-audit-fix = Some filters could not be read; see the messages next to them.
console-audit-empty = No entry matches these filters.
console-audit-time = Time
console-audit-who = Who
console-audit-action-column = Action
console-audit-target = Object
console-audit-show-change = Before and after
console-audit-before = Before
console-audit-after = After
console-audit-older = Older entries
console-nav-users = Users
console-users-title = Users and roles
console-users-intro = Find an account by its email address, then change its role. The change takes effect on the account's next request.
console-users-email = Email address
console-users-find = Find
console-users-none = No account has this email address.
console-users-since = Account created
console-users-role = Role
console-users-change = Change role
console-users-changed = Role changed. It takes effect on the account's next request.
console-users-fix = The role was not changed; see the message next to it.
console-nav-routes = Routes
console-routes-title = Themed routes
console-routes-intro = Walks and day trips for visitors, drafts included. A route appears in the guide once it is published.
console-routes-new = New route
console-routes-empty = No route yet.
console-routes-stops = { $count ->
    [one] One stop
   *[other] { $count } stops
}
console-routes-updated = Last changed
console-route-new-title = New route
console-route-edit-title = Edit route
console-route-slug = Short name for the address (slug)
console-route-slug-hint = Lower-case letters, digits and hyphens, for example lingnan-heritage-walk.
console-route-theme = Theme
console-route-stops = Stops, in visiting order
console-route-stops-hint = From 2 to 30 places that are live in the guide. Adding, moving or removing a stop changes only this form: press Save to keep it.
console-route-no-stops = No stops yet.
console-route-stop = Stop { $number }
console-route-dwell = Minutes to stay
console-route-leg-mode = Then on to the next stop by
console-route-leg-minutes = Minutes to the next stop
console-route-up = Move up
console-route-down = Move down
console-route-remove = Remove
console-route-add-place = Place to add
console-route-add-place-hint = The place's short name (slug) or id, for example canton-tower.
console-route-add = Add stop
console-route-sources = Sources
console-route-sources-hint = One web address per line: the pages the route is based on.
console-route-unsaved = Not saved yet: press Save to keep these changes.
console-route-errors = { $count ->
    [one] The route was not saved: one field needs attention.
   *[other] The route was not saved: { $count } fields need attention.
}
console-route-created = Route created as a draft. Publish it when it is ready.
console-route-saved = Route saved.
console-route-published = Published: the route is in the guide.
console-route-unpublished = Withdrawn: the route is a draft again.
console-route-publish = Publish
console-route-publish-hint = Visitors see the route in the guide at once.
console-route-unpublish = Withdraw
console-route-unpublish-hint = The route leaves the guide and becomes a draft again.

## Events and alerts (curators and admins)
console-nav-events = Events
console-nav-alerts = Alerts
console-field-zones = Commercial zones
console-confidence-confirmed = Confirmed: the organiser has announced them
console-confidence-inferred = Expected: follows from earlier years, not yet announced
console-confidence-uncertain = Uncertain: visitors are asked to check
console-events-title = Events
console-events-intro = Fairs, festivals, exhibitions and public holidays, drafts included. An event appears in the guide once it is published.
console-events-new = New event
console-events-empty = No event yet.
console-event-new-title = New event
console-event-edit-title = Edit event
console-event-slug-hint = Lower-case letters, digits and hyphens, for example canton-fair-spring.
console-event-kind = Kind of event
console-event-dates = Dates
console-event-starts-on = First day
console-event-ends-on = Last day
console-event-dates-hint = Days in Guangzhou; the last day is included. For a one-day event, give the same day twice.
console-event-confidence = How sure are the dates?
console-event-where = Where
console-event-place = Venue (optional)
console-event-place-hint = The short name (slug) or id of a place that is live in the guide, for example canton-tower. Leave empty for an event across the city.
console-event-sources-hint = One web address per line: the pages the dates come from.
console-event-errors = { $count ->
    [one] The event was not saved: one field needs attention.
   *[other] The event was not saved: { $count } fields need attention.
}
console-event-created = Event created as a draft. Publish it when it is ready.
console-event-saved = Event saved.
console-event-published = Published: the event is in the guide.
console-event-unpublished = Withdrawn: the event is a draft again.
console-event-publish-hint = Visitors see the event in the guide at once.
console-event-unpublish-hint = The event leaves the guide and becomes a draft again.
console-severity-info = Information
console-severity-warning = Warning
console-severity-severe = Severe
console-alerts-title = Alerts
console-alerts-intro = Warnings for visitors (typhoons, rainstorms, closures), drafts and past ones included. A published alert is shown in the guide during its validity window.
console-alerts-new = New alert
console-alerts-empty = No alert yet.
console-alerts-in-force = In force now
console-alerts-upcoming = Not yet in force
console-alerts-over = Over
console-alert-new-title = New alert
console-alert-edit-title = Edit alert
console-alert-severity = Severity
console-alert-severity-hint = Information: good to know. Warning: plan around it. Severe: act now (typhoon signal, safety).
console-alert-starts-at = From
console-alert-ends-at = Until
console-alert-window-hint = Guangzhou time (UTC+8). The alert is shown from the first time until the second.
console-alert-time-invalid = Expected a date and time, for example 2026-12-01 19:30 (Guangzhou time).
console-alert-area = Where it applies
console-alert-area-hint = Tick the commercial zones and routes concerned; leave all unticked for the whole city.
console-alert-title-field = Title
console-alert-body = Details
console-alert-errors = { $count ->
    [one] The alert was not saved: one field needs attention.
   *[other] The alert was not saved: { $count } fields need attention.
}
console-alert-created = Alert created as a draft. Publish it to show it.
console-alert-saved = Alert saved.
console-alert-published = Published: the alert is shown while it is in force.
console-alert-unpublished = Withdrawn: the alert is a draft again.
console-alert-publish-hint = Visitors see the alert during its validity window.
console-alert-unpublish-hint = The alert is no longer shown and becomes a draft again.
