# Canton Guide — konsol web untuk pedagang dan staf pariwisata. Kesalahan kolom memakai pesan API di main.ftl.

## Bingkai setiap halaman

console-brand = Konsol Canton Guide
console-skip-to-content = Langsung ke konten utama
console-nav-label = Konsol
console-nav-sign-in = Masuk
console-nav-sign-up = Buat akun pedagang
console-nav-listings = Daftar saya
console-nav-staff = Beranda staf
console-signed-in-as = Masuk sebagai { $email }
console-sign-out = Keluar
console-language = Bahasa
console-language-apply = Ganti
console-footer = Canton Guide membantu wisatawan asing menjelajahi Guangzhou.
console-role-visitor = wisatawan
console-role-merchant = pedagang
console-role-curator = kurator
console-role-admin = administrator

## Masuk

console-sign-in-title = Masuk
console-sign-in-intro = Untuk pedagang dan staf pariwisata Canton Guide.
console-field-email = Alamat email
console-field-password = Kata sandi
console-sign-in-submit = Masuk
console-sign-in-failed = Alamat email atau kata sandi salah.
console-sign-in-limited = Terlalu banyak percobaan masuk. Tunggu { $minutes } menit lalu coba lagi.
console-sign-in-no-account = Baru di Canton Guide?
console-sign-in-create = Buat akun pedagang
console-notice-signed-out = Anda sudah keluar.
console-notice-session-ended = Sesi Anda telah berakhir. Silakan masuk lagi.
console-notice-sign-in-required = Silakan masuk untuk membuka halaman ini.

## Daftar

console-sign-up-title = Buat akun pedagang
console-sign-up-intro = Daftarkan toko, restoran, atau tempat usaha Anda agar wisatawan asing dapat menemukannya. Kurator panduan memeriksa setiap daftar sebelum ditayangkan.
console-field-display-name = Nama Anda atau nama usaha Anda (opsional)
console-field-password-new = Kata sandi
console-field-password-hint = Minimal { $min } karakter. Beberapa kata yang tidak saling berhubungan mudah diingat dan sulit ditebak.
console-sign-up-submit = Buat akun
console-sign-up-have-account = Sudah terdaftar?
console-sign-up-sign-in = Masuk
console-sign-up-limited = Terlalu banyak akun dibuat dari jaringan ini. Coba lagi dalam { $minutes } menit.
console-form-has-errors = Perbaiki kolom yang ditandai di bawah.
console-error-email-taken = Sudah ada akun dengan alamat email ini. Silakan masuk.

## Daftar milik pedagang

console-listings-title = Daftar saya
console-listings-intro = Setiap daftar menunjukkan statusnya: draf yang hanya Anda lihat, menunggu pemeriksaan, tayang di panduan, atau tidak diterima beserta alasan pemeriksa.
console-listings-empty = Anda belum memiliki daftar.
console-listings-older = Daftar yang lebih lama
console-status-label = Status
console-status-draft = Draf
console-status-pending = Menunggu pemeriksaan
console-status-live = Tayang
console-status-live-pending = Tayang; perubahan Anda menunggu pemeriksaan
console-status-rejected = Tidak diterima
console-status-live-rejected = Tayang; perubahan Anda tidak diterima
console-reason = Alasan pemeriksa:
console-reason-note = Catatan pemeriksa:
console-updated = Terakhir diubah
console-unnamed = (belum bernama)

## Beranda staf

console-staff-title = Beranda staf
console-staff-intro = Anda masuk sebagai { $role }.
console-staff-queue = Menunggu pemeriksaan
console-staff-queue-empty = Tidak ada yang menunggu pemeriksaan.
console-staff-queue-count = Ada { $count } kiriman yang menunggu pemeriksaan.
console-staff-queue-more = Masih ada kiriman lain yang menunggu; ini { $shown } yang paling lama.
console-staff-submitted = Dikirim

## Halaman kesalahan

console-problem-code = Kesalahan { $status }
console-problem-home = Ke beranda konsol
console-problem-not-found-title = Halaman tidak ditemukan
console-problem-not-found-detail = Tidak ada halaman di alamat ini. Periksa tautannya, atau mulai lagi dari beranda konsol.
console-problem-forbidden-title = Tidak diizinkan
console-problem-forbidden-detail = Halaman ini tidak terbuka untuk akun Anda ({ $role }).
console-problem-visitor-detail = Konsol ini untuk pedagang dan staf pariwisata. Akun Anda adalah akun wisatawan: gunakan aplikasi Canton Guide.
console-problem-csrf-title = Formulir ini sudah kedaluwarsa
console-problem-csrf-detail = Formulir tidak dikirim dari halaman konsol yang terbuka, atau sudah terlalu lama. Kembali, muat ulang halaman, lalu kirim lagi.
console-problem-bad-request-title = Permintaan tidak dipahami
console-problem-bad-request-detail = Ada bagian alamat atau formulir yang tidak dipahami. Kembali dan coba lagi.
console-problem-bad-language-title = Bahasa tidak tersedia
console-problem-bad-language-detail = “{ $value }” bukan salah satu bahasa konsol. Pilih salah satu berikut:
console-problem-bad-cursor-detail = Tautan halaman ini tidak valid. Mulai lagi dari halaman pertama daftar Anda.
console-problem-too-large-detail = Formulir lebih besar dari { $max } byte yang diterima konsol.
console-problem-internal-title = Terjadi masalah di pihak kami
console-problem-internal-detail = Halaman tidak dapat ditampilkan. Silakan coba lagi sebentar lagi.

## Formulir daftar (pedagang)
console-nav-new-listing = Daftar baru
console-listing-new-title = Daftar baru
console-listing-edit-title = Ubah daftar
console-listing-created = Draf dibuat. Hanya Anda yang dapat melihatnya sampai Anda mengirimkannya dan kurator menyetujuinya.
console-listing-saved = Tersimpan. Draf ini masih hanya terlihat oleh Anda.
console-listing-saved-live = Tersimpan. Perubahan Anda menunggu pemeriksaan; sampai saat itu, versi yang tayang tetap ada di panduan.
console-listing-submitted = Dikirim untuk diperiksa. Keputusannya akan muncul di sini.
console-listing-errors = { $count ->
   *[other] Daftar tidak disimpan: { $count } kolom perlu diperbaiki.
}
console-listing-stale = Daftar ini disimpan di tab atau jendela lain setelah Anda membukanya. Perubahan Anda masih ada di formulir di bawah; menyimpan lagi akan menggantikan versi yang lain.
console-listing-stale-submit = Daftar ini berubah setelah Anda membukanya. Periksa versi di bawah, lalu kirim lagi.
console-listing-status = Status saat ini
console-listing-view-public = Buka halaman publik
console-submit = Kirim untuk diperiksa
console-submit-hint = Kurator memeriksa daftar sebelum ditayangkan di panduan.
console-save = Simpan
console-section-basics = Informasi dasar
console-field-kind = Jenis tempat
console-field-district = Distrik
console-field-name-zh = Nama dalam bahasa Tionghoa
console-field-name-zh-hint = Sama seperti di papan nama: sopir taksi dan orang yang lewat membacanya.
console-field-address-zh = Alamat dalam bahasa Tionghoa
console-field-phone = Telepon
console-section-location = Lokasi
console-field-map-link = Tautan berbagi peta
console-field-map-link-hint = Tempel tautan dari Amap, Apple Maps, atau Google Maps; tautan ini menggantikan koordinat di bawah. Amap memakai koordinat GCJ-02 Tiongkok; koordinat itu dikonversi ke WGS-84.
console-field-lat = Lintang (WGS-84)
console-field-lng = Bujur (WGS-84)
console-field-location-needed = Masukkan lintang dan bujur, misalnya 23.1291 dan 113.2644, atau tempel tautan berbagi peta.
console-map-link-not-a-link = Tempel alamat web yang diawali https://.
console-map-link-unknown = Ini bukan tautan Amap, Apple Maps, atau Google Maps.
console-map-link-short = Tautan pendek tidak memuat koordinat. Buka tautan di peramban, lalu salin alamat lengkapnya dari bilah alamat.
console-map-link-no-coordinates = Tautan ini menunjuk nama tempat atau pencarian, bukan satu titik. Bagikan pin yang Anda letakkan di peta, atau masukkan koordinatnya.
console-section-hours = Jam buka
console-field-hours = Jam buka (sintaks OpenStreetMap)
console-field-hours-hint = Misalnya “Mo-Fr 10:00-22:00; Sa-Su 10:00-23:00; PH off” (PH: hari libur nasional).
console-hours-preview = Tujuh hari ke depan, seperti yang akan dilihat wisatawan
console-hours-closed = Tutup
console-hours-unknown = tidak diketahui
console-section-payments = Cara wisatawan membayar
console-section-friendliness = Untuk wisatawan dari luar negeri
console-friendly-unsaid = Tidak disebutkan
console-friendly-yes = Ya
console-friendly-no = Tidak
console-field-staff-languages = Bahasa yang dikuasai staf
console-field-staff-languages-hint = Kode bahasa dipisahkan koma, misalnya en, ja, yue.
console-section-refund = Pengembalian pajak
console-field-refund-store = Toko terdaftar untuk pengembalian pajak saat keberangkatan
console-field-refund-instant = Membayar pengembalian di tempat (pengembalian langsung)
console-section-more = Lebih lanjut tentang tempat ini
console-field-night = Buka pada malam hari (ekonomi malam)
console-field-interests = Cocok untuk
console-interest-food = Kuliner
console-interest-shopping = Belanja
console-interest-night = Hiburan malam
console-interest-heritage = Warisan budaya
console-interest-culture = Budaya
console-interest-nature = Alam
console-interest-family = Keluarga
console-field-tags = Tag
console-field-tags-hint = Dipisahkan koma.
console-field-visit-minutes = Lama kunjungan biasanya, dalam menit
console-section-texts = Teks untuk wisatawan, per bahasa
console-texts-hint = Bahasa Inggris wajib diisi. Tambahkan bahasa yang dapat Anda tulis dengan baik; jika suatu bahasa tidak ada, wisatawan melihat teks bahasa Inggris.
console-field-name = Nama
console-field-summary = Ringkasan
console-field-address = Alamat

## Pemeriksaan (kurator dan administrator)
console-nav-review = Antrean pemeriksaan
console-review-title = Antrean pemeriksaan
console-review-intro = Kiriman dari pedagang, yang paling lama lebih dulu. Buka salah satu untuk membandingkannya dengan versi yang tayang, lalu setujui atau tolak.
console-review-more = Kiriman lainnya
console-review-merchant = Pedagang:
console-review-kind-new = Daftar baru
console-review-kind-edit = Perubahan pada daftar yang tayang
console-review-one-title = Periksa kiriman
console-review-changes = Yang berubah
console-review-field = Kolom
console-review-live = Yang tayang sekarang
console-review-proposed = Usulan
console-review-no-changes = Tidak ada kolom yang berbeda dari versi yang tayang.
console-review-empty-value = —
console-review-approve-heading = Setujui
console-review-approve-hint = Versi usulan langsung tayang di panduan.
console-review-approve = Setujui dan tayangkan
console-review-reject-heading = Tolak
console-review-reason = Alasan
console-review-reason-choose = Pilih alasan
console-review-note = Catatan untuk pedagang (opsional)
console-review-note-hint = Ditampilkan persis seperti yang Anda tulis; alasannya sendiri ditampilkan dalam bahasa pedagang.
console-review-reject = Tolak
console-review-reject-fix = Pilih alasan sebelum menolak.
console-review-approved = Disetujui: daftar sudah tayang.
console-review-rejected = Ditolak: pedagang melihat alasannya dalam bahasa mereka.
console-review-gone = Kiriman itu sudah diputuskan oleh orang lain atau berubah setelah Anda membukanya. Inilah antrean saat ini.

## Log audit, akun, dan rute bertema (kurator dan administrator)
console-nav-audit = Log audit
console-audit-title = Log audit
console-audit-intro = Setiap perubahan oleh staf dan merchant, yang terbaru lebih dulu, dengan keadaan sebelum dan sesudahnya. Waktu dalam waktu Guangzhou.
console-audit-filters = Filter
console-audit-actor = Siapa (ID akun)
console-audit-action = Tindakan
console-audit-action-hint = Persis, atau awalnya diikuti titik, misalnya route.
console-audit-target-type = Jenis objek (place, route, event, alert, user)
console-audit-target-id = ID objek
console-audit-since = Dari
console-audit-until = Sampai (tidak termasuk)
console-audit-time-hint = Tanggal dan waktu dengan selisih zona waktu, misalnya 2026-12-01T09:00:00+08:00.
console-audit-apply = Terapkan filter
console-audit-clear = Hapus filter
console-audit-fix = Beberapa filter tidak dapat dibaca; lihat pesan di sebelahnya.
console-audit-empty = Tidak ada entri yang cocok dengan filter ini.
console-audit-time = Waktu
console-audit-who = Siapa
console-audit-action-column = Tindakan
console-audit-target = Objek
console-audit-show-change = Sebelum dan sesudah
console-audit-before = Sebelum
console-audit-after = Sesudah
console-audit-older = Entri lebih lama
console-nav-users = Akun
console-users-title = Akun dan peran
console-users-intro = Cari akun berdasarkan alamat email, lalu ubah perannya. Perubahan berlaku mulai permintaan berikutnya dari akun itu.
console-users-email = Alamat email
console-users-find = Cari
console-users-none = Tidak ada akun dengan alamat email ini.
console-users-since = Akun dibuat
console-users-role = Peran
console-users-change = Ubah peran
console-users-changed = Peran diubah. Berlaku mulai permintaan berikutnya dari akun itu.
console-users-fix = Peran tidak diubah; lihat pesan di sebelahnya.
console-nav-routes = Rute
console-routes-title = Rute bertema
console-routes-intro = Jalan kaki dan perjalanan sehari untuk wisatawan, termasuk draf. Rute muncul di panduan setelah dipublikasikan.
console-routes-new = Rute baru
console-routes-empty = Belum ada rute.
console-routes-stops = { $count ->
   *[other] { $count } perhentian
}
console-routes-updated = Terakhir diubah
console-route-new-title = Rute baru
console-route-edit-title = Ubah rute
console-route-slug = Nama pendek untuk alamat (slug)
console-route-slug-hint = Huruf kecil, angka, dan tanda hubung, misalnya lingnan-heritage-walk.
console-route-theme = Tema
console-route-stops = Perhentian, sesuai urutan kunjungan
console-route-stops-hint = 2 sampai 30 tempat yang tayang di panduan. Menambah, memindahkan, atau menghapus perhentian hanya mengubah formulir ini: tekan Simpan untuk menyimpannya.
console-route-no-stops = Belum ada perhentian.
console-route-stop = Perhentian { $number }
console-route-dwell = Menit singgah
console-route-leg-mode = Lalu ke perhentian berikutnya dengan
console-route-leg-minutes = Menit ke perhentian berikutnya
console-route-up = Naikkan
console-route-down = Turunkan
console-route-remove = Hapus
console-route-add-place = Tempat yang ditambahkan
console-route-add-place-hint = Nama pendek (slug) atau ID tempat, misalnya canton-tower.
console-route-add = Tambah perhentian
console-route-sources = Sumber
console-route-sources-hint = Satu alamat web per baris: halaman yang menjadi dasar rute.
console-route-unsaved = Belum disimpan: tekan Simpan untuk menyimpan perubahan ini.
console-route-errors = { $count ->
   *[other] Rute tidak disimpan: { $count } kolom perlu diperbaiki.
}
console-route-created = Rute dibuat sebagai draf. Tayangkan setelah siap.
console-route-saved = Rute disimpan.
console-route-published = Ditayangkan: rute ada di panduan.
console-route-unpublished = Ditarik: rute kembali menjadi draf.
console-route-publish = Tayangkan
console-route-publish-hint = Wisatawan langsung melihat rute di panduan.
console-route-unpublish = Tarik
console-route-unpublish-hint = Rute keluar dari panduan dan kembali menjadi draf.

## Acara dan peringatan (kurator dan admin)
console-nav-events = Acara
console-nav-alerts = Peringatan
console-field-zones = Kawasan niaga
console-confidence-confirmed = Pasti: sudah diumumkan penyelenggara
console-confidence-inferred = Perkiraan: berdasarkan tahun-tahun sebelumnya, belum diumumkan
console-confidence-uncertain = Belum pasti: wisatawan diminta memeriksanya
console-events-title = Acara
console-events-intro = Pameran dagang, festival, pameran, dan hari libur nasional, termasuk draf. Acara muncul di panduan setelah ditayangkan.
console-events-new = Acara baru
console-events-empty = Belum ada acara.
console-event-new-title = Acara baru
console-event-edit-title = Ubah acara
console-event-slug-hint = Huruf kecil, angka, dan tanda hubung, misalnya canton-fair-spring.
console-event-kind = Jenis acara
console-event-dates = Tanggal
console-event-starts-on = Hari pertama
console-event-ends-on = Hari terakhir
console-event-dates-hint = Tanggal di Guangzhou; hari terakhir termasuk. Untuk acara satu hari, isi hari yang sama dua kali.
console-event-confidence = Seberapa pasti tanggalnya?
console-event-where = Di mana
console-event-place = Tempat (opsional)
console-event-place-hint = Nama pendek (slug) atau ID tempat yang tayang di panduan, misalnya canton-tower. Kosongkan untuk acara di seluruh kota.
console-event-sources-hint = Satu alamat web per baris: halaman sumber tanggal.
console-event-errors = { $count ->
   *[other] Acara tidak disimpan: { $count } kolom perlu diperbaiki.
}
console-event-created = Acara dibuat sebagai draf. Tayangkan setelah siap.
console-event-saved = Acara disimpan.
console-event-published = Ditayangkan: acara ada di panduan.
console-event-unpublished = Ditarik: acara kembali menjadi draf.
console-event-publish-hint = Wisatawan langsung melihat acara di panduan.
console-event-unpublish-hint = Acara keluar dari panduan dan kembali menjadi draf.
console-severity-info = Informasi
console-severity-warning = Waspada
console-severity-severe = Bahaya
console-alerts-title = Peringatan
console-alerts-intro = Peringatan untuk wisatawan (topan, hujan badai, penutupan), termasuk draf dan yang sudah lewat. Peringatan yang ditayangkan tampil di panduan selama masa berlakunya.
console-alerts-new = Peringatan baru
console-alerts-empty = Belum ada peringatan.
console-alerts-in-force = Berlaku sekarang
console-alerts-upcoming = Belum berlaku
console-alerts-over = Sudah berakhir
console-alert-new-title = Peringatan baru
console-alert-edit-title = Ubah peringatan
console-alert-severity = Tingkat
console-alert-severity-hint = Informasi: baik untuk diketahui. Waspada: perhitungkan dalam rencana. Bahaya: segera bertindak (sinyal topan, keselamatan).
console-alert-starts-at = Dari
console-alert-ends-at = Sampai
console-alert-window-hint = Waktu Guangzhou (UTC+8). Peringatan tampil dari waktu pertama sampai waktu kedua.
console-alert-time-invalid = Harus berupa tanggal dan jam, misalnya 2026-12-01 19:30 (waktu Guangzhou).
console-alert-area = Wilayah berlaku
console-alert-area-hint = Centang kawasan niaga dan rute yang terdampak; jangan centang apa pun untuk seluruh kota.
console-alert-title-field = Judul
console-alert-body = Rincian
console-alert-errors = { $count ->
   *[other] Peringatan tidak disimpan: { $count } kolom perlu diperbaiki.
}
console-alert-created = Peringatan dibuat sebagai draf. Tayangkan agar tampil.
console-alert-saved = Peringatan disimpan.
console-alert-published = Ditayangkan: peringatan tampil selama berlaku.
console-alert-unpublished = Ditarik: peringatan kembali menjadi draf.
console-alert-publish-hint = Wisatawan melihat peringatan selama masa berlakunya.
console-alert-unpublish-hint = Peringatan tidak lagi tampil dan kembali menjadi draf.
