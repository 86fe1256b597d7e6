# Canton Guide — the help directory (GET /v1/help, offline bundle): categories, and the
# name and note of each entry of seeds/policies/help-*.yaml by its key.

help-category-emergency = Notruf
help-category-hotline = Hotlines
help-category-consulate = Konsulate
help-category-hospital = Krankenhäuser und Kliniken
help-police-name = Polizei
help-police-note = Verbrechen, Gefahr oder jeder Notfall. Kostenlos von jedem Telefon.
help-fire-name = Feuerwehr und Rettung
help-fire-note = Brand, Gasleck, eingeschlossene Personen.
help-ambulance-name = Rettungsdienst
help-ambulance-note = Schwere Krankheit oder Verletzung. Die Fahrt im Krankenwagen kostet Geld.
help-traffic-police-name = Verkehrspolizei
help-traffic-police-note = Verkehrsunfälle.
help-hotline-12345-name = Bürgertelefon der Stadt Guangzhou
help-hotline-12345-note = Fragen und Beschwerden zu öffentlichen Diensten (keine Notfälle).
help-multilingual-960169-name = Mehrsprachige Service-Hotline Guangzhou
help-multilingual-960169-note = Dolmetschen im Dreiergespräch mit Behörden, 12345, 110, 119 oder 120: Englisch rund um die Uhr, Japanisch und Koreanisch 9:00–21:00.
help-health-12320-name = Gesundheitstelefon Guangzhou
help-health-12320-note = Gesundheitsfragen und Krankenhaustermine.
help-consulate-us-name = Generalkonsulat der Vereinigten Staaten in Guangzhou
help-consulate-us-note = Hilfe für US-Bürger: verlorener Pass, Festnahme, Notfälle.
help-consulate-es-name = Generalkonsulat von Spanien in Guangzhou
help-consulate-es-note = Hilfe für spanische Staatsangehörige: verlorener Pass, Festnahme, Notfälle.
help-consulate-kw-name = Generalkonsulat von Kuwait in Guangzhou
help-consulate-kw-note = Hilfe für kuwaitische Staatsangehörige: verlorener Pass, Festnahme, Notfälle.
