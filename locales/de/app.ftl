# Texte der App-Bildschirme (View-Models von guide-core). Gemeinsame Wörter stehen in main.ftl.

app-title-explore = Entdecken
app-title-zones = Einkaufsviertel
app-title-routes = Routen
app-title-planner = Reiseplaner
app-title-refund = Steuerrückerstattung
app-title-saved = Gespeichert
app-title-settings = Einstellungen
app-offline-banner = Offline: Anzeige des auf dem Telefon gespeicherten Reiseführers
app-no-data = Noch kein Offline-Reiseführer. Verbinde dich einmal mit dem Internet, um ihn zu laden.
app-error-offline = Du bist offline. Der gespeicherte Reiseführer funktioniert weiter.
app-explore-empty = Keine Orte passen zu diesen Filtern.
app-place-count = { $count ->
    [one] { $count } Ort
   *[other] { $count } Orte
}
app-stop-count = { $count ->
    [one] { $count } Station
   *[other] { $count } Stationen
}
app-duration-hm = { $hours } Std. { $minutes } Min.
app-stay = Aufenthalt { $duration }
app-leg = { $mode }, { $duration }
app-price = { $amount } ¥
app-date = { $weekday }, { $day }. { $month }
app-date-time = { $date }, { $time }
app-weekday-1 = Mo.
app-weekday-2 = Di.
app-weekday-3 = Mi.
app-weekday-4 = Do.
app-weekday-5 = Fr.
app-weekday-6 = Sa.
app-weekday-7 = So.
app-month-1 = Jan.
app-month-2 = Feb.
app-month-3 = März
app-month-4 = Apr.
app-month-5 = Mai
app-month-6 = Juni
app-month-7 = Juli
app-month-8 = Aug.
app-month-9 = Sept.
app-month-10 = Okt.
app-month-11 = Nov.
app-month-12 = Dez.
app-hours-unknown = Öffnungszeiten unbekannt
app-transit-eligible = Du kannst ohne Visum einreisen
app-transit-not-eligible = Für diese Reise brauchst du ein Visum
app-transit-deadline = Festlandchina verlassen bis { $time }
app-countdown = Noch { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
} { $hours } Std.
app-countdown-over = Der visumfreie Aufenthalt ist abgelaufen
app-plan-summary = { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
}, { $visits ->
    [one] { $visits } Besuch
   *[other] { $visits } Besuche
}
app-plan-leave = Um { $time } zum Abreiseort aufbrechen
app-plan-empty = Prüfe die Visumfreiheit oder gib eine Abreisezeit an, um einen Plan zu erstellen.
app-role-visit = Besuch
app-role-lunch = Mittagessen
app-role-dinner = Abendessen
app-role-night = Abend
app-refund-spent = Ausgegeben: { $amount }
app-refund-estimate = Geschätzte Erstattung: { $amount }
app-refund-instant = Bereits im Geschäft erstattet: { $amount }
app-refund-collect = Bei der Ausreise abzuholen: { $amount }
app-refund-empty = Füge Einkäufe mit Rückerstattungsformular hinzu, um deine Erstattung zu verfolgen.
app-refund-not-eligible = Unter dem Mindestbetrag für dieses Geschäft an diesem Tag
app-saved-empty = Noch nichts gespeichert.
app-saved-pending = Auf dem Telefon gespeichert; wird synchronisiert, sobald du online und angemeldet bist
app-settings-language = Sprache
app-settings-offline = Offline-Reiseführer
app-settings-synced = { $count ->
    [one] { $count } Ort gespeichert
   *[other] { $count } Orte gespeichert
}, aktualisiert { $time }
app-settings-never = Noch nicht geladen
app-settings-account = Konto
app-settings-signed-in = Angemeldet: Favoriten und Reisepläne werden synchronisiert
app-settings-signed-out = Nicht angemeldet (zum Stöbern braucht es kein Konto)
app-sync-updated = Reiseführer aktualisiert: { $changed } Änderungen
app-sync-current = Der Reiseführer ist aktuell
app-source-checked = { $url } (geprüft am { $date })

# The desktop and phone shells' own labels (GuideCore.labels).
app-label-search = Orte suchen
app-label-back = Zurück
app-label-driver-show = Dem Taxifahrer zeigen
app-label-close = Schließen
app-label-favorite-add = Merken
app-label-favorite-remove = Nicht mehr merken
app-label-map-amap = Amap
app-label-map-apple = Apple Karten
app-label-map-google = Google Maps
app-label-nationality = Land des Reisepasses
app-label-entry-port = Ankunftsflughafen oder -hafen
app-label-entry-at = Ankunftszeit
app-label-origin = Anreise aus
app-label-destination = Weiterreise nach
app-label-departure = Abreisezeit
app-label-check = Visumfreie Einreise prüfen
app-label-interests = Interessen
app-interest-food = Essen
app-interest-shopping = Einkaufen
app-interest-night = Nachtszenen
app-interest-heritage = Kulturerbe
app-interest-culture = Kultur
app-interest-nature = Natur
app-interest-family = Familie
app-label-plan = Meine Tage planen
app-label-store = Geschäft
app-label-date = Kaufdatum
app-label-amount = Betrag in Yuan (inkl. MwSt.)
app-label-vat = MwSt.-Satz (%)
app-label-instant = Im Geschäft erstattet
app-label-add = Einkauf hinzufügen
app-label-remove = Entfernen
app-label-checklist = Vor der Abreise
app-label-sync = Reiseführer jetzt aktualisieren
