# Canton Guide — Indonesian messages (translated from the English reference,
# locales/en/main.ftl: this file must have exactly its keys; a test enforces it).
#
# Shared by guide-server (problem+json titles and details, labels in responses) and
# guide-core (the app's view models). Variables are written { $name }.

## Problem titles and details (RFC 9457 problem+json)

error-not-found-title = Tidak ditemukan
error-not-found-detail = Tidak ada { $what } bernama “{ $id }”.
error-route-not-found-detail = Tidak ada endpoint API di { $path }. Lihat /docs untuk daftar endpoint.
error-validation-title = Sebagian input tidak valid
error-validation-detail = Periksa kolom yang tercantum di “errors”; masing-masing menjelaskan nilai yang dapat diterima.
error-bad-request-title = Permintaan tidak valid
error-method-not-allowed-title = Metode tidak diizinkan
error-method-not-allowed-detail = Endpoint ini tidak menerima metode HTTP tersebut.
error-payload-too-large-title = Isi permintaan terlalu besar
error-payload-too-large-detail = Isi permintaan maksimal { $max } byte.
error-unsupported-media-type-title = Jenis media tidak didukung
error-unsupported-media-type-detail = Kirim isi permintaan sebagai JSON dengan “Content-Type: application/json”.
error-not-acceptable-title = Format respons tidak tersedia
error-unauthorized-title = Perlu masuk
error-unauthorized-detail = Silakan masuk lagi: token akses tidak ada, kedaluwarsa, atau tidak valid.
error-forbidden-title = Tidak diizinkan
error-forbidden-detail = Akun Anda tidak diizinkan melakukan tindakan ini.
error-conflict-title = Konflik
error-precondition-failed-title = Diubah oleh orang lain
error-precondition-failed-detail = Item ini telah berubah sejak Anda memuatnya. Muat ulang, terapkan kembali perubahan Anda, lalu simpan lagi; tidak ada yang tertimpa.
error-precondition-required-detail = Kirim ETag item dalam header “If-Match” agar perubahan orang lain tidak tertimpa.
error-too-many-requests-title = Terlalu banyak permintaan
error-too-many-requests-detail = Harap tunggu { $seconds } detik, lalu coba lagi.
error-unavailable-title = Layanan tidak tersedia untuk sementara
error-unavailable-detail = Database tidak dapat dijangkau saat ini. Silakan coba lagi sebentar lagi.
error-overloaded-detail = Server sedang sibuk. Harap tunggu { $seconds } detik lalu coba lagi.
error-uri-too-long-title = Alamat permintaan terlalu panjang
error-uri-too-long-detail = Path dan parameter permintaan paling panjang { $max } byte.
error-host-required-detail = Permintaan HTTP/1.1 harus menyertakan header Host.
error-last-admin-detail = Harus selalu ada setidaknya satu admin: jadikan orang lain admin terlebih dahulu.
error-internal-title = Terjadi kesalahan di pihak kami
error-internal-detail = Masalah ini telah dicatat. Silakan coba lagi nanti.

## Field-level validation messages (the “errors” array)

field-invalid-coordinates = Harus berformat “LAT,LNG” dalam derajat desimal, lintang −90…90 dan bujur −180…180, misalnya “23.1291,113.2644”.
field-out-of-range = Harus berupa bilangan bulat dari { $min } sampai { $max }.
field-invalid-number = Harus berupa angka.
field-invalid-choice = “{ $value }” tidak diterima di sini. Nilai yang diterima: { $accepted }.
field-invalid-boolean = Harus “true” atau “false”.
field-invalid-tax-refund = Harus “true” (toko mana pun dengan pengembalian pajak) atau “instant” (pengembalian pajak langsung di toko).
field-invalid-time = Harus berupa tanggal dan waktu dengan offset zona waktu, misalnya “2026-12-01T19:30:00+08:00”.
field-invalid-date = Harus berupa tanggal, misalnya “2026-12-01”.
field-invalid-cursor = Kursor ini tidak valid atau sudah kedaluwarsa; minta halaman pertama lagi tanpa “cursor”.
field-too-long = Maksimal { $max } karakter.
field-requires-near = Hanya diizinkan bersama “near”.
field-unknown-parameter = Parameter tidak dikenal. Parameter yang diterima: { $accepted }.
field-invalid-json = Isi permintaan bukan JSON yang valid untuk endpoint ini: { $reason }
field-required = Kolom ini wajib diisi.
field-invalid-range = “from” tidak boleh lebih lambat dari “to”.

## Place kinds

kind-shop = Toko
kind-mall = Mal
kind-flagship_store = Toko flagship
kind-restaurant = Restoran
kind-food_street = Jalan kuliner
kind-duty_free_shop = Toko bebas bea
kind-tax_refund_point = Titik pengembalian pajak
kind-night_scene = Pemandangan malam
kind-attraction = Tempat wisata
kind-market = Pasar khusus
kind-transport_hub = Pusat transportasi

## Payment methods

pay-foreign_card_pos = Kartu bank asing (mesin EDC)
pay-alipay_foreign_card = Alipay dengan kartu asing
pay-wechat_foreign_card = WeChat Pay dengan kartu asing
pay-foreign_wallets = Dompet digital asing (AlipayHK, Kakao Pay, Touch ’n Go…)
pay-unionpay = UnionPay
pay-cash = Tunai (RMB)

## Foreigner-friendliness

friendly-english_menu = Menu bahasa Inggris
friendly-picture_menu = Menu bergambar
friendly-order_without_wechat = Pesan tanpa WeChat
friendly-halal = Halal
friendly-vegetarian = Pilihan vegetarian
friendly-wheelchair = Ramah kursi roda
friendly-staff_languages = Bahasa staf: { $languages }

## Badges and notices

badge-open-now = Buka sekarang
badge-closed-now = Tutup sekarang
badge-hours-unknown = Jam buka tidak diketahui
hours-closed-day = Tutup
hours-unknown-span = tidak diketahui
badge-foreign-card = Menerima kartu asing
badge-tax-refund = Pengembalian pajak
badge-instant-refund = Pengembalian pajak langsung
badge-duty-free = Bebas bea
badge-night = Kehidupan malam
notice-verify-before-travel = Periksa sebelum berangkat
notice-not-yet-verified = Belum diverifikasi
notice-approximate-location = Perkiraan lokasi
notice-translation-fallback = Belum diterjemahkan ke bahasa Anda; ditampilkan dalam { $language }.
opens-at = Buka pukul { $time }
closes-at = Tutup pukul { $time }

## Driver card (shown to taxi drivers)

driver-card-title = Tunjukkan ini kepada sopir Anda
driver-card-request = 请带我去这里 (Tolong antar saya ke sini)

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

zone-tier-world_class = Kawasan niaga kelas dunia
zone-tier-lingnan = Kawasan niaga warisan Lingnan
zone-tier-transport_hub = Kawasan niaga simpul transportasi

## Getting around

mode-walk = Jalan kaki
mode-metro = Metro
mode-taxi = Taksi
mode-bus = Bus
mode-ferry = Feri
minutes = { $count ->
   *[other] { $count } menit
}
distance-m = { $meters } m
distance-km = { $km } km

## Events

event-kind-fair = Pameran dagang
event-kind-festival = Festival
event-kind-exhibition = Pameran
event-kind-sport = Olahraga
event-kind-holiday = Hari libur nasional
notice-dates-unconfirmed = Tanggal belum dikonfirmasi

## Accounts, merchant listings and staff review
error-precondition-required-title = If-Match wajib
error-invalid-credentials-detail = Email atau kata sandi salah.
error-email-taken-detail = Sudah ada akun dengan email ini. Silakan masuk atau gunakan alamat lain.
error-conflict-state-detail = Tidak dapat dilakukan selama item berstatus “{ $state }”.
error-limit-reached-detail = Anda telah mencapai batas { $max } item tersimpan. Hapus beberapa lalu coba lagi.
error-slug-taken-detail = Pengenal “{ $slug }” sudah dipakai. Pilih yang lain.
field-password-too-short = Gunakan minimal { $min } karakter. Beberapa kata yang tidak saling berkaitan menjadi kata sandi yang baik dan mudah diingat.
field-password-too-common = Kata sandi ini terlalu umum atau terlalu sederhana. Coba beberapa kata yang tidak saling berkaitan.
field-password-contains-email = Kata sandi tidak boleh memuat email Anda.
field-invalid-email = Diharapkan alamat email seperti “name@example.com”.
field-outside-guangzhou = Titik ini berada di luar Guangzhou. Lintang harus 22.5 sampai 23.95 dan bujur 112.95 sampai 114.05 (WGS-84).
field-invalid-opening-hours = Jam buka OpenStreetMap tidak valid: { $reason }
field-missing-translation = Terjemahan “{ $locale }” wajib ada.
field-unpublished-place = “{ $place }” bukan tempat yang sudah diterbitkan.
field-not-on-last-stop = Perhentian terakhir tidak punya perhentian berikutnya: hilangkan “to_next”.
field-ends-before-start = Akhir harus setelah awal.
field-unknown-reference = “{ $value }” tidak ada.
field-invalid-slug = Gunakan huruf ASCII kecil, angka, dan “-” (paling banyak 100 karakter).
field-invalid-url = Berikan alamat halaman web yang bisa dibuka siapa saja, diawali https:// (paling banyak 2000 karakter).
review-reason-incomplete = Ada informasi wajib yang belum diisi. Harap lengkapi data.
review-reason-inaccurate = Sebagian informasi tidak dapat dipastikan atau tampaknya keliru. Harap periksa.
review-reason-duplicate = Tempat ini sudah ada di panduan.
review-reason-not_eligible = Tempat ini tidak sesuai untuk panduan pengunjung asing di Guangzhou.
review-reason-inappropriate = Data memuat teks atau gambar yang tidak dapat diterbitkan.
field-nul-character = Teks tidak boleh berisi karakter NUL (%00).
review-reason-other = Lihat catatan peninjau.

## Public place and route pages (/p/…, /r/…)
page-hours = Jam buka
page-payments = Cara membayar
page-maps = Buka di aplikasi peta
page-sources = Sumber
page-stops = Perhentian
page-not-found = Tempat atau rute ini tidak ada di panduan, atau tidak lagi diterbitkan.
