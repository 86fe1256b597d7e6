# Canton Guide — the help directory (GET /v1/help, offline bundle): categories, and the
# name and note of each entry of seeds/policies/help-*.yaml by its key.

help-category-emergency = Emergency
help-category-hotline = Hotlines
help-category-consulate = Consulates
help-category-hospital = Hospitals and clinics
help-police-name = Police
help-police-note = Crime, danger or any emergency. Free from any phone.
help-fire-name = Fire and rescue
help-fire-note = Fire, gas leaks, people trapped.
help-ambulance-name = Ambulance
help-ambulance-note = Serious illness or injury. The ambulance ride is charged.
help-traffic-police-name = Traffic police
help-traffic-police-note = Road accidents.
help-hotline-12345-name = Guangzhou government service hotline
help-hotline-12345-note = Questions and complaints about public services (not emergencies).
help-multilingual-960169-name = Guangzhou multilingual public service hotline
help-multilingual-960169-note = Interpreting on a three-way call with public services, 12345, 110, 119 or 120: English at any hour, Japanese and Korean 9:00–21:00.
help-health-12320-name = Guangzhou health hotline
help-health-12320-note = Health questions and hospital appointments.
help-consulate-us-name = Consulate General of the United States in Guangzhou
help-consulate-us-note = Help for US citizens: lost passports, arrests, emergencies.
help-consulate-es-name = Consulate General of Spain in Guangzhou
help-consulate-es-note = Help for Spanish citizens: lost passports, arrests, emergencies.
help-consulate-kw-name = Consulate General of Kuwait in Guangzhou
help-consulate-kw-note = Help for Kuwaiti citizens: lost passports, arrests, emergencies.
