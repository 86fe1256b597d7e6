# Canton Guide — the help directory (GET /v1/help, offline bundle): categories, and the
# name and note of each entry of seeds/policies/help-*.yaml by its key.

help-category-emergency = Kecemasan
help-category-hotline = Talian bantuan
help-category-consulate = Konsulat
help-category-hospital = Hospital dan klinik
help-police-name = Polis
help-police-note = Jenayah, bahaya atau sebarang kecemasan. Percuma dari mana-mana telefon.
help-fire-name = Bomba dan penyelamat
help-fire-note = Kebakaran, kebocoran gas, orang terperangkap.
help-ambulance-name = Ambulans
help-ambulance-note = Sakit atau kecederaan serius. Perkhidmatan ambulans dikenakan bayaran.
help-traffic-police-name = Polis trafik
help-traffic-police-note = Kemalangan jalan raya.
help-hotline-12345-name = Talian perkhidmatan kerajaan Guangzhou
help-hotline-12345-note = Pertanyaan dan aduan tentang perkhidmatan awam (bukan kecemasan).
help-multilingual-960169-name = Talian perkhidmatan awam pelbagai bahasa Guangzhou
help-multilingual-960169-note = Jurubahasa dalam panggilan tiga hala dengan perkhidmatan awam, 12345, 110, 119 atau 120: bahasa Inggeris 24 jam, bahasa Jepun dan Korea 9:00–21:00.
help-health-12320-name = Talian kesihatan Guangzhou
help-health-12320-note = Pertanyaan kesihatan dan temu janji hospital.
help-consulate-us-name = Konsulat Jeneral Amerika Syarikat di Guangzhou
help-consulate-us-note = Bantuan untuk warganegara AS: pasport hilang, ditahan, kecemasan.
help-consulate-es-name = Konsulat Jeneral Sepanyol di Guangzhou
help-consulate-es-note = Bantuan untuk warganegara Sepanyol: pasport hilang, ditahan, kecemasan.
help-consulate-kw-name = Konsulat Jeneral Kuwait di Guangzhou
help-consulate-kw-note = Bantuan untuk warganegara Kuwait: pasport hilang, ditahan, kecemasan.
