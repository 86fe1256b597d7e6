# Canton Guide — konsol web untuk peniaga dan kakitangan pelancongan. Ralat medan menggunakan mesej API dalam main.ftl.

## Bingkai setiap halaman

console-brand = Konsol Canton Guide
console-skip-to-content = Langkau ke kandungan utama
console-nav-label = Konsol
console-nav-sign-in = Log masuk
console-nav-sign-up = Cipta akaun peniaga
console-nav-listings = Senarai saya
console-nav-staff = Laman utama kakitangan
console-signed-in-as = Log masuk sebagai { $email }
console-sign-out = Log keluar
console-language = Bahasa
console-language-apply = Tukar
console-footer = Canton Guide membantu pelawat asing meneroka Guangzhou.
console-role-visitor = pelawat
console-role-merchant = peniaga
console-role-curator = kurator
console-role-admin = pentadbir

## Log masuk

console-sign-in-title = Log masuk
console-sign-in-intro = Untuk peniaga dan kakitangan pelancongan Canton Guide.
console-field-email = Alamat e-mel
console-field-password = Kata laluan
console-sign-in-submit = Log masuk
console-sign-in-failed = Alamat e-mel atau kata laluan tidak betul.
console-sign-in-limited = Terlalu banyak cubaan log masuk. Sila tunggu { $minutes } minit dan cuba lagi.
console-sign-in-no-account = Baharu di Canton Guide?
console-sign-in-create = Cipta akaun peniaga
console-notice-signed-out = Anda telah log keluar.
console-notice-session-ended = Sesi anda telah tamat. Sila log masuk semula.
console-notice-sign-in-required = Sila log masuk untuk membuka halaman ini.

## Daftar

console-sign-up-title = Cipta akaun peniaga
console-sign-up-intro = Daftarkan kedai, restoran atau premis anda supaya pelawat asing dapat menemuinya. Kurator panduan menyemak setiap senarai sebelum disiarkan.
console-field-display-name = Nama anda atau nama perniagaan anda (pilihan)
console-field-password-new = Kata laluan
console-field-password-hint = Sekurang-kurangnya { $min } aksara. Beberapa perkataan yang tidak berkaitan mudah diingat dan sukar diteka.
console-sign-up-submit = Cipta akaun
console-sign-up-have-account = Sudah berdaftar?
console-sign-up-sign-in = Log masuk
console-sign-up-limited = Terlalu banyak akaun dicipta dari rangkaian ini. Sila cuba lagi dalam { $minutes } minit.
console-form-has-errors = Sila betulkan medan yang ditanda di bawah.
console-error-email-taken = Akaun dengan alamat e-mel ini sudah wujud. Sila log masuk.

## Senarai peniaga

console-listings-title = Senarai saya
console-listings-intro = Setiap senarai menunjukkan statusnya: draf yang hanya anda nampak, menunggu semakan, disiarkan dalam panduan, atau tidak diterima berserta sebab penyemak.
console-listings-empty = Anda belum mempunyai senarai.
console-listings-older = Senarai lebih lama
console-status-label = Status
console-status-draft = Draf
console-status-pending = Menunggu semakan
console-status-live = Disiarkan
console-status-live-pending = Disiarkan; perubahan anda menunggu semakan
console-status-rejected = Tidak diterima
console-status-live-rejected = Disiarkan; perubahan anda tidak diterima
console-reason = Sebab penyemak:
console-reason-note = Catatan penyemak:
console-updated = Kali terakhir diubah
console-unnamed = (belum bernama)

## Laman utama kakitangan

console-staff-title = Laman utama kakitangan
console-staff-intro = Anda log masuk sebagai { $role }.
console-staff-queue = Menunggu semakan
console-staff-queue-empty = Tiada apa-apa yang menunggu semakan.
console-staff-queue-count = Ada { $count } serahan yang menunggu semakan.
console-staff-queue-more = Masih ada serahan lain yang menunggu; ini { $shown } yang paling lama.
console-staff-submitted = Diserahkan

## Halaman ralat

console-problem-code = Ralat { $status }
console-problem-home = Pergi ke laman utama konsol
console-problem-not-found-title = Halaman tidak ditemui
console-problem-not-found-detail = Tiada halaman di alamat ini. Semak pautan, atau mula semula dari laman utama konsol.
console-problem-forbidden-title = Tidak dibenarkan
console-problem-forbidden-detail = Halaman ini tidak dibuka kepada akaun anda ({ $role }).
console-problem-visitor-detail = Konsol ini untuk peniaga dan kakitangan pelancongan. Akaun anda ialah akaun pelawat: gunakan aplikasi Canton Guide.
console-problem-csrf-title = Borang ini telah tamat tempoh
console-problem-csrf-detail = Borang tidak dihantar dari halaman konsol yang terbuka, atau sudah terlalu lama. Kembali, muat semula halaman dan hantar sekali lagi.
console-problem-bad-request-title = Permintaan tidak difahami
console-problem-bad-request-detail = Ada sesuatu dalam alamat atau borang yang tidak difahami. Kembali dan cuba lagi.
console-problem-bad-language-title = Bahasa tidak tersedia
console-problem-bad-language-detail = “{ $value }” bukan salah satu bahasa konsol. Pilih salah satu daripada ini:
console-problem-bad-cursor-detail = Pautan halaman ini tidak sah. Mula semula dari halaman pertama senarai anda.
console-problem-too-large-detail = Borang lebih besar daripada { $max } bait yang diterima konsol.
console-problem-internal-title = Berlaku masalah di pihak kami
console-problem-internal-detail = Halaman tidak dapat dipaparkan. Sila cuba lagi sebentar lagi.

## Borang senarai (peniaga)
console-nav-new-listing = Senarai baharu
console-listing-new-title = Senarai baharu
console-listing-edit-title = Sunting senarai
console-listing-created = Draf dicipta. Hanya anda yang dapat melihatnya sehingga anda menyerahkannya dan kurator meluluskannya.
console-listing-saved = Disimpan. Draf ini masih hanya kelihatan kepada anda.
console-listing-saved-live = Disimpan. Perubahan anda menunggu semakan; sehingga itu, versi yang disiarkan kekal dalam panduan.
console-listing-submitted = Diserahkan untuk semakan. Keputusan akan dipaparkan di sini.
console-listing-errors = { $count ->
   *[other] Senarai tidak disimpan: { $count } medan perlu dibetulkan.
}
console-listing-stale = Senarai ini telah disimpan dalam tab atau tetingkap lain selepas anda membukanya. Perubahan anda masih ada dalam borang di bawah; menyimpan sekali lagi akan menggantikan versi yang satu lagi.
console-listing-stale-submit = Senarai ini telah berubah selepas anda membukanya. Semak versi di bawah, kemudian serahkan sekali lagi.
console-listing-status = Status semasa
console-listing-view-public = Buka halaman awam
console-submit = Serahkan untuk semakan
console-submit-hint = Kurator menyemak senarai sebelum ia dipaparkan dalam panduan.
console-save = Simpan
console-section-basics = Maklumat asas
console-field-kind = Jenis tempat
console-field-district = Daerah
console-field-name-zh = Nama dalam bahasa Cina
console-field-name-zh-hint = Seperti pada papan tanda: pemandu teksi dan orang yang lalu-lalang membacanya.
console-field-address-zh = Alamat dalam bahasa Cina
console-field-phone = Telefon
console-section-location = Lokasi
console-field-map-link = Pautan kongsi peta
console-field-map-link-hint = Tampal pautan daripada Amap, Apple Maps atau Google Maps; pautan itu menggantikan koordinat di bawah. Amap menggunakan koordinat GCJ-02 China; koordinat itu ditukar kepada WGS-84.
console-field-lat = Latitud (WGS-84)
console-field-lng = Longitud (WGS-84)
console-field-location-needed = Masukkan latitud dan longitud, contohnya 23.1291 dan 113.2644, atau tampal pautan kongsi peta.
console-map-link-not-a-link = Tampal alamat web yang bermula dengan https://.
console-map-link-unknown = Ini bukan pautan Amap, Apple Maps atau Google Maps.
console-map-link-short = Pautan pendek tidak mengandungi koordinat. Buka pautan itu dalam pelayar, kemudian salin alamat penuh dari bar alamat.
console-map-link-no-coordinates = Pautan ini menamakan tempat atau carian, bukan satu titik. Sebaliknya, kongsi pin yang diletakkan pada peta, atau masukkan koordinat.
console-section-hours = Waktu operasi
console-field-hours = Waktu operasi (sintaks OpenStreetMap)
console-field-hours-hint = Contohnya “Mo-Fr 10:00-22:00; Sa-Su 10:00-23:00; PH off” (PH: cuti umum).
console-hours-preview = Tujuh hari akan datang, seperti yang akan dilihat oleh pelawat
console-hours-closed = Tutup
console-hours-unknown = tidak diketahui
console-section-payments = Cara pelawat membayar
console-section-friendliness = Untuk pelawat dari luar negara
console-friendly-unsaid = Tidak dinyatakan
console-friendly-yes = Ya
console-friendly-no = Tidak
console-field-staff-languages = Bahasa yang dituturkan kakitangan
console-field-staff-languages-hint = Kod bahasa dipisahkan dengan koma, contohnya en, ja, yue.
console-section-refund = Bayaran balik cukai
console-field-refund-store = Kedai berdaftar untuk bayaran balik cukai semasa berlepas
console-field-refund-instant = Membayar balik cukai di tempat (bayaran balik segera)
console-section-more = Lagi tentang tempat ini
console-field-night = Dibuka pada waktu malam (ekonomi malam)
console-field-interests = Sesuai untuk
console-interest-food = Makanan
console-interest-shopping = Membeli-belah
console-interest-night = Hiburan malam
console-interest-heritage = Warisan
console-interest-culture = Budaya
console-interest-nature = Alam semula jadi
console-interest-family = Keluarga
console-field-tags = Tag
console-field-tags-hint = Dipisahkan dengan koma.
console-field-visit-minutes = Tempoh lawatan biasa, dalam minit
console-section-texts = Teks untuk pelawat, mengikut bahasa
console-texts-hint = Bahasa Inggeris diwajibkan. Tambah bahasa yang anda boleh tulis dengan baik; jika sesuatu bahasa tiada, pelawat melihat teks bahasa Inggeris.
console-field-name = Nama
console-field-summary = Ringkasan
console-field-address = Alamat

## Semakan (kurator dan pentadbir)
console-nav-review = Baris gilir semakan
console-review-title = Baris gilir semakan
console-review-intro = Serahan daripada peniaga, yang paling lama dahulu. Buka satu untuk membandingkannya dengan versi yang disiarkan, kemudian luluskan atau tolak.
console-review-more = Lagi serahan
console-review-merchant = Peniaga:
console-review-kind-new = Senarai baharu
console-review-kind-edit = Perubahan pada senarai yang disiarkan
console-review-one-title = Semak serahan
console-review-changes = Apa yang berubah
console-review-field = Medan
console-review-live = Disiarkan sekarang
console-review-proposed = Dicadangkan
console-review-no-changes = Tiada medan yang berbeza daripada versi yang disiarkan.
console-review-empty-value = —
console-review-approve-heading = Luluskan
console-review-approve-hint = Versi yang dicadangkan terus disiarkan dalam panduan.
console-review-approve = Luluskan dan siarkan
console-review-reject-heading = Tolak
console-review-reason = Sebab
console-review-reason-choose = Pilih sebab
console-review-note = Catatan untuk peniaga (pilihan)
console-review-note-hint = Dipaparkan seperti yang anda tulis; sebab itu sendiri dipaparkan dalam bahasa peniaga.
console-review-reject = Tolak
console-review-reject-fix = Pilih sebab sebelum menolak.
console-review-approved = Diluluskan: senarai kini disiarkan.
console-review-rejected = Ditolak: peniaga melihat sebabnya dalam bahasa mereka.
console-review-gone = Serahan itu telah diputuskan oleh orang lain atau berubah selepas anda membukanya. Ini baris gilir seperti sekarang.

## Log audit, akaun dan laluan bertema (kurator dan pentadbir)
console-nav-audit = Log audit
console-audit-title = Log audit
console-audit-intro = Setiap perubahan oleh kakitangan dan peniaga, yang terbaharu dahulu, dengan keadaan sebelum dan selepas. Masa mengikut waktu Guangzhou.
console-audit-filters = Penapis
console-audit-actor = Siapa (ID akaun)
console-audit-action = Tindakan
console-audit-action-hint = Tepat, atau permulaannya diikuti titik, contohnya route.
console-audit-target-type = Jenis objek (place, route, event, alert, user)
console-audit-target-id = ID objek
console-audit-since = Dari
console-audit-until = Hingga (tidak termasuk)
console-audit-time-hint = Tarikh dan masa dengan ofset zon waktu, contohnya 2026-12-01T09:00:00+08:00.
console-audit-apply = Guna penapis
console-audit-clear = Kosongkan penapis
console-audit-fix = Sesetengah penapis tidak dapat dibaca; lihat mesej di sebelahnya.
console-audit-empty = Tiada entri yang sepadan dengan penapis ini.
console-audit-time = Masa
console-audit-who = Siapa
console-audit-action-column = Tindakan
console-audit-target = Objek
console-audit-show-change = Sebelum dan selepas
console-audit-before = Sebelum
console-audit-after = Selepas
console-audit-older = Entri lebih lama
console-nav-users = Akaun
console-users-title = Akaun dan peranan
console-users-intro = Cari akaun melalui alamat e-mel, kemudian tukar peranannya. Perubahan berkuat kuasa mulai permintaan seterusnya daripada akaun itu.
console-users-email = Alamat e-mel
console-users-find = Cari
console-users-none = Tiada akaun dengan alamat e-mel ini.
console-users-since = Akaun dicipta
console-users-role = Peranan
console-users-change = Tukar peranan
console-users-changed = Peranan ditukar. Berkuat kuasa mulai permintaan seterusnya daripada akaun itu.
console-users-fix = Peranan tidak ditukar; lihat mesej di sebelahnya.
console-nav-routes = Laluan
console-routes-title = Laluan bertema
console-routes-intro = Jalan kaki dan lawatan sehari untuk pelawat, termasuk draf. Laluan muncul dalam panduan setelah disiarkan.
console-routes-new = Laluan baharu
console-routes-empty = Belum ada laluan.
console-routes-stops = { $count ->
   *[other] { $count } hentian
}
console-routes-updated = Kali terakhir diubah
console-route-new-title = Laluan baharu
console-route-edit-title = Sunting laluan
console-route-slug = Nama pendek untuk alamat (slug)
console-route-slug-hint = Huruf kecil, digit dan tanda sempang, contohnya lingnan-heritage-walk.
console-route-theme = Tema
console-route-stops = Hentian, mengikut urutan lawatan
console-route-stops-hint = 2 hingga 30 tempat yang disiarkan dalam panduan. Menambah, mengalih atau membuang hentian hanya mengubah borang ini: tekan Simpan untuk menyimpannya.
console-route-no-stops = Belum ada hentian.
console-route-stop = Hentian { $number }
console-route-dwell = Minit singgah
console-route-leg-mode = Kemudian ke hentian seterusnya dengan
console-route-leg-minutes = Minit ke hentian seterusnya
console-route-up = Alih ke atas
console-route-down = Alih ke bawah
console-route-remove = Buang
console-route-add-place = Tempat untuk ditambah
console-route-add-place-hint = Nama pendek (slug) atau ID tempat, contohnya canton-tower.
console-route-add = Tambah hentian
console-route-sources = Sumber
console-route-sources-hint = Satu alamat web setiap baris: halaman yang menjadi asas laluan.
console-route-unsaved = Belum disimpan: tekan Simpan untuk menyimpan perubahan ini.
console-route-errors = { $count ->
   *[other] Laluan tidak disimpan: { $count } medan perlu dibetulkan.
}
console-route-created = Laluan dicipta sebagai draf. Siarkan apabila sudah sedia.
console-route-saved = Laluan disimpan.
console-route-published = Disiarkan: laluan ada dalam panduan.
console-route-unpublished = Ditarik balik: laluan kembali menjadi draf.
console-route-publish = Siarkan
console-route-publish-hint = Pelawat terus melihat laluan dalam panduan.
console-route-unpublish = Tarik balik
console-route-unpublish-hint = Laluan keluar daripada panduan dan kembali menjadi draf.

## Acara dan amaran (kurator dan pentadbir)
console-nav-events = Acara
console-nav-alerts = Amaran
console-field-zones = Kawasan komersial
console-confidence-confirmed = Disahkan: telah diumumkan oleh penganjur
console-confidence-inferred = Dijangka: berdasarkan tahun-tahun lepas, belum diumumkan
console-confidence-uncertain = Tidak pasti: pelawat diminta menyemaknya
console-events-title = Acara
console-events-intro = Pameran dagangan, perayaan, pameran dan cuti umum, termasuk draf. Acara muncul dalam panduan setelah disiarkan.
console-events-new = Acara baharu
console-events-empty = Belum ada acara.
console-event-new-title = Acara baharu
console-event-edit-title = Sunting acara
console-event-slug-hint = Huruf kecil, digit dan tanda sempang, contohnya canton-fair-spring.
console-event-kind = Jenis acara
console-event-dates = Tarikh
console-event-starts-on = Hari pertama
console-event-ends-on = Hari terakhir
console-event-dates-hint = Tarikh di Guangzhou; hari terakhir termasuk. Untuk acara sehari, masukkan hari yang sama dua kali.
console-event-confidence = Sejauh mana tarikh ini pasti?
console-event-where = Di mana
console-event-place = Tempat (pilihan)
console-event-place-hint = Nama pendek (slug) atau ID tempat yang disiarkan dalam panduan, contohnya canton-tower. Biarkan kosong untuk acara di seluruh bandar.
console-event-sources-hint = Satu alamat web setiap baris: halaman sumber tarikh.
console-event-errors = { $count ->
   *[other] Acara tidak disimpan: { $count } medan perlu dibetulkan.
}
console-event-created = Acara dicipta sebagai draf. Siarkan apabila sudah sedia.
console-event-saved = Acara disimpan.
console-event-published = Disiarkan: acara ada dalam panduan.
console-event-unpublished = Ditarik balik: acara kembali menjadi draf.
console-event-publish-hint = Pelawat terus melihat acara dalam panduan.
console-event-unpublish-hint = Acara keluar daripada panduan dan kembali menjadi draf.
console-severity-info = Maklumat
console-severity-warning = Amaran
console-severity-severe = Bahaya
console-alerts-title = Amaran
console-alerts-intro = Amaran untuk pelawat (taufan, ribut hujan, penutupan), termasuk draf dan yang telah berlalu. Amaran yang disiarkan dipaparkan dalam panduan sepanjang tempoh sahnya.
console-alerts-new = Amaran baharu
console-alerts-empty = Belum ada amaran.
console-alerts-in-force = Berkuat kuasa sekarang
console-alerts-upcoming = Belum berkuat kuasa
console-alerts-over = Tamat
console-alert-new-title = Amaran baharu
console-alert-edit-title = Sunting amaran
console-alert-severity = Tahap
console-alert-severity-hint = Maklumat: baik untuk diketahui. Amaran: ambil kira semasa merancang. Bahaya: bertindak segera (isyarat taufan, keselamatan).
console-alert-starts-at = Dari
console-alert-ends-at = Hingga
console-alert-window-hint = Waktu Guangzhou (UTC+8). Amaran dipaparkan dari masa pertama hingga masa kedua.
console-alert-time-invalid = Masukkan tarikh dan masa, contohnya 2026-12-01 19:30 (waktu Guangzhou).
console-alert-area = Kawasan berkenaan
console-alert-area-hint = Tandakan kawasan komersial dan laluan yang terjejas; jangan tandakan apa-apa untuk seluruh bandar.
console-alert-title-field = Tajuk
console-alert-body = Butiran
console-alert-errors = { $count ->
   *[other] Amaran tidak disimpan: { $count } medan perlu dibetulkan.
}
console-alert-created = Amaran dicipta sebagai draf. Siarkan untuk memaparkannya.
console-alert-saved = Amaran disimpan.
console-alert-published = Disiarkan: amaran dipaparkan selagi berkuat kuasa.
console-alert-unpublished = Ditarik balik: amaran kembali menjadi draf.
console-alert-publish-hint = Pelawat melihat amaran sepanjang tempoh sahnya.
console-alert-unpublish-hint = Amaran tidak lagi dipaparkan dan kembali menjadi draf.
