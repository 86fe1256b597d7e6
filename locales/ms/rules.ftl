# Canton Guide — mesej enjin peraturan pelawat (transit, tax_refund, planner). Kunci dan pemboleh ubah sama seperti en/rules.ftl.

## Semakan bebas visa: skim dan kawasan yang dibenarkan

transit-scheme-transit_240h = Transit bebas visa 240 jam
transit-scheme-transit_144h = Transit bebas visa 144 jam
transit-scheme-visa_free_30d = Kemasukan bebas visa 30 hari
transit-scheme-none = Tidak dapat disahkan: semak dengan kedutaan
transit-area-designated_provinces = Wilayah skim 240 jam (24 wilayah yang mempunyai pintu masuk ditetapkan, termasuk Guangdong); jangan keluar dari wilayah ini.
transit-area-guangdong = Wilayah Guangdong sahaja.
transit-area-mainland = Tanah besar China.

## Semakan bebas visa: sebab tidak layak

transit-reason-nationality_not_eligible = Pasport { $country } tidak diliputi oleh skim ini.
transit-reason-nationality_list_unknown = Kami tiada senarai kewarganegaraan bagi tarikh itu, jadi kewarganegaraan anda tidak dapat disahkan.
transit-reason-port_not_designated = { $port } bukan pintu masuk yang ditetapkan bagi skim ini.
transit-reason-onward_not_third_country = Tiket seterusnya mesti ke negara atau wilayah ketiga; tanah besar China ({ $destination }) tidak dikira.
transit-reason-round_trip = Anda datang dari { $country } dan meneruskan perjalanan ke tempat yang sama; transit memerlukan tiket ke negara atau wilayah ketiga.
transit-reason-purpose_not_allowed = Skim ini hanya untuk pelancongan, perniagaan dan lawatan; bekerja, belajar dan kewartawanan memerlukan visa.
transit-reason-passport_validity_too_short = Pasport anda mesti sah sekurang-kurangnya hingga { $date }.
transit-reason-exit_before_entry = Masa keluar yang dirancang lebih awal daripada masa masuk.
transit-reason-exit_after_deadline = Masa keluar yang dirancang selepas tarikh akhir ({ $deadline }, waktu Beijing).
transit-reason-policy_not_in_force = Kami tidak tahu versi skim ini yang berkuat kuasa pada { $date }.

## Semakan bebas visa: amaran

transit-warning-verify_before_travel = Sahkan sebelum melancong: peraturan berubah dan sebahagian fakta di sini belum disahkan. Semak dengan syarikat penerbangan atau kedutaan China.
transit-warning-exit_port_rule_uncertain = Sumber tidak menyatakan dengan jelas sama ada anda mesti keluar melalui pintu masuk yang ditetapkan; untuk selamat, keluarlah melalui salah satu daripadanya.
transit-warning-port_identity_uncertain = Terminal yang dimaksudkan dengan “{ $port }” belum disahkan.
transit-warning-port_not_listed = { $port } tiada dalam senarai pintu masuk Guangdong kami; ia mungkin ditetapkan di tempat lain di China.
transit-warning-exit_port_not_listed = Pintu keluar anda, { $port }, tiada dalam senarai pintu masuk yang ditetapkan.
transit-warning-policy_ends_during_stay = Peraturan ini hanya disahkan hingga { $date }, iaitu sebelum tamat tempoh penginapan anda.
transit-warning-policy_ends_soon = Peraturan ini hanya disahkan hingga { $date }; semak sama ada ia dilanjutkan sebelum melancong.
transit-warning-country_window_uncertain = Tarikh skim ini bagi negara anda belum disahkan.
transit-warning-nationality_list_unknown = Senarai kewarganegaraan bagi tarikh itu tidak direkodkan.
transit-warning-suspended_2020_2023 = Skim ini digantung dari 2020 hingga 8 Januari 2023.
transit-warning-passport_validity_uncertain = Satu sumber meminta pasport yang sah sekurang-kurangnya 6 bulan; pastikan pasport anda begitu.
transit-warning-day_count_rule_uncertain = Kami mengira 30 hari dari pukul 00:00 hari selepas masuk, seperti transit; sumber tidak mengesahkannya bagi skim ini.

## Visa-free check: mutual visa-exemption agreements and answers we cannot confirm

transit-scheme-mutual_visa_exemption = Pengecualian visa bersama (perjanjian antara China dan negara anda)
transit-reason-no_agreement = Kami tidak mengetahui sebarang perjanjian pengecualian visa bersama antara China dan { $country } bagi pasport biasa.
transit-reason-agreement_not_yet_in_force = Perjanjian pengecualian visa dengan { $country } terpakai bagi kemasukan mulai { $date }.
transit-reason-agreement_ended = Perjanjian pengecualian visa dengan { $country } hanya terpakai bagi kemasukan sehingga { $date }.
transit-reason-nationality_not_in_data = Data kami tidak mengandungi sebarang aturan bebas visa bagi pasport { $country }. Ini tidak bermakna aturan itu tiada.
transit-warning-cannot_confirm_check_embassy = Kami tidak dapat mengesahkan kemasukan tanpa visa bagi perjalanan ini. Semak dengan kedutaan atau konsulat China, atau syarikat penerbangan anda, sebelum berangkat.
transit-warning-cumulative_any_180_days = Tempoh tinggal di bawah perjanjian ini tidak boleh melebihi { $days } hari secara kumulatif dalam mana-mana tempoh 180 hari; kira lawatan anda sebelum ini.
transit-warning-cumulative_calendar_year = Tempoh tinggal di bawah perjanjian ini tidak boleh melebihi { $days } hari secara kumulatif dalam satu tahun kalendar; kira lawatan anda sebelum ini.
transit-warning-agreement_uncertain = Syarat perjanjian ini belum disahkan oleh notis rasmi.

## Bayaran balik cukai: sebab tiada bayaran balik

refund-reason-below_minimum = Di bawah minimum { $minimum } RMB bagi setiap kedai setiap hari.
refund-reason-export_window_passed = Barangan mesti meninggalkan China selewat-lewatnya { $date }; perlepasan anda lebih lewat.
refund-reason-vat_rate_not_refundable = Barangan dengan VAT { $vat }% tidak dibayar balik.
refund-reason-stay_too_long = Hanya pelawat yang berada di tanah besar tidak lebih daripada { $days } hari berturut-turut boleh menuntut bayaran balik.

## Bayaran balik cukai: amaran

refund-warning-stay_too_long = Anda telah berada di tanah besar lebih daripada { $days } hari berturut-turut, jadi tiada pembelian yang layak.
refund-warning-transfer_only = Bayaran balik melebihi { $limit } RMB dibayar melalui pindahan bank sahaja, bukan tunai.
refund-warning-effective_date_uncertain = Minimum dan had tunai semasa terpakai sejak April 2025; tarikh tepatnya belum disahkan.
refund-warning-refund_counter_location_uncertain = Kaunter bayaran balik dan terminal yang tepat di Lapangan Terbang Baiyun belum disahkan; tanya di lapangan terbang.
refund-warning-verify_before_travel = Sahkan sebelum melancong: sebahagian peraturan ini belum disahkan dan mungkin telah berubah.

## Bayaran balik cukai: bayaran balik segera di kedai

refund-instant-card_preauthorisation = Kedai membuat prapengesahan pada kad bank anda dan membayar bayaran balik dengan segera.
refund-instant-customs_check_at_departure = Anda masih perlu menunjukkan barangan kepada kastam semasa meninggalkan China.
refund-instant-leave_within_export_window = Tinggalkan China bersama barangan dalam tempoh eksport, jika tidak jumlah prapengesahan akan dicaj.

## Bayaran balik cukai: senarai semak perlepasan

refund-checklist-eligible_travellers = Pelawat asing dan penduduk Hong Kong, Macau dan Taiwan boleh menuntut bayaran balik.
refund-checklist-goods_unused_and_carried = Pastikan barangan tidak digunakan dan bawa bersama anda, dalam bagasi tangan atau bagasi daftar masuk.
refund-checklist-leave_within_90_days = Tinggalkan China bersama barangan dalam tempoh { $days } hari selepas membelinya.
refund-checklist-keep_forms_and_invoices = Simpan borang bayaran balik dan invois setiap kedai bersama pasport anda.
refund-checklist-customs_stamp_before_checkin = Di Lapangan Terbang Baiyun, minta kastam mengecop borang sebelum anda mendaftar masuk bagasi.
refund-checklist-collect_in_restricted_zone = Ambil bayaran balik di agensi bayaran balik dalam zon larangan, selepas pemeriksaan keselamatan.
refund-checklist-refund_counter_location_uncertain = Kaunter dan terminal yang tepat belum disahkan: tanya kakitangan lapangan terbang.
refund-checklist-cash_limit = Bayaran balik sehingga { $limit } RMB boleh diterima secara tunai atau pindahan; melebihi itu, pindahan bank sahaja.
refund-checklist-instant_refund_customs_check = Bayaran balik segera: pemeriksaan kastam semasa perlepasan masih diperlukan.

## Perancang jadual perjalanan: amaran

plan-warning-outlasts_deadline = Perlepasan anda selepas tarikh akhir bebas visa ({ $deadline }, waktu Beijing); rancangan tamat tepat pada masanya. Tukar tiket anda atau dapatkan visa.
plan-warning-leave_for_port = Bertolak ke { $port } sebelum { $time } supaya tiba { $minutes } minit sebelum perlepasan.
plan-warning-leave_for_departure = Bertolak sebelum { $time } supaya berada di tempat perlepasan { $minutes } minit lebih awal.
plan-warning-tax_refund_reminder = Anda mempunyai pembelian bayaran balik cukai: peruntukkan masa di pintu keluar untuk cop kastam sebelum daftar masuk dan untuk mengambil bayaran balik selepas pemeriksaan keselamatan.
plan-warning-start_outside_guangzhou = Titik mula anda di luar Guangzhou; masa perjalanan mungkin lebih lama daripada yang ditunjukkan.
plan-warning-outside_guangzhou = { $place } terletak di luar Guangzhou; pastikan ia dalam kawasan yang dibenarkan oleh penginapan bebas visa anda.
plan-warning-must_see_unknown = Kami tidak mengenali tempat “{ $place }”.
plan-warning-must_see_not_scheduled = “{ $place }” tidak dapat dimuatkan: tutup atau terlalu jauh pada setiap masa lapang.
plan-warning-nothing_fits = Tiada lawatan yang muat antara ketibaan anda dan masa bertolak ke pintu keluar.

## Input checks of the rules endpoints (server) and planner notices added by the server

field-invalid-country = Kod ISO 3166-1 dua huruf dijangka, contohnya “US”, “JP” atau “HK”.
field-positive-amount = Jumlah dalam yuan lebih daripada 0 dan paling banyak { $max } dijangka, contohnya “250.00”.
field-too-many = Paling banyak { $max } item.
field-plan-needs-end = Berikan “exit_at” atau “deadline” bebas visa: rancangan perjalanan memerlukan masa tamat.
field-end-before-entry = Masa selepas “entry_at” dijangka.
field-window-too-long = Perjalanan boleh berlangsung paling lama { $days } hari.
plan-warning-hours_unknown = Kami tidak tahu waktu operasi { $place }; semak sebelum pergi.
