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
