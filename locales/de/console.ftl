# Canton Guide – Web-Konsole für Händler und Tourismuspersonal. Feldfehler verwenden die API-Meldungen aus main.ftl.

## Rahmen jeder Seite

console-brand = Canton-Guide-Konsole
console-skip-to-content = Zum Hauptinhalt springen
console-nav-label = Konsole
console-nav-sign-in = Anmelden
console-nav-sign-up = Händlerkonto anlegen
console-nav-listings = Meine Einträge
console-nav-staff = Startseite für Mitarbeitende
console-signed-in-as = Angemeldet als { $email }
console-sign-out = Abmelden
console-language = Sprache
console-language-apply = Wechseln
console-footer = Canton Guide hilft ausländischen Gästen, sich in Guangzhou zurechtzufinden.
console-role-visitor = Gast
console-role-merchant = Händler
console-role-curator = Kurator
console-role-admin = Administrator

## Anmelden

console-sign-in-title = Anmelden
console-sign-in-intro = Für Händler und das Tourismuspersonal von Canton Guide.
console-field-email = E-Mail-Adresse
console-field-password = Passwort
console-sign-in-submit = Anmelden
console-sign-in-failed = E-Mail-Adresse oder Passwort ist nicht korrekt.
console-sign-in-limited = { $minutes ->
    [one] Zu viele Anmeldeversuche. Bitte warten Sie eine Minute und versuchen Sie es dann erneut.
   *[other] Zu viele Anmeldeversuche. Bitte warten Sie { $minutes } Minuten und versuchen Sie es dann erneut.
}
console-sign-in-no-account = Neu bei Canton Guide?
console-sign-in-create = Händlerkonto anlegen
console-notice-signed-out = Sie haben sich abgemeldet.
console-notice-session-ended = Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.
console-notice-sign-in-required = Bitte melden Sie sich an, um diese Seite zu öffnen.

## Registrieren

console-sign-up-title = Händlerkonto anlegen
console-sign-up-intro = Tragen Sie Ihr Geschäft, Restaurant oder Lokal ein, damit ausländische Gäste es finden. Die Kuratoren des Guides prüfen jeden Eintrag, bevor er erscheint.
console-field-display-name = Ihr Name oder der Name Ihres Betriebs (optional)
console-field-password-new = Passwort
console-field-password-hint = Mindestens { $min } Zeichen. Einige Wörter ohne Zusammenhang sind leicht zu merken und schwer zu erraten.
console-sign-up-submit = Konto anlegen
console-sign-up-have-account = Schon registriert?
console-sign-up-sign-in = Anmelden
console-sign-up-limited = { $minutes ->
    [one] Aus diesem Netz wurden zu viele Konten angelegt. Bitte versuchen Sie es in einer Minute erneut.
   *[other] Aus diesem Netz wurden zu viele Konten angelegt. Bitte versuchen Sie es in { $minutes } Minuten erneut.
}
console-form-has-errors = Bitte korrigieren Sie die unten markierten Felder.
console-error-email-taken = Zu dieser E-Mail-Adresse gibt es bereits ein Konto. Melden Sie sich stattdessen an.

## Einträge des Händlers

console-listings-title = Meine Einträge
console-listings-intro = Jeder Eintrag zeigt seinen Stand: ein Entwurf, den nur Sie sehen, wartet auf Prüfung, ist im Guide sichtbar oder wurde nicht angenommen – mit der Begründung der Prüfenden.
console-listings-empty = Sie haben noch keine Einträge.
console-listings-older = Ältere Einträge
console-status-label = Status
console-status-draft = Entwurf
console-status-pending = Wartet auf Prüfung
console-status-live = Sichtbar
console-status-live-pending = Sichtbar; Ihre Änderungen warten auf Prüfung
console-status-rejected = Nicht angenommen
console-status-live-rejected = Sichtbar; Ihre Änderungen wurden nicht angenommen
console-reason = Begründung:
console-reason-note = Notiz der Prüfenden:
console-updated = Zuletzt geändert
console-unnamed = (noch ohne Namen)

## Startseite für Mitarbeitende

console-staff-title = Startseite für Mitarbeitende
console-staff-intro = Sie sind angemeldet als { $role }.
console-staff-queue = Wartet auf Prüfung
console-staff-queue-empty = Nichts wartet auf Prüfung.
console-staff-queue-count = { $count ->
    [one] Eine Einreichung wartet auf Prüfung.
   *[other] { $count } Einreichungen warten auf Prüfung.
}
console-staff-queue-more = Weitere Einreichungen warten; dies sind die { $shown } ältesten.
console-staff-submitted = Eingereicht

## Fehlerseiten

console-problem-code = Fehler { $status }
console-problem-home = Zur Startseite der Konsole
console-problem-not-found-title = Seite nicht gefunden
console-problem-not-found-detail = Unter dieser Adresse gibt es keine Seite. Prüfen Sie den Link oder beginnen Sie auf der Startseite der Konsole neu.
console-problem-forbidden-title = Nicht erlaubt
console-problem-forbidden-detail = Diese Seite steht Ihrem Konto ({ $role }) nicht offen.
console-problem-visitor-detail = Die Konsole ist für Händler und Tourismuspersonal. Ihr Konto ist ein Gastkonto: Nutzen Sie stattdessen die Canton-Guide-App.
console-problem-csrf-title = Dieses Formular ist abgelaufen
console-problem-csrf-detail = Das Formular wurde nicht von einer geöffneten Seite der Konsole gesendet oder ist zu alt. Gehen Sie zurück, laden Sie die Seite neu und senden Sie es erneut.
console-problem-bad-request-title = Die Anfrage wurde nicht verstanden
console-problem-bad-request-detail = Etwas in der Adresse oder im Formular wurde nicht verstanden. Gehen Sie zurück und versuchen Sie es erneut.
console-problem-bad-language-title = Sprache nicht verfügbar
console-problem-bad-language-detail = „{ $value }“ ist keine Sprache der Konsole. Wählen Sie eine dieser Sprachen:
console-problem-bad-cursor-detail = Dieser Seitenlink ist ungültig. Beginnen Sie auf der ersten Seite Ihrer Einträge neu.
console-problem-too-large-detail = Das Formular ist größer als die { $max } Bytes, die die Konsole annimmt.
console-problem-internal-title = Bei uns ist etwas schiefgegangen
console-problem-internal-detail = Die Seite konnte nicht angezeigt werden. Bitte versuchen Sie es gleich noch einmal.

## Eintragsformular (Händler)
console-nav-new-listing = Neuer Eintrag
console-listing-new-title = Neuer Eintrag
console-listing-edit-title = Eintrag bearbeiten
console-listing-created = Entwurf angelegt. Nur Sie sehen ihn, bis Sie ihn einreichen und ein Kurator ihn freigibt.
console-listing-saved = Gespeichert. Den Entwurf sehen weiterhin nur Sie.
console-listing-saved-live = Gespeichert. Ihre Änderungen warten auf Prüfung; bis dahin bleibt die sichtbare Fassung im Guide.
console-listing-submitted = Zur Prüfung eingereicht. Die Entscheidung erscheint hier.
console-listing-errors = { $count ->
    [one] Der Eintrag wurde nicht gespeichert: Ein Feld muss korrigiert werden.
   *[other] Der Eintrag wurde nicht gespeichert: { $count } Felder müssen korrigiert werden.
}
console-listing-stale = Dieser Eintrag wurde in einem anderen Tab oder Fenster gespeichert, nachdem Sie ihn geöffnet hatten. Ihre Änderungen stehen noch im Formular unten; erneutes Speichern ersetzt die andere Fassung.
console-listing-stale-submit = Dieser Eintrag hat sich geändert, nachdem Sie ihn geöffnet hatten. Prüfen Sie die Fassung unten und reichen Sie ihn dann erneut ein.
console-listing-status = Aktueller Stand
console-listing-view-public = Öffentliche Seite öffnen
console-submit = Zur Prüfung einreichen
console-submit-hint = Ein Kurator prüft den Eintrag, bevor er im Guide erscheint.
console-save = Speichern
console-section-basics = Grunddaten
console-field-kind = Art des Ortes
console-field-district = Bezirk
console-field-name-zh = Chinesischer Name
console-field-name-zh-hint = Wie auf dem Schild: Taxifahrer und Passanten lesen ihn.
console-field-address-zh = Chinesische Adresse
console-field-phone = Telefon
console-section-location = Lage
console-field-map-link = Geteilter Kartenlink
console-field-map-link-hint = Fügen Sie einen Link aus Amap, Apple Maps oder Google Maps ein; er ersetzt die Koordinaten unten. Amap verwendet Chinas GCJ-02-Koordinaten; sie werden in WGS-84 umgerechnet.
console-field-lat = Breitengrad (WGS-84)
console-field-lng = Längengrad (WGS-84)
console-field-location-needed = Geben Sie Breiten- und Längengrad ein, zum Beispiel 23.1291 und 113.2644, oder fügen Sie einen geteilten Kartenlink ein.
console-map-link-not-a-link = Fügen Sie eine Webadresse ein, die mit https:// beginnt.
console-map-link-unknown = Dies ist kein Link von Amap, Apple Maps oder Google Maps.
console-map-link-short = Kurzlinks enthalten keine Koordinaten. Öffnen Sie den Link in einem Browser und kopieren Sie dann die vollständige Adresse aus der Adressleiste.
console-map-link-no-coordinates = Dieser Link bezeichnet einen Ort oder eine Suche, keinen Punkt. Teilen Sie stattdessen eine gesetzte Stecknadel oder geben Sie die Koordinaten ein.
console-section-hours = Öffnungszeiten
console-field-hours = Öffnungszeiten (OpenStreetMap-Syntax)
console-field-hours-hint = Zum Beispiel „Mo-Fr 10:00-22:00; Sa-Su 10:00-23:00; PH off“ (PH: gesetzliche Feiertage).
console-hours-preview = Die nächsten sieben Tage, wie Gäste sie sehen werden
console-hours-closed = Geschlossen
console-hours-unknown = unbekannt
console-section-payments = Wie Gäste bezahlen
console-section-friendliness = Für Gäste aus dem Ausland
console-friendly-unsaid = Keine Angabe
console-friendly-yes = Ja
console-friendly-no = Nein
console-field-staff-languages = Sprachen des Personals
console-field-staff-languages-hint = Sprachcodes, durch Kommas getrennt, zum Beispiel en, ja, yue.
console-section-refund = Steuererstattung
console-field-refund-store = Registriertes Geschäft für Steuererstattung bei der Ausreise
console-field-refund-instant = Erstattet sofort vor Ort (Soforterstattung)
console-section-more = Mehr über den Ort
console-field-night = Abends geöffnet (Nachtökonomie)
console-field-interests = Geeignet für
console-interest-food = Essen
console-interest-shopping = Einkaufen
console-interest-night = Ausgehen
console-interest-heritage = Kulturerbe
console-interest-culture = Kultur
console-interest-nature = Natur
console-interest-family = Familien
console-field-tags = Schlagwörter
console-field-tags-hint = Durch Kommas getrennt.
console-field-visit-minutes = Übliche Dauer eines Besuchs in Minuten
console-section-texts = Texte für Gäste, nach Sprache
console-texts-hint = Englisch ist Pflicht. Fügen Sie die Sprachen hinzu, in denen Sie gut schreiben; wo eine Sprache fehlt, sehen Gäste den englischen Text.
console-field-name = Name
console-field-summary = Kurzbeschreibung
console-field-address = Adresse

## Prüfung (Kuratoren und Administratoren)
console-nav-review = Prüfwarteschlange
console-review-title = Prüfwarteschlange
console-review-intro = Einreichungen von Händlern, die ältesten zuerst. Öffnen Sie eine, um sie mit der sichtbaren Fassung zu vergleichen, und geben Sie sie dann frei oder lehnen Sie sie ab.
console-review-more = Weitere Einreichungen
console-review-merchant = Händler:
console-review-kind-new = Neuer Eintrag
console-review-kind-edit = Änderung an einem sichtbaren Eintrag
console-review-one-title = Einreichung prüfen
console-review-changes = Was sich ändert
console-review-field = Feld
console-review-live = Jetzt sichtbar
console-review-proposed = Vorgeschlagen
console-review-no-changes = Kein Feld weicht von der sichtbaren Fassung ab.
console-review-empty-value = —
console-review-approve-heading = Freigeben
console-review-approve-hint = Die vorgeschlagene Fassung erscheint sofort im Guide.
console-review-approve = Freigeben und veröffentlichen
console-review-reject-heading = Ablehnen
console-review-reason = Begründung
console-review-reason-choose = Begründung wählen
console-review-note = Notiz für den Händler (optional)
console-review-note-hint = Wird so angezeigt, wie Sie sie schreiben; die Begründung selbst erscheint in der Sprache des Händlers.
console-review-reject = Ablehnen
console-review-reject-fix = Wählen Sie vor dem Ablehnen eine Begründung.
console-review-approved = Freigegeben: Der Eintrag ist sichtbar.
console-review-rejected = Abgelehnt: Der Händler sieht die Begründung in seiner Sprache.
console-review-gone = Über diese Einreichung hat bereits jemand anderes entschieden, oder sie wurde geändert, nachdem Sie sie geöffnet hatten. Hier ist die Warteschlange im aktuellen Stand.

## Prüfprotokoll, Konten und Themenrouten (Kuratoren und Administratoren)
console-nav-audit = Prüfprotokoll
console-audit-title = Prüfprotokoll
console-audit-intro = Jede Änderung durch Mitarbeitende und Händler, die neueste zuerst, mit dem Zustand davor und danach. Zeiten in Guangzhou-Ortszeit.
console-audit-filters = Filter
console-audit-actor = Wer (Konto-ID)
console-audit-action = Aktion
console-audit-action-hint = Genau, oder der Anfang mit einem Punkt am Ende, zum Beispiel route.
console-audit-target-type = Art des Objekts (place, route, event, alert, user)
console-audit-target-id = Objekt-ID
console-audit-since = Von
console-audit-until = Bis (ausschließlich)
console-audit-time-hint = Datum und Uhrzeit mit Zeitverschiebung, zum Beispiel 2026-12-01T09:00:00+08:00.
console-audit-apply = Filter anwenden
console-audit-clear = Filter zurücksetzen
console-audit-fix = Einige Filter konnten nicht gelesen werden; siehe die Hinweise daneben.
console-audit-empty = Kein Eintrag passt zu diesen Filtern.
console-audit-time = Zeit
console-audit-who = Wer
console-audit-action-column = Aktion
console-audit-target = Objekt
console-audit-show-change = Davor und danach
console-audit-before = Davor
console-audit-after = Danach
console-audit-older = Ältere Einträge
console-nav-users = Konten
console-users-title = Konten und Rollen
console-users-intro = Suchen Sie ein Konto über seine E-Mail-Adresse und ändern Sie dann seine Rolle. Die Änderung gilt ab der nächsten Anfrage des Kontos.
console-users-email = E-Mail-Adresse
console-users-find = Suchen
console-users-none = Kein Konto hat diese E-Mail-Adresse.
console-users-since = Konto angelegt
console-users-role = Rolle
console-users-change = Rolle ändern
console-users-changed = Rolle geändert. Sie gilt ab der nächsten Anfrage des Kontos.
console-users-fix = Die Rolle wurde nicht geändert; siehe den Hinweis daneben.
console-nav-routes = Routen
console-routes-title = Themenrouten
console-routes-intro = Spaziergänge und Tagesausflüge für Gäste, Entwürfe eingeschlossen. Eine Route erscheint im Guide, sobald sie veröffentlicht ist.
console-routes-new = Neue Route
console-routes-empty = Noch keine Route.
console-routes-stops = { $count ->
    [one] Ein Halt
   *[other] { $count } Halte
}
console-routes-updated = Zuletzt geändert
console-route-new-title = Neue Route
console-route-edit-title = Route bearbeiten
console-route-slug = Kurzname für die Adresse (Slug)
console-route-slug-hint = Kleinbuchstaben, Ziffern und Bindestriche, zum Beispiel lingnan-heritage-walk.
console-route-theme = Thema
console-route-stops = Halte, in der Reihenfolge des Besuchs
console-route-stops-hint = 2 bis 30 Orte, die im Guide sichtbar sind. Hinzufügen, Verschieben oder Entfernen eines Halts ändert nur dieses Formular: Klicken Sie auf Speichern, um es zu behalten.
console-route-no-stops = Noch keine Halte.
console-route-stop = Halt { $number }
console-route-dwell = Aufenthalt in Minuten
console-route-leg-mode = Weiter zum nächsten Halt mit
console-route-leg-minutes = Minuten bis zum nächsten Halt
console-route-up = Nach oben
console-route-down = Nach unten
console-route-remove = Entfernen
console-route-add-place = Hinzuzufügender Ort
console-route-add-place-hint = Der Kurzname (Slug) oder die ID des Orts, zum Beispiel canton-tower.
console-route-add = Halt hinzufügen
console-route-sources = Quellen
console-route-sources-hint = Eine Webadresse pro Zeile: die Seiten, auf denen die Route beruht.
console-route-unsaved = Noch nicht gespeichert: Klicken Sie auf Speichern, um diese Änderungen zu behalten.
console-route-errors = { $count ->
    [one] Die Route wurde nicht gespeichert: Ein Feld muss korrigiert werden.
   *[other] Die Route wurde nicht gespeichert: { $count } Felder müssen korrigiert werden.
}
console-route-created = Route als Entwurf angelegt. Veröffentlichen Sie sie, wenn sie fertig ist.
console-route-saved = Route gespeichert.
console-route-published = Veröffentlicht: Die Route steht im Guide.
console-route-unpublished = Zurückgezogen: Die Route ist wieder ein Entwurf.
console-route-publish = Veröffentlichen
console-route-publish-hint = Gäste sehen die Route sofort im Guide.
console-route-unpublish = Zurückziehen
console-route-unpublish-hint = Die Route verschwindet aus dem Guide und wird wieder ein Entwurf.

## Veranstaltungen und Warnungen (Kuratoren und Administratoren)
console-nav-events = Veranstaltungen
console-nav-alerts = Warnungen
console-field-zones = Geschäftsviertel
console-confidence-confirmed = Bestätigt: vom Veranstalter angekündigt
console-confidence-inferred = Erwartet: nach früheren Jahren, noch nicht angekündigt
console-confidence-uncertain = Unsicher: Gäste werden gebeten, sie zu prüfen
console-events-title = Veranstaltungen
console-events-intro = Messen, Feste, Ausstellungen und Feiertage, Entwürfe eingeschlossen. Eine Veranstaltung erscheint im Guide, sobald sie veröffentlicht ist.
console-events-new = Neue Veranstaltung
console-events-empty = Noch keine Veranstaltung.
console-event-new-title = Neue Veranstaltung
console-event-edit-title = Veranstaltung bearbeiten
console-event-slug-hint = Kleinbuchstaben, Ziffern und Bindestriche, zum Beispiel canton-fair-spring.
console-event-kind = Art der Veranstaltung
console-event-dates = Daten
console-event-starts-on = Erster Tag
console-event-ends-on = Letzter Tag
console-event-dates-hint = Tage in Guangzhou; der letzte Tag ist eingeschlossen. Für eine eintägige Veranstaltung geben Sie zweimal denselben Tag an.
console-event-confidence = Wie sicher sind die Daten?
console-event-where = Wo
console-event-place = Veranstaltungsort (optional)
console-event-place-hint = Der Kurzname (Slug) oder die ID eines Orts, der im Guide sichtbar ist, zum Beispiel canton-tower. Leer lassen für eine Veranstaltung in der ganzen Stadt.
console-event-sources-hint = Eine Webadresse pro Zeile: die Seiten, aus denen die Daten stammen.
console-event-errors = { $count ->
    [one] Die Veranstaltung wurde nicht gespeichert: ein Feld braucht Ihre Aufmerksamkeit.
   *[other] Die Veranstaltung wurde nicht gespeichert: { $count } Felder brauchen Ihre Aufmerksamkeit.
}
console-event-created = Veranstaltung als Entwurf angelegt. Veröffentlichen Sie sie, wenn sie fertig ist.
console-event-saved = Veranstaltung gespeichert.
console-event-published = Veröffentlicht: Die Veranstaltung ist im Guide.
console-event-unpublished = Zurückgezogen: Die Veranstaltung ist wieder ein Entwurf.
console-event-publish-hint = Gäste sehen die Veranstaltung sofort im Guide.
console-event-unpublish-hint = Die Veranstaltung verschwindet aus dem Guide und wird wieder ein Entwurf.
console-severity-info = Information
console-severity-warning = Warnung
console-severity-severe = Ernst
console-alerts-title = Warnungen
console-alerts-intro = Warnungen für Gäste (Taifune, Unwetter, Schließungen), Entwürfe und vergangene eingeschlossen. Eine veröffentlichte Warnung wird im Guide während ihres Gültigkeitszeitraums angezeigt.
console-alerts-new = Neue Warnung
console-alerts-empty = Noch keine Warnung.
console-alerts-in-force = Jetzt gültig
console-alerts-upcoming = Noch nicht gültig
console-alerts-over = Abgelaufen
console-alert-new-title = Neue Warnung
console-alert-edit-title = Warnung bearbeiten
console-alert-severity = Schweregrad
console-alert-severity-hint = Information: gut zu wissen. Warnung: bei der Planung berücksichtigen. Ernst: sofort handeln (Taifunsignal, Sicherheit).
console-alert-starts-at = Von
console-alert-ends-at = Bis
console-alert-window-hint = Ortszeit Guangzhou (UTC+8). Die Warnung wird vom ersten bis zum zweiten Zeitpunkt angezeigt.
console-alert-time-invalid = Erwartet wird ein Datum mit Uhrzeit, zum Beispiel 2026-12-01 19:30 (Ortszeit Guangzhou).
console-alert-area = Wo sie gilt
console-alert-area-hint = Kreuzen Sie die betroffenen Geschäftsviertel und Routen an; ohne Auswahl gilt sie für die ganze Stadt.
console-alert-title-field = Titel
console-alert-body = Einzelheiten
console-alert-errors = { $count ->
    [one] Die Warnung wurde nicht gespeichert: ein Feld braucht Ihre Aufmerksamkeit.
   *[other] Die Warnung wurde nicht gespeichert: { $count } Felder brauchen Ihre Aufmerksamkeit.
}
console-alert-created = Warnung als Entwurf angelegt. Veröffentlichen Sie sie, damit sie angezeigt wird.
console-alert-saved = Warnung gespeichert.
console-alert-published = Veröffentlicht: Die Warnung wird angezeigt, solange sie gilt.
console-alert-unpublished = Zurückgezogen: Die Warnung ist wieder ein Entwurf.
console-alert-publish-hint = Gäste sehen die Warnung während ihres Gültigkeitszeitraums.
console-alert-unpublish-hint = Die Warnung wird nicht mehr angezeigt und wird wieder ein Entwurf.
