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
