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
