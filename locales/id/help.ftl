# Canton Guide — the help directory (GET /v1/help, offline bundle): categories, and the
# name and note of each entry of seeds/policies/help-*.yaml by its key.

help-category-emergency = Darurat
help-category-hotline = Layanan telepon
help-category-consulate = Konsulat
help-category-hospital = Rumah sakit dan klinik
help-police-name = Polisi
help-police-note = Kejahatan, bahaya, atau keadaan darurat apa pun. Gratis dari telepon mana pun.
help-fire-name = Pemadam kebakaran dan penyelamatan
help-fire-note = Kebakaran, kebocoran gas, orang terjebak.
help-ambulance-name = Ambulans
help-ambulance-note = Sakit atau cedera serius. Layanan ambulans berbayar.
help-traffic-police-name = Polisi lalu lintas
help-traffic-police-note = Kecelakaan lalu lintas.
help-hotline-12345-name = Layanan telepon pemerintah Guangzhou
help-hotline-12345-note = Pertanyaan dan keluhan tentang layanan publik (bukan darurat).
help-multilingual-960169-name = Layanan telepon publik multibahasa Guangzhou
help-multilingual-960169-note = Penerjemahan lewat panggilan tiga arah dengan layanan publik, 12345, 110, 119, atau 120: bahasa Inggris 24 jam, bahasa Jepang dan Korea 9.00–21.00.
help-health-12320-name = Layanan telepon kesehatan Guangzhou
help-health-12320-note = Konsultasi kesehatan dan janji temu rumah sakit.
help-consulate-us-name = Konsulat Jenderal Amerika Serikat di Guangzhou
help-consulate-us-note = Bantuan bagi warga AS: paspor hilang, penahanan, keadaan darurat.
help-consulate-es-name = Konsulat Jenderal Spanyol di Guangzhou
help-consulate-es-note = Bantuan bagi warga Spanyol: paspor hilang, penahanan, keadaan darurat.
help-consulate-kw-name = Konsulat Jenderal Kuwait di Guangzhou
help-consulate-kw-note = Bantuan bagi warga Kuwait: paspor hilang, penahanan, keadaan darurat.
