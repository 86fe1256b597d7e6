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

## แบบฟอร์มรายการ (ร้านค้า)
console-nav-new-listing = รายการใหม่
console-listing-new-title = รายการใหม่
console-listing-edit-title = แก้ไขรายการ
console-listing-created = สร้างฉบับร่างแล้ว คุณเห็นได้คนเดียวจนกว่าจะส่งและผู้ตรวจสอบอนุมัติ
console-listing-saved = บันทึกแล้ว ฉบับร่างยังคงเห็นได้เฉพาะคุณ
console-listing-saved-live = บันทึกแล้ว การแก้ไขของคุณกำลังรอตรวจสอบ ระหว่างนี้ฉบับที่เผยแพร่อยู่จะยังแสดงในคู่มือ
console-listing-submitted = ส่งตรวจสอบแล้ว ผลการพิจารณาจะแสดงที่นี่
console-listing-errors = { $count ->
   *[other] ยังไม่ได้บันทึกรายการ มี { $count } ช่องที่ต้องแก้ไข
}
console-listing-stale = รายการนี้ถูกบันทึกในแท็บหรือหน้าต่างอื่นหลังจากที่คุณเปิด การแก้ไขของคุณยังอยู่ในแบบฟอร์มด้านล่าง หากบันทึกอีกครั้งจะแทนที่ฉบับอื่นนั้น
console-listing-stale-submit = รายการนี้มีการเปลี่ยนแปลงหลังจากที่คุณเปิด โปรดตรวจดูฉบับด้านล่าง แล้วส่งอีกครั้ง
console-listing-status = สถานะปัจจุบัน
console-listing-view-public = เปิดหน้าสาธารณะ
console-submit = ส่งตรวจสอบ
console-submit-hint = ผู้ตรวจสอบจะตรวจรายการก่อนแสดงในคู่มือ
console-save = บันทึก
console-section-basics = ข้อมูลพื้นฐาน
console-field-kind = ประเภทสถานที่
console-field-district = เขต
console-field-name-zh = ชื่อภาษาจีน
console-field-name-zh-hint = ตามที่เขียนบนป้าย คนขับแท็กซี่และผู้คนที่ผ่านไปมาจะอ่านชื่อนี้
console-field-address-zh = ที่อยู่ภาษาจีน
console-field-phone = โทรศัพท์
console-section-location = ตำแหน่งที่ตั้ง
console-field-map-link = ลิงก์แชร์แผนที่
console-field-map-link-hint = วางลิงก์จาก Amap, Apple Maps หรือ Google Maps ลิงก์นี้จะแทนที่พิกัดด้านล่าง Amap ใช้พิกัด GCJ-02 ของจีน ซึ่งจะถูกแปลงเป็น WGS-84
console-field-lat = ละติจูด (WGS-84)
console-field-lng = ลองจิจูด (WGS-84)
console-field-location-needed = กรอกละติจูดและลองจิจูด เช่น 23.1291 และ 113.2644 หรือวางลิงก์แชร์แผนที่
console-map-link-not-a-link = วางที่อยู่เว็บที่ขึ้นต้นด้วย https://
console-map-link-unknown = นี่ไม่ใช่ลิงก์ของ Amap, Apple Maps หรือ Google Maps
console-map-link-short = ลิงก์แบบย่อไม่มีพิกัด โปรดเปิดลิงก์ในเบราว์เซอร์ แล้วคัดลอกที่อยู่เต็มจากแถบที่อยู่
console-map-link-no-coordinates = ลิงก์นี้ระบุชื่อสถานที่หรือการค้นหา ไม่ใช่จุดบนแผนที่ โปรดแชร์หมุดที่ปักไว้แทน หรือกรอกพิกัด
console-section-hours = เวลาทำการ
console-field-hours = เวลาทำการ (รูปแบบของ OpenStreetMap)
console-field-hours-hint = ตัวอย่าง “Mo-Fr 10:00-22:00; Sa-Su 10:00-23:00; PH off” (PH: วันหยุดนักขัตฤกษ์)
console-hours-preview = เจ็ดวันข้างหน้า ตามที่นักท่องเที่ยวจะเห็น
console-hours-closed = ปิด
console-hours-unknown = ไม่ทราบ
console-section-payments = วิธีชำระเงินของนักท่องเที่ยว
console-section-friendliness = สำหรับนักท่องเที่ยวต่างชาติ
console-friendly-unsaid = ไม่ระบุ
console-friendly-yes = ใช่
console-friendly-no = ไม่ใช่
console-field-staff-languages = ภาษาที่พนักงานพูดได้
console-field-staff-languages-hint = รหัสภาษาคั่นด้วยเครื่องหมายจุลภาค เช่น en, ja, yue
console-section-refund = การคืนภาษี
console-field-refund-store = ร้านค้าที่ลงทะเบียนคืนภาษีขาออก
console-field-refund-instant = คืนภาษีให้ทันทีที่ร้าน (คืนภาษีทันที)
console-section-more = ข้อมูลเพิ่มเติมเกี่ยวกับสถานที่
console-field-night = เปิดช่วงค่ำ (เศรษฐกิจยามค่ำคืน)
console-field-interests = เหมาะสำหรับ
console-interest-food = อาหาร
console-interest-shopping = ช้อปปิ้ง
console-interest-night = เที่ยวกลางคืน
console-interest-heritage = มรดกทางประวัติศาสตร์
console-interest-culture = วัฒนธรรม
console-interest-nature = ธรรมชาติ
console-interest-family = ครอบครัว
console-field-tags = แท็ก
console-field-tags-hint = คั่นด้วยเครื่องหมายจุลภาค
console-field-visit-minutes = ระยะเวลาเยี่ยมชมโดยทั่วไป (นาที)
console-section-texts = ข้อความสำหรับนักท่องเที่ยว แยกตามภาษา
console-texts-hint = ต้องมีภาษาอังกฤษ เพิ่มภาษาที่คุณเขียนได้ดี หากไม่มีภาษาใด นักท่องเที่ยวจะเห็นภาษาอังกฤษแทน
console-field-name = ชื่อ
console-field-summary = สรุป
console-field-address = ที่อยู่

## การตรวจสอบ (ผู้ตรวจสอบและผู้ดูแลระบบ)
console-nav-review = คิวตรวจสอบ
console-review-title = คิวตรวจสอบ
console-review-intro = รายการที่ร้านค้าส่งมา เรียงจากเก่าที่สุด เปิดรายการเพื่อเปรียบเทียบกับฉบับที่เผยแพร่อยู่ แล้วอนุมัติหรือปฏิเสธ
console-review-more = รายการที่ส่งมาเพิ่มเติม
console-review-merchant = ร้านค้า:
console-review-kind-new = รายการใหม่
console-review-kind-edit = การแก้ไขรายการที่เผยแพร่แล้ว
console-review-one-title = ตรวจสอบรายการที่ส่งมา
console-review-changes = สิ่งที่เปลี่ยนแปลง
console-review-field = ช่อง
console-review-live = ที่เผยแพร่อยู่ตอนนี้
console-review-proposed = ที่เสนอ
console-review-no-changes = ไม่มีช่องใดที่ต่างจากฉบับที่เผยแพร่อยู่
console-review-empty-value = —
console-review-approve-heading = อนุมัติ
console-review-approve-hint = ฉบับที่เสนอจะเผยแพร่ในคู่มือทันที
console-review-approve = อนุมัติและเผยแพร่
console-review-reject-heading = ปฏิเสธ
console-review-reason = เหตุผล
console-review-reason-choose = เลือกเหตุผล
console-review-note = หมายเหตุถึงร้านค้า (ไม่บังคับ)
console-review-note-hint = แสดงตามที่คุณเขียน ส่วนเหตุผลจะแสดงเป็นภาษาของร้านค้า
console-review-reject = ปฏิเสธ
console-review-reject-fix = โปรดเลือกเหตุผลก่อนปฏิเสธ
console-review-approved = อนุมัติแล้ว รายการเผยแพร่แล้ว
console-review-rejected = ปฏิเสธแล้ว ร้านค้าจะเห็นเหตุผลเป็นภาษาของตน
console-review-gone = รายการที่ส่งมานั้นมีผู้อื่นตัดสินแล้ว หรือมีการเปลี่ยนแปลงหลังจากที่คุณเปิด นี่คือคิวในขณะนี้

## บันทึกการตรวจสอบ บัญชี และเส้นทางตามธีม (ผู้ตรวจสอบและผู้ดูแลระบบ)
console-nav-audit = บันทึกการตรวจสอบ
console-audit-title = บันทึกการตรวจสอบ
console-audit-intro = ทุกการเปลี่ยนแปลงโดยเจ้าหน้าที่และร้านค้า ล่าสุดก่อน พร้อมสถานะก่อนและหลัง เวลาเป็นเวลากว่างโจว
console-audit-filters = ตัวกรอง
console-audit-actor = ผู้ดำเนินการ (รหัสบัญชี)
console-audit-action = การดำเนินการ
console-audit-action-hint = ตรงทั้งหมด หรือส่วนต้นที่ลงท้ายด้วยจุด เช่น route.
console-audit-target-type = ประเภทของรายการ (place, route, event, alert, user)
console-audit-target-id = รหัสของรายการ
console-audit-since = ตั้งแต่
console-audit-until = จนถึง (ไม่รวม)
console-audit-time-hint = วันที่และเวลาพร้อมส่วนต่างเวลา เช่น 2026-12-01T09:00:00+08:00
console-audit-apply = ใช้ตัวกรอง
console-audit-clear = ล้างตัวกรอง
console-audit-fix = อ่านตัวกรองบางตัวไม่ได้ โปรดดูข้อความข้างตัวกรองนั้น
console-audit-empty = ไม่มีรายการที่ตรงกับตัวกรองเหล่านี้
console-audit-time = เวลา
console-audit-who = ผู้ดำเนินการ
console-audit-action-column = การดำเนินการ
console-audit-target = รายการ
console-audit-show-change = ก่อนและหลัง
console-audit-before = ก่อน
console-audit-after = หลัง
console-audit-older = รายการที่เก่ากว่า
console-nav-users = บัญชี
console-users-title = บัญชีและบทบาท
console-users-intro = ค้นหาบัญชีด้วยที่อยู่อีเมล แล้วเปลี่ยนบทบาท การเปลี่ยนแปลงมีผลตั้งแต่คำขอถัดไปของบัญชีนั้น
console-users-email = ที่อยู่อีเมล
console-users-find = ค้นหา
console-users-none = ไม่มีบัญชีที่ใช้ที่อยู่อีเมลนี้
console-users-since = สร้างบัญชีเมื่อ
console-users-role = บทบาท
console-users-change = เปลี่ยนบทบาท
console-users-changed = เปลี่ยนบทบาทแล้ว มีผลตั้งแต่คำขอถัดไปของบัญชีนั้น
console-users-fix = ยังไม่ได้เปลี่ยนบทบาท โปรดดูข้อความข้างช่องนั้น
console-nav-routes = เส้นทาง
console-routes-title = เส้นทางตามธีม
console-routes-intro = เส้นทางเดินเที่ยวและทริปวันเดียวสำหรับนักท่องเที่ยว รวมฉบับร่าง เส้นทางจะปรากฏในคู่มือเมื่อเผยแพร่แล้ว
console-routes-new = เส้นทางใหม่
console-routes-empty = ยังไม่มีเส้นทาง
console-routes-stops = { $count ->
   *[other] { $count } จุดแวะ
}
console-routes-updated = แก้ไขล่าสุด
console-route-new-title = เส้นทางใหม่
console-route-edit-title = แก้ไขเส้นทาง
console-route-slug = ชื่อสั้นสำหรับที่อยู่ (slug)
console-route-slug-hint = อักษรละตินตัวพิมพ์เล็ก ตัวเลข และขีดกลาง เช่น lingnan-heritage-walk
console-route-theme = ธีม
console-route-stops = จุดแวะ ตามลำดับการเที่ยวชม
console-route-stops-hint = สถานที่ที่เผยแพร่ในคู่มือแล้ว 2 ถึง 30 แห่ง การเพิ่ม ย้าย หรือลบจุดแวะจะเปลี่ยนเฉพาะแบบฟอร์มนี้ กดบันทึกเพื่อเก็บไว้
console-route-no-stops = ยังไม่มีจุดแวะ
console-route-stop = จุดแวะที่ { $number }
console-route-dwell = เวลาที่อยู่ (นาที)
console-route-leg-mode = จากนั้นไปจุดแวะถัดไปโดย
console-route-leg-minutes = นาทีถึงจุดแวะถัดไป
console-route-up = เลื่อนขึ้น
console-route-down = เลื่อนลง
console-route-remove = ลบ
console-route-add-place = สถานที่ที่จะเพิ่ม
console-route-add-place-hint = ชื่อสั้น (slug) หรือรหัสของสถานที่ เช่น canton-tower
console-route-add = เพิ่มจุดแวะ
console-route-sources = แหล่งที่มา
console-route-sources-hint = ที่อยู่เว็บบรรทัดละหนึ่งรายการ: หน้าที่เส้นทางนี้อ้างอิง
console-route-unsaved = ยังไม่ได้บันทึก กดบันทึกเพื่อเก็บการเปลี่ยนแปลงเหล่านี้
console-route-errors = { $count ->
   *[other] ยังไม่ได้บันทึกเส้นทาง: มี { $count } ช่องที่ต้องแก้ไข
}
console-route-created = สร้างเส้นทางเป็นฉบับร่างแล้ว เผยแพร่เมื่อพร้อม
console-route-saved = บันทึกเส้นทางแล้ว
console-route-published = เผยแพร่แล้ว: เส้นทางอยู่ในคู่มือ
console-route-unpublished = ถอนการเผยแพร่แล้ว: เส้นทางกลับเป็นฉบับร่าง
console-route-publish = เผยแพร่
console-route-publish-hint = นักท่องเที่ยวจะเห็นเส้นทางในคู่มือทันที
console-route-unpublish = ถอนการเผยแพร่
console-route-unpublish-hint = เส้นทางจะออกจากคู่มือและกลับเป็นฉบับร่าง

## กิจกรรมและประกาศเตือน (ผู้คัดสรรและผู้ดูแลระบบ)
console-nav-events = กิจกรรม
console-nav-alerts = ประกาศเตือน
console-field-zones = ย่านการค้า
console-confidence-confirmed = ยืนยันแล้ว: ผู้จัดประกาศแล้ว
console-confidence-inferred = คาดการณ์: อิงจากปีก่อน ๆ ยังไม่ได้ประกาศ
console-confidence-uncertain = ไม่แน่นอน: แนะนำให้นักท่องเที่ยวตรวจสอบ
console-events-title = กิจกรรม
console-events-intro = งานแสดงสินค้า เทศกาล นิทรรศการ และวันหยุดราชการ รวมฉบับร่าง กิจกรรมจะปรากฏในคู่มือเมื่อเผยแพร่แล้ว
console-events-new = กิจกรรมใหม่
console-events-empty = ยังไม่มีกิจกรรม
console-event-new-title = กิจกรรมใหม่
console-event-edit-title = แก้ไขกิจกรรม
console-event-slug-hint = ตัวอักษรภาษาอังกฤษพิมพ์เล็ก ตัวเลข และขีดกลาง เช่น canton-fair-spring
console-event-kind = ประเภทกิจกรรม
console-event-dates = วันที่
console-event-starts-on = วันแรก
console-event-ends-on = วันสุดท้าย
console-event-dates-hint = วันตามเวลากวางโจว รวมวันสุดท้าย สำหรับกิจกรรมวันเดียว ให้ใส่วันเดียวกันสองครั้ง
console-event-confidence = วันที่แน่นอนแค่ไหน
console-event-where = สถานที่
console-event-place = สถานที่จัด (ไม่บังคับ)
console-event-place-hint = ชื่อสั้น (slug) หรือรหัสของสถานที่ที่เผยแพร่ในคู่มือ เช่น canton-tower เว้นว่างไว้สำหรับกิจกรรมทั่วเมือง
console-event-sources-hint = ที่อยู่เว็บบรรทัดละหนึ่งรายการ: หน้าที่เป็นที่มาของวันที่
console-event-errors = { $count ->
   *[other] ยังไม่ได้บันทึกกิจกรรม: มี { $count } ช่องที่ต้องแก้ไข
}
console-event-created = สร้างกิจกรรมเป็นฉบับร่างแล้ว เผยแพร่เมื่อพร้อม
console-event-saved = บันทึกกิจกรรมแล้ว
console-event-published = เผยแพร่แล้ว: กิจกรรมอยู่ในคู่มือ
console-event-unpublished = ถอนการเผยแพร่แล้ว: กิจกรรมกลับเป็นฉบับร่าง
console-event-publish-hint = นักท่องเที่ยวจะเห็นกิจกรรมในคู่มือทันที
console-event-unpublish-hint = กิจกรรมจะออกจากคู่มือและกลับเป็นฉบับร่าง
console-severity-info = ข้อมูล
console-severity-warning = เตือน
console-severity-severe = ร้ายแรง
console-alerts-title = ประกาศเตือน
console-alerts-intro = ประกาศเตือนสำหรับนักท่องเที่ยว (ไต้ฝุ่น พายุฝน การปิดทำการ) รวมฉบับร่างและที่หมดอายุแล้ว ประกาศที่เผยแพร่จะแสดงในคู่มือตลอดช่วงเวลาที่มีผล
console-alerts-new = ประกาศเตือนใหม่
console-alerts-empty = ยังไม่มีประกาศเตือน
console-alerts-in-force = มีผลอยู่ขณะนี้
console-alerts-upcoming = ยังไม่มีผล
console-alerts-over = สิ้นสุดแล้ว
console-alert-new-title = ประกาศเตือนใหม่
console-alert-edit-title = แก้ไขประกาศเตือน
console-alert-severity = ระดับความรุนแรง
console-alert-severity-hint = ข้อมูล: ควรรู้ไว้ เตือน: วางแผนโดยคำนึงถึงเรื่องนี้ ร้ายแรง: ดำเนินการทันที (สัญญาณไต้ฝุ่น ความปลอดภัย)
console-alert-starts-at = ตั้งแต่
console-alert-ends-at = จนถึง
console-alert-window-hint = เวลากวางโจว (UTC+8) ประกาศจะแสดงตั้งแต่เวลาแรกจนถึงเวลาที่สอง
console-alert-time-invalid = ต้องเป็นวันที่และเวลา เช่น 2026-12-01 19:30 (เวลากวางโจว)
console-alert-area = พื้นที่ที่มีผล
console-alert-area-hint = เลือกย่านการค้าและเส้นทางที่เกี่ยวข้อง ไม่ต้องเลือกสิ่งใดหากมีผลทั้งเมือง
console-alert-title-field = หัวข้อ
console-alert-body = รายละเอียด
console-alert-errors = { $count ->
   *[other] ยังไม่ได้บันทึกประกาศเตือน: มี { $count } ช่องที่ต้องแก้ไข
}
console-alert-created = สร้างประกาศเตือนเป็นฉบับร่างแล้ว เผยแพร่เพื่อให้แสดง
console-alert-saved = บันทึกประกาศเตือนแล้ว
console-alert-published = เผยแพร่แล้ว: ประกาศจะแสดงตลอดช่วงที่มีผล
console-alert-unpublished = ถอนการเผยแพร่แล้ว: ประกาศกลับเป็นฉบับร่าง
console-alert-publish-hint = นักท่องเที่ยวจะเห็นประกาศตลอดช่วงเวลาที่มีผล
console-alert-unpublish-hint = ประกาศจะไม่แสดงอีกและกลับเป็นฉบับร่าง
