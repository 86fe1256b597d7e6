# Canton Guide — Meldungen der Besucherregeln (transit, tax_refund, planner). Gleiche Schlüssel und Variablen wie en/rules.ftl.

## Visumfrei-Prüfung: Regelungen und erlaubtes Gebiet

transit-scheme-transit_240h = 240 Stunden visumfreier Transit
transit-scheme-transit_144h = 144 Stunden visumfreier Transit
transit-scheme-visa_free_30d = 30 Tage visumfreie Einreise
transit-scheme-none = Nicht bestätigt: bei der Botschaft nachfragen
transit-area-designated_provinces = Die Provinzen der 240-Stunden-Regelung (24 Provinzen mit benannten Grenzübergängen, einschließlich Guangdong); verlassen Sie diese nicht.
transit-area-guangdong = Nur die Provinz Guangdong.
transit-area-mainland = Festlandchina.

## Visumfrei-Prüfung: Gründe, warum eine Regelung nicht gilt

transit-reason-nationality_not_eligible = Pässe von { $country } fallen nicht unter diese Regelung.
transit-reason-nationality_list_unknown = Uns fehlt die Liste der Staatsangehörigkeiten zu diesem Datum; Ihre können wir nicht bestätigen.
transit-reason-port_not_designated = { $port } ist kein benannter Einreiseort dieser Regelung.
transit-reason-onward_not_third_country = Das Weiterreiseticket muss in ein Drittland oder eine Drittregion führen; Festlandchina ({ $destination }) zählt nicht.
transit-reason-round_trip = Sie kommen aus { $country } und reisen dorthin weiter; der Transit verlangt ein Ticket in ein Drittland oder eine Drittregion.
transit-reason-purpose_not_allowed = Diese Regelung gilt nur für Tourismus, Geschäftsreisen und Besuche; Arbeit, Studium und Journalismus erfordern ein Visum.
transit-reason-passport_validity_too_short = Ihr Pass muss mindestens bis { $date } gültig sein.
transit-reason-exit_before_entry = Die geplante Ausreise liegt vor der Einreise.
transit-reason-exit_after_deadline = Die geplante Ausreise liegt nach der Frist ({ $deadline }, Pekinger Zeit).
transit-reason-policy_not_in_force = Uns ist keine am { $date } gültige Fassung dieser Regelung bekannt.

## Visumfrei-Prüfung: Hinweise

transit-warning-verify_before_travel = Vor der Reise prüfen: Regeln ändern sich, und manche Angaben hier sind nicht bestätigt. Fragen Sie Ihre Fluggesellschaft oder die chinesische Botschaft.
transit-warning-exit_port_rule_uncertain = Die Quellen sagen nicht klar, ob die Ausreise über einen benannten Grenzübergang erfolgen muss; reisen Sie sicherheitshalber über einen solchen aus.
transit-warning-port_identity_uncertain = Welches Terminal „{ $port }“ genau meint, ist nicht bestätigt.
transit-warning-port_not_listed = { $port } steht nicht in unserer Liste der Grenzübergänge in Guangdong; er kann anderswo in China benannt sein.
transit-warning-exit_port_not_listed = Ihr Ausreiseort { $port } steht nicht in unserer Liste der benannten Grenzübergänge.
transit-warning-policy_ends_during_stay = Diese Regel ist nur bis { $date } bestätigt, also vor dem Ende Ihres Aufenthalts.
transit-warning-policy_ends_soon = Diese Regel ist nur bis { $date } bestätigt; prüfen Sie vor der Reise, ob sie verlängert wurde.
transit-warning-country_window_uncertain = Die Daten dieser Regelung für Ihr Land sind nicht bestätigt.
transit-warning-nationality_list_unknown = Die Liste der Staatsangehörigkeiten zu diesem Datum ist nicht erfasst.
transit-warning-suspended_2020_2023 = Diese Regelung war von 2020 bis zum 8. Januar 2023 ausgesetzt.
transit-warning-passport_validity_uncertain = Eine Quelle verlangt einen mindestens 6 Monate gültigen Pass; stellen Sie sicher, dass Ihrer es ist.
transit-warning-day_count_rule_uncertain = Wir zählen die 30 Tage ab 0 Uhr am Tag nach der Einreise, wie beim Transit; die Quellen bestätigen das für diese Regelung nicht.

## Visa-free check: mutual visa-exemption agreements and answers we cannot confirm

transit-scheme-mutual_visa_exemption = Gegenseitige Visumfreiheit (Abkommen zwischen China und Ihrem Land)
transit-reason-no_agreement = Uns ist kein Abkommen über gegenseitige Visumfreiheit zwischen China und { $country } für gewöhnliche Reisepässe bekannt.
transit-reason-agreement_not_yet_in_force = Das Visumfreiheitsabkommen mit { $country } gilt für Einreisen ab dem { $date }.
transit-reason-agreement_ended = Das Visumfreiheitsabkommen mit { $country } galt nur für Einreisen bis zum { $date }.
transit-reason-nationality_not_in_data = Unsere Daten enthalten keine visumfreie Regelung für Pässe von { $country }. Das heißt nicht, dass es keine gibt.
transit-warning-cannot_confirm_check_embassy = Wir können eine visumfreie Einreise für diese Reise nicht bestätigen. Fragen Sie vor der Reise bei der chinesischen Botschaft, dem Konsulat oder Ihrer Fluggesellschaft nach.
transit-warning-cumulative_any_180_days = Aufenthalte nach diesem Abkommen dürfen in jedem Zeitraum von 180 Tagen zusammen höchstens { $days } Tage dauern; zählen Sie frühere Besuche mit.
transit-warning-cumulative_calendar_year = Aufenthalte nach diesem Abkommen dürfen pro Kalenderjahr zusammen höchstens { $days } Tage dauern; zählen Sie frühere Besuche mit.
transit-warning-agreement_uncertain = Die Bedingungen dieses Abkommens sind nicht durch eine amtliche Mitteilung bestätigt.

## Steuerrückerstattung: Gründe ohne Erstattung

refund-reason-below_minimum = Unter dem Mindestbetrag von { $minimum } RMB pro Geschäft und Tag.
refund-reason-export_window_passed = Die Waren müssen China bis { $date } verlassen; Ihre Abreise ist später.
refund-reason-vat_rate_not_refundable = Waren mit { $vat } % Mehrwertsteuer werden nicht erstattet.
refund-reason-stay_too_long = Erstattung nur für Besucher, die höchstens { $days } aufeinanderfolgende Tage auf dem Festland waren.

## Steuerrückerstattung: Hinweise

refund-warning-stay_too_long = Sie waren mehr als { $days } aufeinanderfolgende Tage auf dem Festland; kein Kauf ist erstattungsfähig.
refund-warning-transfer_only = Erstattungen über { $limit } RMB werden nur per Banküberweisung gezahlt, nicht bar.
refund-warning-effective_date_uncertain = Der aktuelle Mindestbetrag und die Bargeldgrenze gelten seit April 2025; das genaue Datum ist nicht bestätigt.
refund-warning-refund_counter_location_uncertain = Der genaue Erstattungsschalter und das Terminal am Flughafen Baiyun sind nicht bestätigt; fragen Sie am Flughafen.
refund-warning-verify_before_travel = Vor der Reise prüfen: Einige dieser Regeln sind nicht bestätigt und können sich geändert haben.

## Steuerrückerstattung: Soforterstattung im Geschäft

refund-instant-card_preauthorisation = Das Geschäft reserviert einen Betrag auf Ihrer Bankkarte und zahlt die Erstattung sofort aus.
refund-instant-customs_check_at_departure = Bei der Ausreise müssen Sie die Waren trotzdem dem Zoll zeigen.
refund-instant-leave_within_export_window = Verlassen Sie China mit den Waren innerhalb der Ausfuhrfrist, sonst wird der reservierte Betrag belastet.

## Steuerrückerstattung: Checkliste für die Abreise

refund-checklist-eligible_travellers = Ausländische Besucher und Einwohner von Hongkong, Macau und Taiwan können die Erstattung beantragen.
refund-checklist-goods_unused_and_carried = Lassen Sie die Waren unbenutzt und nehmen Sie sie mit, im Handgepäck oder aufgegeben.
refund-checklist-leave_within_90_days = Verlassen Sie China mit den Waren innerhalb von { $days } Tagen nach dem Kauf.
refund-checklist-keep_forms_and_invoices = Bewahren Sie die Erstattungsformulare und Rechnungen jedes Geschäfts bei Ihrem Pass auf.
refund-checklist-customs_stamp_before_checkin = Lassen Sie am Flughafen Baiyun die Formulare vom Zoll stempeln, bevor Sie Ihr Gepäck aufgeben.
refund-checklist-collect_in_restricted_zone = Holen Sie die Erstattung nach der Sicherheitskontrolle bei der Erstattungsstelle im Sicherheitsbereich ab.
refund-checklist-refund_counter_location_uncertain = Der genaue Schalter und das Terminal sind nicht bestätigt: Fragen Sie das Flughafenpersonal.
refund-checklist-cash_limit = Erstattungen bis { $limit } RMB gibt es bar oder per Überweisung; darüber nur per Banküberweisung.
refund-checklist-instant_refund_customs_check = Soforterstattung: Die Zollkontrolle bei der Ausreise bleibt nötig.

## Reiseplaner: Hinweise

plan-warning-outlasts_deadline = Ihre Abreise liegt nach Ihrer visumfreien Frist ({ $deadline }, Pekinger Zeit); der Plan endet rechtzeitig. Ändern Sie Ihr Ticket oder beantragen Sie ein Visum.
plan-warning-leave_for_port = Brechen Sie bis { $time } nach { $port } auf, um { $minutes } Minuten vor der Abreise dort zu sein.
plan-warning-leave_for_departure = Brechen Sie bis { $time } auf, um { $minutes } Minuten vor der Abreise am Abreiseort zu sein.
plan-warning-tax_refund_reminder = Sie haben erstattungsfähige Einkäufe: Planen Sie am Abreiseort Zeit für den Zollstempel vor dem Check-in und die Auszahlung nach der Sicherheitskontrolle ein.
plan-warning-start_outside_guangzhou = Ihr Startpunkt liegt außerhalb von Guangzhou; die Wege können länger sein als angegeben.
plan-warning-outside_guangzhou = { $place } liegt außerhalb von Guangzhou; prüfen Sie, ob es im erlaubten Gebiet Ihres visumfreien Aufenthalts liegt.
plan-warning-must_see_unknown = Den Ort „{ $place }“ kennen wir nicht.
plan-warning-must_see_not_scheduled = „{ $place }“ passte nicht hinein: zu jeder freien Zeit geschlossen oder zu weit entfernt.
plan-warning-nothing_fits = Zwischen Ihrer Ankunft und dem Aufbruch zum Abreiseort passt kein Besuch.

## Input checks of the rules endpoints (server) and planner notices added by the server

field-invalid-country = Erwartet wird ein zweistelliger ISO-3166-1-Code wie „US“, „JP“ oder „HK“.
field-positive-amount = Erwartet wird ein Betrag in Yuan größer als 0 und höchstens { $max }, zum Beispiel „250.00“.
field-too-many = Höchstens { $max } Einträge.
field-plan-needs-end = Geben Sie „exit_at“ oder die visumfreie „deadline“ an: Der Plan braucht ein Ende.
field-end-before-entry = Erwartet wird eine Zeit nach „entry_at“.
field-window-too-long = Die Reise darf höchstens { $days } Tage dauern.
plan-warning-hours_unknown = Die Öffnungszeiten von { $place } kennen wir nicht; prüfen Sie sie vor dem Besuch.
