# Canton Guide — Thai messages (translated from the English reference,
# locales/en/main.ftl: this file must have exactly its keys; a test enforces it).
#
# Shared by guide-server (problem+json titles and details, labels in responses) and
# guide-core (the app's view models). Variables are written { $name }.

## Problem titles and details (RFC 9457 problem+json)

error-not-found-title = ไม่พบข้อมูล
error-not-found-detail = ไม่พบ{ $what } “{ $id }”
error-route-not-found-detail = ไม่มีเอนด์พอยต์ API ที่ { $path } ดูรายการเอนด์พอยต์ได้ที่ /docs
error-validation-title = ข้อมูลที่ป้อนบางส่วนไม่ถูกต้อง
error-validation-detail = โปรดตรวจสอบฟิลด์ที่แสดงใน “errors” แต่ละรายการจะระบุค่าที่ยอมรับได้
error-bad-request-title = คำขอไม่ถูกต้อง
error-method-not-allowed-title = ไม่อนุญาตให้ใช้เมธอดนี้
error-method-not-allowed-detail = เอนด์พอยต์นี้ไม่รองรับเมธอด HTTP ดังกล่าว
error-payload-too-large-title = เนื้อหาคำขอมีขนาดใหญ่เกินไป
error-payload-too-large-detail = เนื้อหาคำขอมีขนาดได้สูงสุด { $max } ไบต์
error-unsupported-media-type-title = ไม่รองรับประเภทสื่อนี้
error-unsupported-media-type-detail = โปรดส่งเนื้อหาเป็น JSON พร้อม “Content-Type: application/json”
error-not-acceptable-title = ไม่สามารถตอบกลับในรูปแบบที่ขอได้
error-unauthorized-title = ต้องลงชื่อเข้าใช้
error-unauthorized-detail = โปรดลงชื่อเข้าใช้อีกครั้ง เนื่องจากไม่มีโทเค็นการเข้าถึง โทเค็นหมดอายุ หรือไม่ถูกต้อง
error-forbidden-title = ไม่ได้รับอนุญาต
error-forbidden-detail = บัญชีของคุณไม่ได้รับอนุญาตให้ดำเนินการนี้
error-conflict-title = ข้อมูลขัดแย้งกัน
error-precondition-failed-title = มีผู้อื่นแก้ไขแล้ว
error-precondition-failed-detail = รายการนี้มีการเปลี่ยนแปลงหลังจากที่คุณโหลด โปรดโหลดใหม่ แก้ไขอีกครั้ง แล้วบันทึกใหม่ ไม่มีข้อมูลใดถูกเขียนทับ
error-precondition-required-detail = โปรดส่ง ETag ของรายการในส่วนหัว “If-Match” เพื่อไม่ให้เขียนทับการแก้ไขของผู้อื่น
error-too-many-requests-title = มีคำขอมากเกินไป
error-too-many-requests-detail = โปรดรอ { $seconds } วินาทีแล้วลองอีกครั้ง
error-unavailable-title = บริการไม่พร้อมใช้งานชั่วคราว
error-unavailable-detail = ขณะนี้ไม่สามารถเชื่อมต่อฐานข้อมูลได้ โปรดลองอีกครั้งในอีกสักครู่
error-overloaded-detail = เซิร์ฟเวอร์มีผู้ใช้งานหนาแน่น โปรดรอ { $seconds } วินาทีแล้วลองอีกครั้ง
error-uri-too-long-title = ที่อยู่คำขอยาวเกินไป
error-uri-too-long-detail = พาธและพารามิเตอร์ของคำขอยาวได้ไม่เกิน { $max } ไบต์
error-host-required-detail = คำขอ HTTP/1.1 ต้องมีส่วนหัว Host
error-last-admin-detail = ต้องมีผู้ดูแลระบบอย่างน้อยหนึ่งคนเสมอ โปรดแต่งตั้งผู้อื่นเป็นผู้ดูแลระบบก่อน
error-internal-title = เกิดข้อผิดพลาดในระบบของเรา
error-internal-detail = ระบบได้บันทึกปัญหานี้แล้ว โปรดลองอีกครั้งในภายหลัง

## Field-level validation messages (the “errors” array)

field-invalid-coordinates = ต้องอยู่ในรูปแบบ “LAT,LNG” เป็นองศาทศนิยม โดยละติจูด −90…90 และลองจิจูด −180…180 เช่น “23.1291,113.2644”
field-out-of-range = ต้องเป็นจำนวนเต็มตั้งแต่ { $min } ถึง { $max }
field-invalid-number = ต้องเป็นตัวเลข
field-invalid-choice = ไม่สามารถใช้ “{ $value }” ที่นี่ได้ ค่าที่ยอมรับ: { $accepted }
field-invalid-boolean = ต้องเป็น “true” หรือ “false”
field-invalid-tax-refund = ต้องเป็น “true” (ร้านค้าที่คืนภาษีได้ทุกแห่ง) หรือ “instant” (คืนภาษีทันทีที่ร้าน)
field-invalid-time = ต้องเป็นวันที่และเวลาที่ระบุค่าชดเชยเขตเวลา เช่น “2026-12-01T19:30:00+08:00”
field-invalid-date = ต้องเป็นวันที่ เช่น “2026-12-01”
field-invalid-cursor = เคอร์เซอร์นี้ไม่ถูกต้องหรือหมดอายุแล้ว โปรดขอหน้าแรกใหม่โดยไม่ใส่ “cursor”
field-too-long = ต้องมีความยาวไม่เกิน { $max } อักขระ
field-requires-near = ใช้ได้เฉพาะเมื่อใช้ร่วมกับ “near”
field-unknown-parameter = ไม่รู้จักพารามิเตอร์นี้ พารามิเตอร์ที่ยอมรับ: { $accepted }
field-invalid-json = เนื้อหาไม่ใช่ JSON ที่ถูกต้องสำหรับเอนด์พอยต์นี้: { $reason }
field-required = ต้องกรอกฟิลด์นี้
field-invalid-range = “from” ต้องไม่อยู่หลัง “to”

## Place kinds

kind-shop = ร้านค้า
kind-mall = ศูนย์การค้า
kind-flagship_store = แฟล็กชิปสโตร์
kind-restaurant = ร้านอาหาร
kind-food_street = ถนนสายอาหาร
kind-duty_free_shop = ร้านค้าปลอดภาษี
kind-tax_refund_point = จุดคืนภาษี
kind-night_scene = จุดชมวิวยามค่ำคืน
kind-attraction = สถานที่ท่องเที่ยว
kind-market = ตลาดเฉพาะทาง
kind-transport_hub = ศูนย์กลางการคมนาคม

## Payment methods

pay-foreign_card_pos = บัตรธนาคารต่างประเทศ (เครื่องรูดบัตร)
pay-alipay_foreign_card = Alipay ที่ผูกบัตรต่างประเทศ
pay-wechat_foreign_card = WeChat Pay ที่ผูกบัตรต่างประเทศ
pay-foreign_wallets = อีวอลเล็ตต่างประเทศ (AlipayHK, Kakao Pay, Touch ’n Go…)
pay-unionpay = UnionPay
pay-cash = เงินสด (หยวน)

## Foreigner-friendliness

friendly-english_menu = เมนูภาษาอังกฤษ
friendly-picture_menu = เมนูมีรูปภาพ
friendly-order_without_wechat = สั่งได้โดยไม่ต้องใช้ WeChat
friendly-halal = ฮาลาล
friendly-vegetarian = มีเมนูมังสวิรัติ
friendly-wheelchair = รองรับผู้ใช้รถเข็น
friendly-staff_languages = ภาษาที่พนักงานพูดได้: { $languages }

## Badges and notices

badge-open-now = เปิดอยู่
badge-closed-now = ปิดอยู่
badge-hours-unknown = ไม่ทราบเวลาทำการ
hours-closed-day = ปิด
hours-unknown-span = ไม่ทราบ
badge-foreign-card = รับบัตรต่างประเทศ
badge-tax-refund = คืนภาษี
badge-instant-refund = คืนภาษีทันที
badge-duty-free = ปลอดภาษี
badge-night = ไนต์ไลฟ์
notice-verify-before-travel = โปรดตรวจสอบก่อนเดินทาง
notice-not-yet-verified = ยังไม่ได้ตรวจสอบ
notice-approximate-location = ตำแหน่งโดยประมาณ
notice-translation-fallback = ยังไม่ได้แปลเป็นภาษาของคุณ จึงแสดงเป็น { $language } แทน
opens-at = เปิด { $time }
closes-at = ปิด { $time }

## Driver card (shown to taxi drivers)

driver-card-title = กรุณาแสดงหน้านี้ให้คนขับดู
driver-card-request = 请带我去这里 (กรุณาพาฉันไปที่นี่)

## Districts of Guangzhou

district-yuexiu = เยว่ซิ่ว
district-liwan = ลี่วาน
district-haizhu = ไห่จู
district-tianhe = เทียนเหอ
district-baiyun = ไป๋อวิ๋น
district-huangpu = หวงผู่
district-panyu = พานอวี๋
district-huadu = ฮวาตู
district-nansha = หนานซา
district-conghua = ฉงฮว่า
district-zengcheng = เจิงเฉิง

## Commercial zones (the "5+2+4" plan)

zone-tier-world_class = ย่านการค้าระดับโลก
zone-tier-lingnan = ย่านการค้ามรดกวัฒนธรรมหลิงหนาน
zone-tier-transport_hub = ย่านการค้าศูนย์กลางคมนาคม

## Getting around

mode-walk = เดิน
mode-metro = รถไฟใต้ดิน
mode-taxi = แท็กซี่
mode-bus = รถประจำทาง
mode-ferry = เรือข้ามฟาก
minutes = { $count ->
   *[other] { $count } นาที
}
distance-m = { $meters } ม.
distance-km = { $km } กม.

## Events

event-kind-fair = งานแสดงสินค้า
event-kind-festival = เทศกาล
event-kind-exhibition = นิทรรศการ
event-kind-sport = กีฬา
event-kind-holiday = วันหยุดราชการ
notice-dates-unconfirmed = ยังไม่ยืนยันวันที่

## Accounts, merchant listings and staff review
error-precondition-required-title = ต้องมี If-Match
error-invalid-credentials-detail = อีเมลหรือรหัสผ่านไม่ถูกต้อง
error-email-taken-detail = มีบัญชีที่ใช้อีเมลนี้อยู่แล้ว โปรดเข้าสู่ระบบหรือใช้อีเมลอื่น
error-conflict-state-detail = ทำรายการนี้ไม่ได้ขณะที่รายการอยู่ในสถานะ “{ $state }”
error-limit-reached-detail = คุณบันทึกรายการครบ { $max } รายการแล้ว โปรดลบบางรายการแล้วลองอีกครั้ง
error-slug-taken-detail = ตัวระบุ “{ $slug }” ถูกใช้แล้ว โปรดเลือกตัวอื่น
field-password-too-short = ใช้อย่างน้อย { $min } ตัวอักษร คำที่ไม่เกี่ยวกันสักสองสามคำจะเป็นรหัสผ่านที่ดีและจำง่าย
field-password-too-common = รหัสผ่านนี้ใช้กันทั่วไปหรือง่ายเกินไป ลองใช้คำที่ไม่เกี่ยวกันสักสองสามคำ
field-password-contains-email = รหัสผ่านต้องไม่มีอีเมลของคุณ
field-invalid-email = ต้องเป็นอีเมล เช่น “name@example.com”
field-outside-guangzhou = จุดนี้อยู่นอกกว่างโจว ละติจูดต้องอยู่ระหว่าง 22.5 ถึง 23.95 และลองจิจูดระหว่าง 112.95 ถึง 114.05 (WGS-84)
field-invalid-opening-hours = เวลาเปิดทำการแบบ OpenStreetMap ไม่ถูกต้อง: { $reason }
field-missing-translation = ต้องมีคำแปลภาษา “{ $locale }”
field-unpublished-place = “{ $place }” ไม่ใช่สถานที่ที่เผยแพร่แล้ว
field-not-on-last-stop = จุดแวะสุดท้ายไม่มีจุดถัดไป: โปรดเว้น “to_next”
field-ends-before-start = เวลาสิ้นสุดต้องหลังเวลาเริ่มต้น
field-unknown-reference = ไม่มี “{ $value }”
field-invalid-slug = ใช้ตัวอักษร ASCII พิมพ์เล็ก ตัวเลข และ “-” (ไม่เกิน 100 ตัวอักษร)
field-invalid-url = ระบุที่อยู่หน้าเว็บที่ทุกคนเปิดได้ ขึ้นต้นด้วย https:// (ไม่เกิน 2000 ตัวอักษร)
review-reason-incomplete = ข้อมูลที่จำเป็นยังไม่ครบ โปรดกรอกข้อมูลให้ครบถ้วน
review-reason-inaccurate = ข้อมูลบางส่วนยืนยันไม่ได้หรือดูเหมือนจะผิด โปรดตรวจสอบ
review-reason-duplicate = สถานที่นี้มีอยู่ในคู่มือแล้ว
review-reason-not_eligible = สถานที่นี้ไม่เหมาะกับคู่มือสำหรับนักท่องเที่ยวต่างชาติในกว่างโจว
review-reason-inappropriate = ข้อมูลมีข้อความหรือรูปภาพที่เผยแพร่ไม่ได้
field-nul-character = ข้อความต้องไม่มีอักขระ NUL (%00)
review-reason-other = โปรดดูบันทึกของผู้ตรวจสอบ

## Public place and route pages (/p/…, /r/…)
page-hours = เวลาทำการ
page-payments = วิธีชำระเงิน
page-maps = เปิดในแอปแผนที่
page-sources = แหล่งที่มา
page-stops = จุดแวะ
page-not-found = ไม่มีสถานที่หรือเส้นทางนี้ในคู่มือ หรือไม่ได้เผยแพร่แล้ว
