# Canton Guide — German messages (translated from the English reference,
# locales/en/main.ftl: this file must have exactly its keys; a test enforces it).
#
# Shared by guide-server (problem+json titles and details, labels in responses) and
# guide-core (the app's view models). Variables are written { $name }.

## Problem titles and details (RFC 9457 problem+json)

error-not-found-title = Nicht gefunden
error-not-found-detail = Nicht gefunden: { $what } „{ $id }“.
error-route-not-found-detail = Unter { $path } gibt es keinen API-Endpunkt. Eine Liste der Endpunkte finden Sie unter /docs.
error-validation-title = Einige Eingaben sind ungültig
error-validation-detail = Prüfen Sie die unter „errors“ aufgeführten Felder; bei jedem steht, was akzeptiert würde.
error-bad-request-title = Ungültige Anfrage
error-method-not-allowed-title = Methode nicht erlaubt
error-method-not-allowed-detail = Dieser Endpunkt akzeptiert diese HTTP-Methode nicht.
error-payload-too-large-title = Anfragetext zu groß
error-payload-too-large-detail = Der Anfragetext darf höchstens { $max } Byte groß sein.
error-unsupported-media-type-title = Nicht unterstützter Medientyp
error-unsupported-media-type-detail = Senden Sie den Anfragetext als JSON mit „Content-Type: application/json“.
error-not-acceptable-title = Antwortformat nicht verfügbar
error-unauthorized-title = Anmeldung erforderlich
error-unauthorized-detail = Melden Sie sich erneut an: Das Zugriffstoken fehlt, ist abgelaufen oder ungültig.
error-forbidden-title = Nicht erlaubt
error-forbidden-detail = Ihr Konto darf diese Aktion nicht ausführen.
error-conflict-title = Konflikt
error-precondition-failed-title = Von jemand anderem geändert
error-precondition-failed-detail = Dieser Eintrag wurde geändert, seit Sie ihn geladen haben. Laden Sie ihn neu, übernehmen Sie Ihre Änderung erneut und speichern Sie noch einmal; es wurde nichts überschrieben.
error-precondition-required-detail = Senden Sie das ETag des Eintrags in einem „If-Match“-Header, damit keine Änderungen anderer überschrieben werden.
error-too-many-requests-title = Zu viele Anfragen
error-too-many-requests-detail = Bitte warten Sie { $seconds } Sekunden und versuchen Sie es dann erneut.
error-unavailable-title = Dienst vorübergehend nicht verfügbar
error-unavailable-detail = Die Datenbank ist derzeit nicht erreichbar. Bitte versuchen Sie es gleich noch einmal.
error-overloaded-detail = Der Server ist ausgelastet. Bitte warten Sie { $seconds } Sekunden und versuchen Sie es erneut.
error-uri-too-long-title = Anfrageadresse zu lang
error-uri-too-long-detail = Pfad und Parameter einer Anfrage dürfen höchstens { $max } Bytes lang sein.
error-host-required-detail = Eine HTTP/1.1-Anfrage muss einen Host-Header enthalten.
error-last-admin-detail = Es muss immer mindestens einen Administrator geben: Ernennen Sie zuerst jemand anderen zum Administrator.
error-internal-title = Bei uns ist etwas schiefgelaufen
error-internal-detail = Das Problem wurde protokolliert. Bitte versuchen Sie es später erneut.

## Field-level validation messages (the “errors” array)

field-invalid-coordinates = Erwartet wird „LAT,LNG“ in Dezimalgrad, Breitengrad −90…90 und Längengrad −180…180, zum Beispiel „23.1291,113.2644“.
field-out-of-range = Erwartet wird eine ganze Zahl von { $min } bis { $max }.
field-invalid-number = Erwartet wird eine Zahl.
field-invalid-choice = „{ $value }“ ist hier nicht zulässig. Zulässige Werte: { $accepted }.
field-invalid-boolean = Erwartet wird „true“ oder „false“.
field-invalid-tax-refund = Erwartet wird „true“ (jedes Geschäft mit Steuerrückerstattung) oder „instant“ (sofortige Rückerstattung im Geschäft).
field-invalid-time = Erwartet wird ein Datum mit Uhrzeit und Zeitzonenversatz, zum Beispiel „2026-12-01T19:30:00+08:00“.
field-invalid-date = Erwartet wird ein Datum, zum Beispiel „2026-12-01“.
field-invalid-cursor = Dieser Cursor ist ungültig oder abgelaufen; fordern Sie die erste Seite erneut ohne „cursor“ an.
field-too-long = Höchstens { $max } Zeichen erlaubt.
field-requires-near = Nur zusammen mit „near“ zulässig.
field-unknown-parameter = Unbekannter Parameter. Zulässige Parameter: { $accepted }.
field-invalid-json = Der Anfragetext ist kein gültiges JSON für diesen Endpunkt: { $reason }
field-required = Dieses Feld ist erforderlich.
field-invalid-range = „from“ darf nicht später als „to“ sein.

## Place kinds

kind-shop = Geschäft
kind-mall = Einkaufszentrum
kind-flagship_store = Flagship-Store
kind-restaurant = Restaurant
kind-food_street = Gastromeile
kind-duty_free_shop = Duty-free-Shop
kind-tax_refund_point = Steuerrückerstattungsstelle
kind-night_scene = Nachtpanorama
kind-attraction = Sehenswürdigkeit
kind-market = Spezialmarkt
kind-transport_hub = Verkehrsknotenpunkt

## Payment methods

pay-foreign_card_pos = Ausländische Bankkarten (Kartenterminal)
pay-alipay_foreign_card = Alipay mit ausländischer Karte
pay-wechat_foreign_card = WeChat Pay mit ausländischer Karte
pay-foreign_wallets = Ausländische Wallets (AlipayHK, Kakao Pay, Touch ’n Go…)
pay-unionpay = UnionPay
pay-cash = Bargeld (RMB)

## Foreigner-friendliness

friendly-english_menu = Englische Speisekarte
friendly-picture_menu = Speisekarte mit Bildern
friendly-order_without_wechat = Bestellen ohne WeChat
friendly-halal = Halal
friendly-vegetarian = Vegetarische Gerichte
friendly-wheelchair = Rollstuhlgerecht
friendly-staff_languages = Personal spricht: { $languages }

## Badges and notices

badge-open-now = Jetzt geöffnet
badge-closed-now = Jetzt geschlossen
badge-hours-unknown = Öffnungszeiten unbekannt
hours-closed-day = Geschlossen
hours-unknown-span = unbekannt
badge-foreign-card = Ausländische Karten akzeptiert
badge-tax-refund = Steuerrückerstattung
badge-instant-refund = Sofortige Steuerrückerstattung
badge-duty-free = Duty-free
badge-night = Nachtleben
notice-verify-before-travel = Vor dem Besuch prüfen
notice-not-yet-verified = Noch nicht überprüft
notice-approximate-location = Ungefährer Standort
notice-translation-fallback = Noch nicht in Ihre Sprache übersetzt; wird auf { $language } angezeigt.
opens-at = Öffnet um { $time }
closes-at = Schließt um { $time }

## Driver card (shown to taxi drivers)

driver-card-title = Zeigen Sie dies Ihrem Fahrer
driver-card-request = 请带我去这里 (Bitte bringen Sie mich hierhin)

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

zone-tier-world_class = Geschäftsviertel von Weltrang
zone-tier-lingnan = Geschäftsviertel mit Lingnan-Tradition
zone-tier-transport_hub = Geschäftsviertel am Verkehrsknotenpunkt

## Getting around

mode-walk = Zu Fuß
mode-metro = Metro
mode-taxi = Taxi
mode-bus = Bus
mode-ferry = Fähre
minutes = { $count ->
    [one] { $count } Minute
   *[other] { $count } Minuten
}
distance-m = { $meters } m
distance-km = { $km } km

## Events

event-kind-fair = Messe
event-kind-festival = Festival
event-kind-exhibition = Ausstellung
event-kind-sport = Sport
event-kind-holiday = Feiertag
notice-dates-unconfirmed = Termine noch nicht bestätigt

## Accounts, merchant listings and staff review
error-precondition-required-title = If-Match erforderlich
error-invalid-credentials-detail = E-Mail-Adresse oder Passwort ist falsch.
error-email-taken-detail = Für diese E-Mail-Adresse gibt es bereits ein Konto. Melden Sie sich an oder verwenden Sie eine andere Adresse.
error-conflict-state-detail = Das ist nicht möglich, solange der Eintrag im Zustand „{ $state }“ ist.
error-limit-reached-detail = Sie haben die Höchstzahl von { $max } gespeicherten Einträgen erreicht. Löschen Sie einige und versuchen Sie es erneut.
error-slug-taken-detail = Die Kennung „{ $slug }“ ist bereits vergeben. Wählen Sie eine andere.
field-password-too-short = Verwenden Sie mindestens { $min } Zeichen. Einige zusammenhanglose Wörter ergeben ein gutes, leicht zu merkendes Passwort.
field-password-too-common = Dieses Passwort ist zu verbreitet oder zu einfach. Versuchen Sie es mit einigen zusammenhanglosen Wörtern.
field-password-contains-email = Das Passwort darf Ihre E-Mail-Adresse nicht enthalten.
field-invalid-email = Erwartet wird eine E-Mail-Adresse wie „name@example.com“.
field-outside-guangzhou = Dieser Punkt liegt außerhalb von Guangzhou. Erwartet: Breite 22.5 bis 23.95 und Länge 112.95 bis 114.05 (WGS-84).
field-invalid-opening-hours = Keine gültigen OpenStreetMap-Öffnungszeiten: { $reason }
field-missing-translation = Eine Übersetzung „{ $locale }“ ist erforderlich.
field-unpublished-place = „{ $place }“ ist kein veröffentlichter Ort.
field-not-on-last-stop = Die letzte Station hat keine nächste: „to_next“ weglassen.
field-ends-before-start = Das Ende muss nach dem Beginn liegen.
field-unknown-reference = „{ $value }“ existiert nicht.
field-invalid-slug = Verwenden Sie kleine ASCII-Buchstaben, Ziffern und „-“ (höchstens 100 Zeichen).
field-invalid-url = Geben Sie die Adresse einer für alle zugänglichen Webseite an, beginnend mit https:// (höchstens 2000 Zeichen).
review-reason-incomplete = Es fehlen Pflichtangaben. Bitte vervollständigen Sie den Eintrag.
review-reason-inaccurate = Einige Angaben ließen sich nicht bestätigen oder scheinen falsch. Bitte prüfen Sie sie.
review-reason-duplicate = Dieser Ort ist bereits im Reiseführer.
review-reason-not_eligible = Dieser Ort passt nicht in einen Reiseführer für ausländische Besucher in Guangzhou.
review-reason-inappropriate = Der Eintrag enthält Texte oder Bilder, die nicht veröffentlicht werden können.
field-nul-character = Der Text darf keine NUL-Zeichen (%00) enthalten.
review-reason-other = Siehe die Anmerkung der prüfenden Person.

## Public place and route pages (/p/…, /r/…)
page-hours = Öffnungszeiten
page-payments = Bezahlen
page-maps = In einer Karten-App öffnen
page-sources = Quellen
page-stops = Stationen
page-not-found = Dieser Ort oder diese Route ist nicht im Reiseführer oder nicht mehr veröffentlicht.
