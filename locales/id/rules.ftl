# Canton Guide — pesan mesin aturan pengunjung (transit, tax_refund, planner). Kunci dan variabel sama dengan en/rules.ftl.

## Cek bebas visa: skema dan wilayah yang diizinkan

transit-scheme-transit_240h = Transit bebas visa 240 jam
transit-scheme-transit_144h = Transit bebas visa 144 jam
transit-scheme-visa_free_30d = Masuk bebas visa 30 hari
transit-scheme-none = Belum dapat dipastikan: tanyakan ke kedutaan
transit-area-designated_provinces = Provinsi-provinsi skema 240 jam (24 provinsi dengan pelabuhan yang ditetapkan, termasuk Guangdong); jangan keluar dari wilayah ini.
transit-area-guangdong = Hanya Provinsi Guangdong.
transit-area-mainland = Tiongkok daratan.

## Cek bebas visa: alasan tidak memenuhi syarat

transit-reason-nationality_not_eligible = Paspor { $country } tidak tercakup skema ini.
transit-reason-nationality_list_unknown = Kami tidak memiliki daftar kewarganegaraan untuk tanggal itu, jadi kewarganegaraan Anda tidak dapat dipastikan.
transit-reason-port_not_designated = { $port } bukan pelabuhan masuk yang ditetapkan untuk skema ini.
transit-reason-onward_not_third_country = Tiket lanjutan harus ke negara atau wilayah ketiga; Tiongkok daratan ({ $destination }) tidak dihitung.
transit-reason-round_trip = Anda datang dari { $country } dan melanjutkan ke tempat yang sama; transit memerlukan tiket ke negara atau wilayah ketiga.
transit-reason-purpose_not_allowed = Skema ini hanya untuk wisata, bisnis, dan kunjungan; bekerja, belajar, dan jurnalistik memerlukan visa.
transit-reason-passport_validity_too_short = Paspor Anda harus berlaku setidaknya sampai { $date }.
transit-reason-exit_before_entry = Rencana keluar lebih awal daripada waktu masuk.
transit-reason-exit_after_deadline = Rencana keluar melewati batas waktu ({ $deadline }, waktu Beijing).
transit-reason-policy_not_in_force = Kami tidak mengetahui versi skema ini yang berlaku pada { $date }.

## Cek bebas visa: peringatan

transit-warning-verify_before_travel = Periksa sebelum bepergian: aturan bisa berubah dan sebagian informasi di sini belum dipastikan. Tanyakan kepada maskapai atau Kedutaan Besar Tiongkok.
transit-warning-exit_port_rule_uncertain = Sumber tidak menjelaskan apakah harus keluar melalui pelabuhan yang ditetapkan; agar aman, keluarlah melalui salah satunya.
transit-warning-port_identity_uncertain = Terminal yang dimaksud dengan “{ $port }” belum dipastikan.
transit-warning-port_not_listed = { $port } tidak ada dalam daftar pelabuhan Guangdong kami; mungkin ditetapkan di tempat lain di Tiongkok.
transit-warning-exit_port_not_listed = Pelabuhan keluar Anda, { $port }, tidak ada dalam daftar pelabuhan yang ditetapkan.
transit-warning-policy_ends_during_stay = Aturan ini hanya dipastikan sampai { $date }, sebelum masa tinggal Anda berakhir.
transit-warning-policy_ends_soon = Aturan ini hanya dipastikan sampai { $date }; periksa perpanjangannya sebelum bepergian.
transit-warning-country_window_uncertain = Tanggal skema ini untuk negara Anda belum dipastikan.
transit-warning-nationality_list_unknown = Daftar kewarganegaraan untuk tanggal itu tidak tercatat.
transit-warning-suspended_2020_2023 = Skema ini ditangguhkan sejak 2020 hingga 8 Januari 2023.
transit-warning-passport_validity_uncertain = Satu sumber mensyaratkan paspor berlaku minimal 6 bulan; pastikan paspor Anda memenuhinya.
transit-warning-day_count_rule_uncertain = Kami menghitung 30 hari sejak pukul 00.00 hari setelah masuk, seperti transit; sumber belum memastikan hal ini untuk skema ini.

## Visa-free check: mutual visa-exemption agreements and answers we cannot confirm

transit-scheme-mutual_visa_exemption = Bebas visa timbal balik (perjanjian antara Tiongkok dan negara Anda)
transit-reason-no_agreement = Kami tidak mengetahui adanya perjanjian bebas visa timbal balik antara Tiongkok dan { $country } untuk paspor biasa.
transit-reason-agreement_not_yet_in_force = Perjanjian bebas visa dengan { $country } berlaku untuk kedatangan mulai { $date }.
transit-reason-agreement_ended = Perjanjian bebas visa dengan { $country } hanya berlaku untuk kedatangan sampai { $date }.
transit-reason-nationality_not_in_data = Data kami tidak memuat pengaturan bebas visa untuk paspor { $country }. Itu tidak berarti pengaturan tersebut tidak ada.
transit-warning-cannot_confirm_check_embassy = Kami tidak dapat memastikan masuk tanpa visa untuk perjalanan ini. Tanyakan ke kedutaan atau konsulat Tiongkok, atau maskapai Anda, sebelum berangkat.
transit-warning-cumulative_any_180_days = Masa tinggal berdasarkan perjanjian ini paling lama { $days } hari secara kumulatif dalam setiap 180 hari; hitung kunjungan Anda sebelumnya.
transit-warning-cumulative_calendar_year = Masa tinggal berdasarkan perjanjian ini paling lama { $days } hari secara kumulatif dalam satu tahun kalender; hitung kunjungan Anda sebelumnya.
transit-warning-agreement_uncertain = Ketentuan perjanjian ini belum dikonfirmasi oleh pemberitahuan resmi.

## Pengembalian pajak: alasan tidak ada pengembalian

refund-reason-below_minimum = Di bawah minimum { $minimum } RMB per toko per hari.
refund-reason-export_window_passed = Barang harus keluar dari Tiongkok paling lambat { $date }; keberangkatan Anda lebih lambat.
refund-reason-vat_rate_not_refundable = Barang dengan PPN { $vat }% tidak mendapat pengembalian.
refund-reason-stay_too_long = Hanya pengunjung yang berada di daratan Tiongkok paling lama { $days } hari berturut-turut yang bisa mengajukan pengembalian.

## Pengembalian pajak: peringatan

refund-warning-stay_too_long = Anda telah berada di daratan lebih dari { $days } hari berturut-turut, jadi tidak ada pembelian yang memenuhi syarat.
refund-warning-transfer_only = Pengembalian di atas { $limit } RMB hanya dibayar lewat transfer bank, bukan tunai.
refund-warning-effective_date_uncertain = Minimum dan batas tunai saat ini berlaku sejak April 2025; tanggal pastinya belum dipastikan.
refund-warning-refund_counter_location_uncertain = Loket pengembalian dan terminal pasti di Bandara Baiyun belum dipastikan; tanyakan di bandara.
refund-warning-verify_before_travel = Periksa sebelum bepergian: sebagian aturan ini belum dipastikan dan mungkin telah berubah.

## Pengembalian pajak: pengembalian langsung di toko

refund-instant-card_preauthorisation = Toko melakukan praotorisasi pada kartu bank Anda dan langsung membayar pengembalian.
refund-instant-customs_check_at_departure = Anda tetap harus menunjukkan barang kepada bea cukai saat meninggalkan Tiongkok.
refund-instant-leave_within_export_window = Tinggalkan Tiongkok bersama barang dalam batas waktu ekspor, atau jumlah praotorisasi akan ditagih.

## Pengembalian pajak: daftar periksa keberangkatan

refund-checklist-eligible_travellers = Wisatawan asing serta penduduk Hong Kong, Makau, dan Taiwan dapat mengajukan pengembalian.
refund-checklist-goods_unused_and_carried = Biarkan barang tidak terpakai dan bawa bersama Anda, di kabin atau bagasi terdaftar.
refund-checklist-leave_within_90_days = Tinggalkan Tiongkok bersama barang dalam { $days } hari setelah pembelian.
refund-checklist-keep_forms_and_invoices = Simpan formulir pengembalian dan faktur dari tiap toko bersama paspor Anda.
refund-checklist-customs_stamp_before_checkin = Di Bandara Baiyun, mintalah cap bea cukai pada formulir sebelum memasukkan bagasi.
refund-checklist-collect_in_restricted_zone = Ambil pengembalian di agen pengembalian di area steril, setelah pemeriksaan keamanan.
refund-checklist-refund_counter_location_uncertain = Loket dan terminal pastinya belum dipastikan: tanyakan kepada petugas bandara.
refund-checklist-cash_limit = Pengembalian hingga { $limit } RMB dapat dibayar tunai atau transfer; di atasnya hanya transfer bank.
refund-checklist-instant_refund_customs_check = Pengembalian langsung: pemeriksaan bea cukai saat keberangkatan tetap diperlukan.

## Perencana perjalanan: peringatan

plan-warning-outlasts_deadline = Keberangkatan Anda melewati batas bebas visa ({ $deadline }, waktu Beijing); rencana berakhir tepat waktu. Ubah tiket Anda atau ajukan visa.
plan-warning-leave_for_port = Berangkatlah ke { $port } paling lambat { $time } agar tiba { $minutes } menit sebelum keberangkatan.
plan-warning-leave_for_departure = Berangkatlah paling lambat { $time } agar tiba di titik keberangkatan { $minutes } menit sebelumnya.
plan-warning-tax_refund_reminder = Anda punya pembelian dengan pengembalian pajak: sisihkan waktu di pelabuhan keberangkatan untuk cap bea cukai sebelum check-in dan pengambilan uang setelah pemeriksaan keamanan.
plan-warning-start_outside_guangzhou = Titik awal Anda di luar Guangzhou; waktu perjalanan bisa lebih lama dari yang ditampilkan.
plan-warning-outside_guangzhou = { $place } berada di luar Guangzhou; pastikan tempat itu di dalam wilayah yang diizinkan masa tinggal bebas visa Anda.
plan-warning-must_see_unknown = Kami tidak mengenal tempat “{ $place }”.
plan-warning-must_see_not_scheduled = “{ $place }” tidak muat: tutup atau terlalu jauh di setiap waktu luang.
plan-warning-nothing_fits = Tidak ada kunjungan yang muat antara kedatangan Anda dan waktu berangkat ke pelabuhan.

## Input checks of the rules endpoints (server) and planner notices added by the server

field-invalid-country = Diharapkan kode ISO 3166-1 dua huruf seperti “US”, “JP”, atau “HK”.
field-positive-amount = Diharapkan jumlah dalam yuan lebih dari 0 dan paling banyak { $max }, misalnya “250.00”.
field-too-many = Paling banyak { $max } item.
field-plan-needs-end = Isi “exit_at” atau “deadline” bebas visa: rencana perjalanan perlu waktu akhir.
field-end-before-entry = Diharapkan waktu setelah “entry_at”.
field-window-too-long = Perjalanan paling lama { $days } hari.
plan-warning-hours_unknown = Kami tidak tahu jam buka { $place }; periksa sebelum berangkat.
