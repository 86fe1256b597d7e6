# Canton Guide — Malay messages (translated from the English reference,
# locales/en/main.ftl: this file must have exactly its keys; a test enforces it).
#
# Shared by guide-server (problem+json titles and details, labels in responses) and
# guide-core (the app's view models). Variables are written { $name }.

## Problem titles and details (RFC 9457 problem+json)

error-not-found-title = Tidak dijumpai
error-not-found-detail = Tiada { $what } bernama “{ $id }”.
error-route-not-found-detail = Tiada titik akhir API di { $path }. Lihat /docs untuk senarai titik akhir.
error-validation-title = Sesetengah input tidak sah
error-validation-detail = Semak medan yang disenaraikan dalam “errors”; setiap satu menyatakan nilai yang boleh diterima.
error-bad-request-title = Permintaan tidak sah
error-method-not-allowed-title = Kaedah tidak dibenarkan
error-method-not-allowed-detail = Titik akhir ini tidak menerima kaedah HTTP tersebut.
error-payload-too-large-title = Kandungan permintaan terlalu besar
error-payload-too-large-detail = Kandungan permintaan tidak boleh melebihi { $max } bait.
error-unsupported-media-type-title = Jenis media tidak disokong
error-unsupported-media-type-detail = Hantar kandungan sebagai JSON dengan “Content-Type: application/json”.
error-not-acceptable-title = Format respons tidak tersedia
error-unauthorized-title = Perlu log masuk
error-unauthorized-detail = Sila log masuk semula: token akses tiada, telah tamat tempoh atau tidak sah.
error-forbidden-title = Tidak dibenarkan
error-forbidden-detail = Akaun anda tidak dibenarkan melakukan tindakan ini.
error-conflict-title = Konflik
error-precondition-failed-title = Diubah oleh orang lain
error-precondition-failed-detail = Item ini telah berubah sejak anda memuatkannya. Muat semula, buat semula suntingan anda dan simpan sekali lagi; tiada apa-apa yang ditulis ganti.
error-precondition-required-detail = Hantar ETag item dalam pengepala “If-Match” supaya suntingan orang lain tidak ditulis ganti.
error-too-many-requests-title = Terlalu banyak permintaan
error-too-many-requests-detail = Sila tunggu { $seconds } saat dan cuba lagi.
error-unavailable-title = Perkhidmatan tidak tersedia buat sementara waktu
error-unavailable-detail = Pangkalan data tidak dapat dicapai sekarang. Sila cuba lagi sebentar lagi.
error-overloaded-detail = Pelayan sedang sibuk. Sila tunggu { $seconds } saat dan cuba lagi.
error-uri-too-long-title = Alamat permintaan terlalu panjang
error-uri-too-long-detail = Laluan dan parameter permintaan boleh mencapai { $max } bait sahaja.
error-host-required-detail = Permintaan HTTP/1.1 mesti mengandungi pengepala Host.
error-last-admin-detail = Mesti sentiasa ada sekurang-kurangnya seorang pentadbir: lantik orang lain sebagai pentadbir dahulu.
error-internal-title = Berlaku masalah di pihak kami
error-internal-detail = Masalah ini telah direkodkan. Sila cuba lagi kemudian.

## Field-level validation messages (the “errors” array)

field-invalid-coordinates = Dijangka “LAT,LNG” dalam darjah perpuluhan, latitud −90…90 dan longitud −180…180, contohnya “23.1291,113.2644”.
field-out-of-range = Dijangka nombor bulat dari { $min } hingga { $max }.
field-invalid-number = Dijangka nombor.
field-invalid-choice = “{ $value }” tidak diterima di sini. Nilai yang diterima: { $accepted }.
field-invalid-boolean = Dijangka “true” atau “false”.
field-invalid-tax-refund = Dijangka “true” (mana-mana kedai bayaran balik cukai) atau “instant” (bayaran balik cukai segera di kedai).
field-invalid-time = Dijangka tarikh dan masa dengan ofset zon waktu, contohnya “2026-12-01T19:30:00+08:00”.
field-invalid-date = Dijangka tarikh, contohnya “2026-12-01”.
field-invalid-cursor = Kursor ini tidak sah atau telah tamat tempoh; minta halaman pertama semula tanpa “cursor”.
field-too-long = Maksimum { $max } aksara.
field-requires-near = Hanya dibenarkan bersama “near”.
field-unknown-parameter = Parameter tidak diketahui. Parameter yang diterima: { $accepted }.
field-invalid-json = Kandungan bukan JSON yang sah untuk titik akhir ini: { $reason }
field-required = Medan ini wajib diisi.
field-invalid-range = “from” tidak boleh lewat daripada “to”.

## Place kinds

kind-shop = Kedai
kind-mall = Pusat beli-belah
kind-flagship_store = Kedai utama jenama
kind-restaurant = Restoran
kind-food_street = Jalan makanan
kind-duty_free_shop = Kedai bebas cukai
kind-tax_refund_point = Kaunter bayaran balik cukai
kind-night_scene = Pemandangan malam
kind-attraction = Tempat tarikan
kind-market = Pasar khusus
kind-transport_hub = Hab pengangkutan

## Payment methods

pay-foreign_card_pos = Kad bank asing (terminal kad)
pay-alipay_foreign_card = Alipay dengan kad asing
pay-wechat_foreign_card = WeChat Pay dengan kad asing
pay-foreign_wallets = E-dompet asing (AlipayHK, Kakao Pay, Touch ’n Go…)
pay-unionpay = UnionPay
pay-cash = Tunai (RMB)

## Foreigner-friendliness

friendly-english_menu = Menu bahasa Inggeris
friendly-picture_menu = Menu bergambar
friendly-order_without_wechat = Pesan tanpa WeChat
friendly-halal = Halal
friendly-vegetarian = Pilihan vegetarian
friendly-wheelchair = Mesra kerusi roda
friendly-staff_languages = Bahasa kakitangan: { $languages }

## Badges and notices

badge-open-now = Dibuka sekarang
badge-closed-now = Ditutup sekarang
badge-hours-unknown = Waktu operasi tidak diketahui
hours-closed-day = Tutup
hours-unknown-span = tidak diketahui
badge-foreign-card = Terima kad asing
badge-tax-refund = Bayaran balik cukai
badge-instant-refund = Bayaran balik cukai segera
badge-duty-free = Bebas cukai
badge-night = Hiburan malam
notice-verify-before-travel = Sahkan sebelum pergi
notice-not-yet-verified = Belum disahkan
notice-approximate-location = Lokasi anggaran
notice-translation-fallback = Belum diterjemahkan ke dalam bahasa anda; dipaparkan dalam { $language }.
opens-at = Dibuka pukul { $time }
closes-at = Ditutup pukul { $time }

## Driver card (shown to taxi drivers)

driver-card-title = Tunjukkan ini kepada pemandu anda
driver-card-request = 请带我去这里 (Tolong bawa saya ke sini)

## Districts of Guangzhou

district-yuexiu = Yuexiu
district-liwan = Liwan
district-haizhu = Haizhu
district-tianhe = Tianhe
district-baiyun = Baiyun
district-huangpu = Huangpu
district-panyu = Panyu
district-huadu = Huadu
district-nansha = Nansha
district-conghua = Conghua
district-zengcheng = Zengcheng

## Commercial zones (the "5+2+4" plan)

zone-tier-world_class = Kawasan komersial bertaraf dunia
zone-tier-lingnan = Kawasan komersial warisan Lingnan
zone-tier-transport_hub = Kawasan komersial hab pengangkutan

## Getting around

mode-walk = Berjalan kaki
mode-metro = Metro
mode-taxi = Teksi
mode-bus = Bas
mode-ferry = Feri
minutes = { $count ->
   *[other] { $count } minit
}
distance-m = { $meters } m
distance-km = { $km } km

## Events

event-kind-fair = Pameran perdagangan
event-kind-festival = Festival
event-kind-exhibition = Pameran
event-kind-sport = Sukan
event-kind-holiday = Cuti umum
notice-dates-unconfirmed = Tarikh belum disahkan

## Accounts, merchant listings and staff review
error-precondition-required-title = If-Match diperlukan
error-invalid-credentials-detail = E-mel atau kata laluan salah.
error-email-taken-detail = Akaun dengan e-mel ini sudah wujud. Sila log masuk atau gunakan alamat lain.
error-conflict-state-detail = Tidak boleh dilakukan selagi item berstatus “{ $state }”.
error-limit-reached-detail = Anda telah mencapai had { $max } item yang disimpan. Padam sebahagian dan cuba lagi.
error-slug-taken-detail = Pengecam “{ $slug }” sudah digunakan. Pilih yang lain.
field-password-too-short = Gunakan sekurang-kurangnya { $min } aksara. Beberapa perkataan yang tidak berkaitan menjadi kata laluan yang baik dan mudah diingat.
field-password-too-common = Kata laluan ini terlalu biasa atau terlalu mudah. Cuba beberapa perkataan yang tidak berkaitan.
field-password-contains-email = Kata laluan tidak boleh mengandungi e-mel anda.
field-invalid-email = Alamat e-mel dijangka, contohnya “name@example.com”.
field-outside-guangzhou = Titik ini terletak di luar Guangzhou. Latitud mesti antara 22.5 hingga 23.95 dan longitud antara 112.95 hingga 114.05 (WGS-84).
field-invalid-opening-hours = Waktu buka OpenStreetMap tidak sah: { $reason }
field-missing-translation = Terjemahan “{ $locale }” diperlukan.
field-unpublished-place = “{ $place }” bukan tempat yang telah diterbitkan.
field-not-on-last-stop = Perhentian terakhir tiada perhentian seterusnya: tinggalkan “to_next”.
field-ends-before-start = Masa tamat mesti selepas masa mula.
field-unknown-reference = “{ $value }” tidak wujud.
field-invalid-slug = Gunakan huruf ASCII kecil, digit dan “-” (paling banyak 100 aksara).
field-invalid-url = Berikan alamat halaman web yang boleh dibuka oleh sesiapa, bermula dengan https:// (paling banyak 2000 aksara).
review-reason-incomplete = Sebahagian maklumat wajib tiada. Sila lengkapkan senarai.
review-reason-inaccurate = Sebahagian maklumat tidak dapat disahkan atau kelihatan salah. Sila semak.
review-reason-duplicate = Tempat ini sudah ada dalam panduan.
review-reason-not_eligible = Tempat ini tidak sesuai untuk panduan pelawat asing ke Guangzhou.
review-reason-inappropriate = Senarai mengandungi teks atau imej yang tidak boleh diterbitkan.
field-nul-character = Teks tidak boleh mengandungi aksara NUL (%00).
review-reason-other = Lihat nota penyemak.

## Public place and route pages (/p/…, /r/…)
page-hours = Waktu buka
page-payments = Cara membayar
page-maps = Buka dalam aplikasi peta
page-sources = Sumber
page-stops = Hentian
page-not-found = Tempat atau laluan ini tiada dalam panduan, atau tidak lagi diterbitkan.
