# Canton Guide — messages of the visitor rules engine (guide-domain: transit, tax_refund,
# planner). English is the reference: every locale has the same keys and variables.

## Visa-free check: schemes and permitted areas

transit-scheme-transit_240h = 240-hour visa-free transit
transit-scheme-transit_144h = 144-hour visa-free transit
transit-scheme-visa_free_30d = 30-day visa-free entry
transit-scheme-none = Not confirmed: check with the embassy
transit-area-designated_provinces = The provinces of the 240-hour scheme (24 provinces with designated ports, Guangdong included); do not leave them.
transit-area-guangdong = Guangdong Province only.
transit-area-mainland = Mainland China.

## Visa-free check: reasons a scheme does not apply

transit-reason-nationality_not_eligible = Passports of { $country } are not covered by this scheme.
transit-reason-nationality_list_unknown = We have no list of the nationalities covered by this scheme at that date, so we cannot confirm yours.
transit-reason-port_not_designated = { $port } is not a designated entry port for this scheme.
transit-reason-onward_not_third_country = The onward ticket must go to a third country or region; mainland China ({ $destination }) does not count.
transit-reason-round_trip = You arrive from and continue to the same place ({ $country }); transit needs an onward ticket to a third country or region.
transit-reason-purpose_not_allowed = This scheme allows tourism, business and visits only; work, study and journalism need a visa.
transit-reason-passport_validity_too_short = Your passport must be valid until at least { $date }.
transit-reason-exit_before_entry = The planned exit is before the entry.
transit-reason-exit_after_deadline = The planned exit is after the deadline ({ $deadline }, Beijing time).
transit-reason-policy_not_in_force = We know of no version of this scheme in force on { $date }.

## Visa-free check: warnings

transit-warning-verify_before_travel = Verify before travel: rules change, and some facts here are not confirmed. Check with your airline or the Chinese embassy.
transit-warning-exit_port_rule_uncertain = Sources do not say clearly whether you must leave through a designated port; plan to leave through one to be safe.
transit-warning-port_identity_uncertain = Which terminal “{ $port }” means is not confirmed.
transit-warning-port_not_listed = { $port } is not in our list of Guangdong ports for this scheme; it may still be designated elsewhere in China.
transit-warning-exit_port_not_listed = Your exit port { $port } is not in our list of designated ports.
transit-warning-policy_ends_during_stay = This rule is only confirmed until { $date }, which is before the end of your stay.
transit-warning-policy_ends_soon = This rule is only confirmed until { $date }; check for an extension before you travel.
transit-warning-country_window_uncertain = The dates of this scheme for your country are not confirmed.
transit-warning-nationality_list_unknown = The list of nationalities covered at that date is not recorded.
transit-warning-suspended_2020_2023 = This scheme was suspended from 2020 until 8 January 2023.
transit-warning-passport_validity_uncertain = One source asks for a passport valid at least 6 months; make sure yours is.
transit-warning-day_count_rule_uncertain = We count the 30 days from 00:00 on the day after entry, as for transit; sources do not confirm this for the 30-day scheme.

## Visa-free check: mutual visa-exemption agreements and answers we cannot confirm

transit-scheme-mutual_visa_exemption = Mutual visa exemption (agreement between China and your country)
transit-reason-no_agreement = We know of no visa-exemption agreement between China and { $country } for ordinary passports.
transit-reason-agreement_not_yet_in_force = The visa-exemption agreement with { $country } applies to entries from { $date }.
transit-reason-agreement_ended = The visa-exemption agreement with { $country } applied to entries until { $date } only.
transit-reason-nationality_not_in_data = Our data holds no visa-free arrangement for passports of { $country }. This does not mean that none exists.
transit-warning-cannot_confirm_check_embassy = We cannot confirm a visa-free entry for this trip. Check with the Chinese embassy or consulate, or with your airline, before you travel.
transit-warning-cumulative_any_180_days = Stays under this agreement may add up to at most { $days } days in any 180 days; count your earlier visits.
transit-warning-cumulative_calendar_year = Stays under this agreement may add up to at most { $days } days in a calendar year; count your earlier visits.
transit-warning-agreement_uncertain = The terms of this agreement are not confirmed by an official notice.

## Tax refund: why a store-day earns nothing

refund-reason-below_minimum = Below the minimum of { $minimum } RMB per store per day.
refund-reason-export_window_passed = The goods must leave China by { $date }; your departure is later.
refund-reason-vat_rate_not_refundable = Goods at { $vat } % VAT are not refunded.
refund-reason-stay_too_long = Only visitors who have spent at most { $days } consecutive days on the mainland can claim a refund.

## Tax refund: warnings

refund-warning-stay_too_long = You have spent more than { $days } consecutive days on the mainland, so no purchase qualifies for a refund.
refund-warning-transfer_only = Refunds above { $limit } RMB are paid by bank transfer only, not in cash.
refund-warning-effective_date_uncertain = The current minimum and cash limit apply since April 2025; the exact start date is not confirmed.
refund-warning-refund_counter_location_uncertain = The exact refund counter and terminal at Baiyun airport are not confirmed; ask at the airport.
refund-warning-verify_before_travel = Verify before travel: some of these rules are not confirmed and may have changed.

## Tax refund: instant refund in store

refund-instant-card_preauthorisation = The store takes a pre-authorisation on your bank card and pays the refund straight away.
refund-instant-customs_check_at_departure = You must still show the goods to customs when you leave China.
refund-instant-leave_within_export_window = Leave China with the goods within the export period, or the pre-authorised amount is charged.

## Tax refund: departure checklist

refund-checklist-eligible_travellers = Foreign visitors and residents of Hong Kong, Macau and Taiwan can claim a refund.
refund-checklist-goods_unused_and_carried = Keep the goods unused and take them with you, in your hand luggage or checked in.
refund-checklist-leave_within_90_days = Leave China with the goods within { $days } days of buying them.
refund-checklist-keep_forms_and_invoices = Keep the refund forms and invoices from each store together with your passport.
refund-checklist-customs_stamp_before_checkin = At Baiyun airport, have customs stamp the refund forms before you check in your luggage.
refund-checklist-collect_in_restricted_zone = Collect the refund from the refund agency inside the restricted zone, after security.
refund-checklist-refund_counter_location_uncertain = The exact counter and terminal are not confirmed: ask airport staff.
refund-checklist-cash_limit = Refunds up to { $limit } RMB can be paid in cash or by transfer; above that, by bank transfer only.
refund-checklist-instant_refund_customs_check = Instant refund: you still need the customs check at departure.

## Itinerary planner: warnings and notices

plan-warning-outlasts_deadline = Your departure is after your visa-free deadline ({ $deadline }, Beijing time); the plan ends in time for the deadline. Change your ticket or get a visa.
plan-warning-leave_for_port = Set off for { $port } by { $time }, to be there { $minutes } minutes before departure.
plan-warning-leave_for_departure = Set off by { $time } to be at your departure point { $minutes } minutes before departure.
plan-warning-tax_refund_reminder = You have tax-refund purchases: allow time at the departure port to have customs stamp the forms before check-in and to collect the refund after security.
plan-warning-start_outside_guangzhou = Your starting point is outside Guangzhou; travel times may be longer than shown.
plan-warning-outside_guangzhou = { $place } is outside Guangzhou; make sure it is inside the area your visa-free stay allows.
plan-warning-must_see_unknown = We do not know the place “{ $place }”.
plan-warning-must_see_not_scheduled = “{ $place }” did not fit: it is closed or too far at every free time.
plan-warning-nothing_fits = No visit fits between your arrival and the time to leave for the port.

## Input checks of the rules endpoints (server) and planner notices added by the server

field-invalid-country = Expected a two-letter ISO 3166-1 code such as “US”, “JP” or “HK”.
field-positive-amount = Expected an amount in yuan greater than 0 and at most { $max }, for example “250.00”.
field-too-many = Expected at most { $max } items.
field-plan-needs-end = Give “exit_at” or the visa-free “deadline”: the plan needs an end.
field-end-before-entry = Expected a time after “entry_at”.
field-window-too-long = The trip may last at most { $days } days.
plan-warning-hours_unknown = We do not know the opening hours of { $place }; check them before you go.
