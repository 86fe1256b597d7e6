# Texts of the phone app's screens (guide-core view models). Shared words (place kinds,
# payment methods, badges, districts, travel modes, minutes, distances) are in main.ftl.

app-title-explore = Explore
app-title-zones = Shopping districts
app-title-routes = Routes
app-title-planner = Trip planner
app-title-refund = Tax refund
app-title-saved = Saved
app-title-settings = Settings
app-offline-banner = Offline: showing the guide saved on this phone
app-no-data = No offline guide yet. Connect to the internet once to download it.
app-error-offline = You are offline. The saved guide still works.
app-explore-empty = No places match these filters.
app-place-count = { $count ->
    [one] { $count } place
   *[other] { $count } places
}
app-stop-count = { $count ->
    [one] { $count } stop
   *[other] { $count } stops
}
app-duration-hm = { $hours } h { $minutes } min
app-stay = Stay { $duration }
app-leg = { $mode }, { $duration }
app-price = ¥{ $amount }
app-date = { $weekday } { $day } { $month }
app-date-time = { $date } { $time }
app-weekday-1 = Mon
app-weekday-2 = Tue
app-weekday-3 = Wed
app-weekday-4 = Thu
app-weekday-5 = Fri
app-weekday-6 = Sat
app-weekday-7 = Sun
app-month-1 = Jan
app-month-2 = Feb
app-month-3 = Mar
app-month-4 = Apr
app-month-5 = May
app-month-6 = Jun
app-month-7 = Jul
app-month-8 = Aug
app-month-9 = Sep
app-month-10 = Oct
app-month-11 = Nov
app-month-12 = Dec
app-hours-unknown = Opening hours not known
app-transit-eligible = You can enter without a visa
app-transit-not-eligible = This trip needs a visa
app-transit-deadline = Leave mainland China by { $time }
app-countdown = { $days ->
    [one] { $days } day
   *[other] { $days } days
} { $hours } h left
app-countdown-over = The visa-free stay has ended
app-plan-summary = { $days ->
    [one] { $days } day
   *[other] { $days } days
}, { $visits ->
    [one] { $visits } visit
   *[other] { $visits } visits
}
app-plan-leave = Leave for the port at { $time }
app-plan-empty = Check the visa-free rules or give a departure time to make a plan.
app-role-visit = Visit
app-role-lunch = Lunch
app-role-dinner = Dinner
app-role-night = Evening
app-refund-spent = Spent: { $amount }
app-refund-estimate = Estimated refund: { $amount }
app-refund-instant = Already refunded in stores: { $amount }
app-refund-collect = To collect at departure: { $amount }
app-refund-empty = Add purchases with a tax-refund invoice to follow your refund.
app-refund-not-eligible = Below the minimum for this store and day
app-saved-empty = Nothing saved yet.
app-saved-pending = Saved on this phone; syncs when you are online and signed in
app-settings-language = Language
app-settings-offline = Offline guide
app-settings-synced = { $count ->
    [one] { $count } place
   *[other] { $count } places
} saved, updated { $time }
app-settings-never = Not downloaded yet
app-settings-account = Account
app-settings-signed-in = Signed in: favourites and itineraries sync
app-settings-signed-out = Not signed in (browsing needs no account)
app-sync-updated = Guide updated: { $changed } changes
app-sync-current = The guide is up to date
app-source-checked = { $url } (checked { $date })

# The desktop and phone shells' own labels (GuideCore.labels).
app-label-search = Search places
app-label-back = Back
app-label-driver-show = Show to a taxi driver
app-label-close = Close
app-label-favorite-add = Save
app-label-favorite-remove = Remove from saved
app-label-map-amap = Amap
app-label-map-apple = Apple Maps
app-label-map-google = Google Maps
app-label-nationality = Passport country
app-label-entry-port = Arrival airport or port
app-label-entry-at = Arrival time
app-label-origin = Flying in from
app-label-destination = Flying on to
app-label-departure = Departure time
app-label-check = Check visa-free entry
app-label-interests = Interests
app-interest-food = Food
app-interest-shopping = Shopping
app-interest-night = Night scenes
app-interest-heritage = Heritage
app-interest-culture = Culture
app-interest-nature = Nature
app-interest-family = Family
app-label-plan = Plan my days
app-label-store = Store
app-label-date = Date of purchase
app-label-amount = Amount in yuan (VAT included)
app-label-vat = VAT rate (%)
app-label-instant = Refunded in the store
app-label-add = Add purchase
app-label-remove = Remove
app-label-checklist = Before you leave
app-label-sync = Update the guide now
