# ข้อความของคอนโซลเว็บ Canton Guide สำหรับร้านค้าและเจ้าหน้าที่การท่องเที่ยว ข้อผิดพลาดของช่องกรอกใช้ข้อความของ API ใน main.ftl

## กรอบของทุกหน้า

console-brand = คอนโซล Canton Guide
console-skip-to-content = ข้ามไปที่เนื้อหาหลัก
console-nav-label = คอนโซล
console-nav-sign-in = เข้าสู่ระบบ
console-nav-sign-up = สร้างบัญชีร้านค้า
console-nav-listings = รายการของฉัน
console-nav-staff = หน้าหลักเจ้าหน้าที่
console-signed-in-as = เข้าสู่ระบบในชื่อ { $email }
console-sign-out = ออกจากระบบ
console-language = ภาษา
console-language-apply = เปลี่ยน
console-footer = Canton Guide ช่วยให้นักท่องเที่ยวต่างชาติเดินทางในกวางโจวได้สะดวก
console-role-visitor = นักท่องเที่ยว
console-role-merchant = ร้านค้า
console-role-curator = ผู้ตรวจสอบ
console-role-admin = ผู้ดูแลระบบ

## เข้าสู่ระบบ

console-sign-in-title = เข้าสู่ระบบ
console-sign-in-intro = สำหรับร้านค้าและเจ้าหน้าที่การท่องเที่ยวของ Canton Guide
console-field-email = อีเมล
console-field-password = รหัสผ่าน
console-sign-in-submit = เข้าสู่ระบบ
console-sign-in-failed = อีเมลหรือรหัสผ่านไม่ถูกต้อง
console-sign-in-limited = พยายามเข้าสู่ระบบหลายครั้งเกินไป โปรดรอ { $minutes } นาทีแล้วลองอีกครั้ง
console-sign-in-no-account = เพิ่งเคยใช้ Canton Guide ใช่ไหม
console-sign-in-create = สร้างบัญชีร้านค้า
console-notice-signed-out = คุณออกจากระบบแล้ว
console-notice-session-ended = เซสชันของคุณสิ้นสุดแล้ว โปรดเข้าสู่ระบบอีกครั้ง
console-notice-sign-in-required = โปรดเข้าสู่ระบบเพื่อเปิดหน้านี้

## สร้างบัญชี

console-sign-up-title = สร้างบัญชีร้านค้า
console-sign-up-intro = ลงทะเบียนร้านค้า ร้านอาหาร หรือสถานที่ของคุณเพื่อให้นักท่องเที่ยวต่างชาติค้นพบ ผู้ตรวจสอบของคู่มือจะตรวจทุกรายการก่อนเผยแพร่
console-field-display-name = ชื่อของคุณหรือชื่อกิจการ (ไม่บังคับ)
console-field-password-new = รหัสผ่าน
console-field-password-hint = อย่างน้อย { $min } ตัวอักษร คำหลายคำที่ไม่เกี่ยวข้องกันจำง่ายและเดายาก
console-sign-up-submit = สร้างบัญชี
console-sign-up-have-account = ลงทะเบียนไว้แล้วใช่ไหม
console-sign-up-sign-in = เข้าสู่ระบบ
console-sign-up-limited = มีการสร้างบัญชีจากเครือข่ายนี้มากเกินไป โปรดลองอีกครั้งในอีก { $minutes } นาที
console-form-has-errors = โปรดแก้ไขช่องที่ทำเครื่องหมายไว้ด้านล่าง
console-error-email-taken = มีบัญชีที่ใช้อีเมลนี้อยู่แล้ว โปรดเข้าสู่ระบบแทน

## รายการของร้านค้า

console-listings-title = รายการของฉัน
console-listings-intro = แต่ละรายการแสดงสถานะ: ฉบับร่างที่คุณเห็นคนเดียว รอตรวจสอบ เผยแพร่ในคู่มือแล้ว หรือไม่ผ่าน พร้อมเหตุผลจากผู้ตรวจสอบ
console-listings-empty = คุณยังไม่มีรายการ
console-listings-older = รายการก่อนหน้า
console-status-label = สถานะ
console-status-draft = ฉบับร่าง
console-status-pending = รอตรวจสอบ
console-status-live = เผยแพร่แล้ว
console-status-live-pending = เผยแพร่แล้ว การแก้ไขของคุณกำลังรอตรวจสอบ
console-status-rejected = ไม่ผ่าน
console-status-live-rejected = เผยแพร่แล้ว การแก้ไขของคุณไม่ผ่าน
console-reason = เหตุผลของผู้ตรวจสอบ:
console-reason-note = หมายเหตุของผู้ตรวจสอบ:
console-updated = แก้ไขล่าสุด
console-unnamed = (ยังไม่มีชื่อ)

## หน้าหลักเจ้าหน้าที่

console-staff-title = หน้าหลักเจ้าหน้าที่
console-staff-intro = คุณเข้าสู่ระบบในฐานะ{ $role }
console-staff-queue = รอตรวจสอบ
console-staff-queue-empty = ไม่มีรายการรอตรวจสอบ
console-staff-queue-count = มี { $count } รายการที่ส่งมารอตรวจสอบ
console-staff-queue-more = ยังมีรายการรอตรวจสอบอีก นี่คือ { $shown } รายการที่เก่าที่สุด
console-staff-submitted = ส่งเมื่อ

## หน้าข้อผิดพลาด

console-problem-code = ข้อผิดพลาด { $status }
console-problem-home = ไปที่หน้าหลักของคอนโซล
console-problem-not-found-title = ไม่พบหน้า
console-problem-not-found-detail = ไม่มีหน้าที่ที่อยู่นี้ ตรวจสอบลิงก์ หรือเริ่มใหม่จากหน้าหลักของคอนโซล
console-problem-forbidden-title = ไม่ได้รับอนุญาต
console-problem-forbidden-detail = บัญชีของคุณ ({ $role }) เปิดหน้านี้ไม่ได้
console-problem-visitor-detail = คอนโซลมีไว้สำหรับร้านค้าและเจ้าหน้าที่การท่องเที่ยว บัญชีของคุณเป็นบัญชีนักท่องเที่ยว โปรดใช้แอป Canton Guide แทน
console-problem-csrf-title = แบบฟอร์มนี้หมดอายุแล้ว
console-problem-csrf-detail = แบบฟอร์มไม่ได้ส่งมาจากหน้าคอนโซลที่เปิดอยู่ หรือเก่าเกินไป โปรดย้อนกลับ โหลดหน้าใหม่ แล้วส่งอีกครั้ง
console-problem-bad-request-title = ไม่เข้าใจคำขอ
console-problem-bad-request-detail = มีบางอย่างในที่อยู่หรือแบบฟอร์มที่ไม่เข้าใจ โปรดย้อนกลับแล้วลองอีกครั้ง
console-problem-bad-language-title = ไม่มีภาษานี้
console-problem-bad-language-detail = “{ $value }” ไม่ใช่ภาษาของคอนโซล โปรดเลือกจากภาษาเหล่านี้:
console-problem-bad-cursor-detail = ลิงก์หน้านี้ไม่ถูกต้อง โปรดเริ่มใหม่จากหน้าแรกของรายการของคุณ
console-problem-too-large-detail = แบบฟอร์มมีขนาดเกิน { $max } ไบต์ที่คอนโซลรับได้
console-problem-internal-title = เกิดปัญหาขึ้นที่ฝั่งของเรา
console-problem-internal-detail = ไม่สามารถแสดงหน้านี้ได้ โปรดลองอีกครั้งในอีกสักครู่
