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
