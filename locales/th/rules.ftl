# Canton Guide — ข้อความของกลไกกฎสำหรับผู้มาเยือน (transit, tax_refund, planner) คีย์และตัวแปรเหมือน en/rules.ftl

## ตรวจสิทธิ์ยกเว้นวีซ่า: มาตรการและพื้นที่ที่อนุญาต

transit-scheme-transit_240h = ผ่านแดนโดยไม่ต้องใช้วีซ่า 240 ชั่วโมง
transit-scheme-transit_144h = ผ่านแดนโดยไม่ต้องใช้วีซ่า 144 ชั่วโมง
transit-scheme-visa_free_30d = เข้าประเทศโดยไม่ต้องใช้วีซ่า 30 วัน
transit-scheme-none = ยืนยันไม่ได้: โปรดสอบถามสถานทูต
transit-area-designated_provinces = มณฑลของมาตรการ 240 ชั่วโมง (24 มณฑลที่มีด่านที่กำหนด รวมกวางตุ้ง) ห้ามออกนอกพื้นที่นี้
transit-area-guangdong = เฉพาะมณฑลกวางตุ้ง
transit-area-mainland = จีนแผ่นดินใหญ่

## ตรวจสิทธิ์ยกเว้นวีซ่า: เหตุผลที่ไม่เข้าเกณฑ์

transit-reason-nationality_not_eligible = หนังสือเดินทางของ { $country } ไม่อยู่ในมาตรการนี้
transit-reason-nationality_list_unknown = เราไม่มีรายชื่อสัญชาติที่ครอบคลุม ณ วันนั้น จึงยืนยันสัญชาติของคุณไม่ได้
transit-reason-port_not_designated = { $port } ไม่ใช่ด่านขาเข้าที่กำหนดสำหรับมาตรการนี้
transit-reason-onward_not_third_country = ตั๋วเดินทางต่อต้องไปประเทศหรือดินแดนที่สาม จีนแผ่นดินใหญ่ ({ $destination }) ไม่นับ
transit-reason-round_trip = คุณเดินทางมาจาก { $country } และไปต่อที่เดิม การผ่านแดนต้องมีตั๋วไปประเทศหรือดินแดนที่สาม
transit-reason-purpose_not_allowed = มาตรการนี้ใช้ได้เฉพาะท่องเที่ยว ธุรกิจ และเยี่ยมเยียน การทำงาน การศึกษา และงานข่าวต้องใช้วีซ่า
transit-reason-passport_validity_too_short = หนังสือเดินทางต้องมีอายุอย่างน้อยถึง { $date }
transit-reason-exit_before_entry = เวลาออกที่วางแผนไว้อยู่ก่อนเวลาเข้า
transit-reason-exit_after_deadline = เวลาออกที่วางแผนไว้เลยกำหนด ({ $deadline } เวลาปักกิ่ง)
transit-reason-policy_not_in_force = เราไม่ทราบฉบับของมาตรการนี้ที่มีผลในวันที่ { $date }

## ตรวจสิทธิ์ยกเว้นวีซ่า: คำเตือน

transit-warning-verify_before_travel = ตรวจสอบก่อนเดินทาง: กฎเปลี่ยนได้และข้อมูลบางส่วนยังไม่ยืนยัน โปรดสอบถามสายการบินหรือสถานทูตจีน
transit-warning-exit_port_rule_uncertain = แหล่งข้อมูลไม่ชัดเจนว่าต้องออกทางด่านที่กำหนดหรือไม่ เพื่อความปลอดภัยโปรดออกทางด่านที่กำหนด
transit-warning-port_identity_uncertain = ยังไม่ยืนยันว่า “{ $port }” หมายถึงท่าเรือใด
transit-warning-port_not_listed = { $port } ไม่อยู่ในรายชื่อด่านของกวางตุ้งของเรา แต่อาจเป็นด่านที่กำหนดในพื้นที่อื่นของจีน
transit-warning-exit_port_not_listed = ด่านขาออก { $port } ของคุณไม่อยู่ในรายชื่อด่านที่กำหนดของเรา
transit-warning-policy_ends_during_stay = กฎนี้ยืนยันถึงวันที่ { $date } เท่านั้น ซึ่งก่อนสิ้นสุดการพำนักของคุณ
transit-warning-policy_ends_soon = กฎนี้ยืนยันถึงวันที่ { $date } เท่านั้น โปรดตรวจสอบการขยายเวลาก่อนเดินทาง
transit-warning-country_window_uncertain = วันที่ของมาตรการนี้สำหรับประเทศของคุณยังไม่ยืนยัน
transit-warning-nationality_list_unknown = ไม่มีบันทึกรายชื่อสัญชาติที่ครอบคลุม ณ วันนั้น
transit-warning-suspended_2020_2023 = มาตรการนี้ถูกระงับตั้งแต่ปี 2020 ถึงวันที่ 8 มกราคม 2023
transit-warning-passport_validity_uncertain = มีแหล่งหนึ่งระบุว่าหนังสือเดินทางต้องมีอายุอย่างน้อย 6 เดือน โปรดตรวจสอบให้แน่ใจ
transit-warning-day_count_rule_uncertain = เรานับ 30 วันตั้งแต่ 00:00 ของวันถัดจากวันเข้าประเทศเหมือนการผ่านแดน แหล่งข้อมูลยังไม่ยืนยันสำหรับมาตรการนี้

## Visa-free check: mutual visa-exemption agreements and answers we cannot confirm

transit-scheme-mutual_visa_exemption = การยกเว้นวีซ่าร่วมกัน (ความตกลงระหว่างจีนกับประเทศของคุณ)
transit-reason-no_agreement = เราไม่พบความตกลงยกเว้นวีซ่าร่วมกันระหว่างจีนกับ { $country } สำหรับหนังสือเดินทางธรรมดา
transit-reason-agreement_not_yet_in_force = ความตกลงยกเว้นวีซ่ากับ { $country } ใช้กับการเดินทางเข้าตั้งแต่วันที่ { $date }
transit-reason-agreement_ended = ความตกลงยกเว้นวีซ่ากับ { $country } ใช้กับการเดินทางเข้าจนถึงวันที่ { $date } เท่านั้น
transit-reason-nationality_not_in_data = ข้อมูลของเราไม่มีมาตรการยกเว้นวีซ่าสำหรับหนังสือเดินทางของ { $country } แต่ไม่ได้หมายความว่าไม่มีมาตรการดังกล่าว
transit-warning-cannot_confirm_check_embassy = เรายืนยันไม่ได้ว่าการเดินทางครั้งนี้เข้าประเทศได้โดยไม่ต้องมีวีซ่า โปรดตรวจสอบกับสถานทูตหรือสถานกงสุลจีน หรือสายการบินของคุณก่อนเดินทาง
transit-warning-cumulative_any_180_days = การพำนักตามความตกลงนี้รวมกันต้องไม่เกิน { $days } วันในทุกช่วง 180 วัน โปรดนับการเดินทางครั้งก่อนด้วย
transit-warning-cumulative_calendar_year = การพำนักตามความตกลงนี้รวมกันต้องไม่เกิน { $days } วันในหนึ่งปีปฏิทิน โปรดนับการเดินทางครั้งก่อนด้วย
transit-warning-agreement_uncertain = เงื่อนไขของความตกลงนี้ยังไม่ได้รับการยืนยันจากประกาศอย่างเป็นทางการ

## คืนภาษี: เหตุผลที่ไม่ได้รับเงินคืน

refund-reason-below_minimum = ต่ำกว่ายอดขั้นต่ำ { $minimum } หยวนต่อร้านต่อวัน
refund-reason-export_window_passed = สินค้าต้องออกจากจีนภายในวันที่ { $date } แต่คุณออกเดินทางหลังจากนั้น
refund-reason-vat_rate_not_refundable = สินค้าที่มีภาษีมูลค่าเพิ่ม { $vat }% ไม่ได้รับเงินคืน
refund-reason-stay_too_long = ขอคืนภาษีได้เฉพาะผู้ที่อยู่ในจีนแผ่นดินใหญ่ติดต่อกันไม่เกิน { $days } วัน

## คืนภาษี: คำเตือน

refund-warning-stay_too_long = คุณอยู่ในจีนแผ่นดินใหญ่ติดต่อกันเกิน { $days } วัน จึงไม่มีรายการซื้อใดได้รับเงินคืน
refund-warning-transfer_only = เงินคืนที่เกิน { $limit } หยวนจ่ายผ่านการโอนเงินธนาคารเท่านั้น ไม่จ่ายเป็นเงินสด
refund-warning-effective_date_uncertain = ยอดขั้นต่ำและวงเงินสดปัจจุบันใช้ตั้งแต่เมษายน 2025 แต่ยังไม่ยืนยันวันที่แน่นอน
refund-warning-refund_counter_location_uncertain = ยังไม่ยืนยันเคาน์เตอร์คืนภาษีและอาคารผู้โดยสารที่แน่นอนที่สนามบินไป๋หยุน โปรดสอบถามที่สนามบิน
refund-warning-verify_before_travel = ตรวจสอบก่อนเดินทาง: กฎบางข้อยังไม่ยืนยันและอาจเปลี่ยนแปลงแล้ว

## คืนภาษี: คืนภาษีทันทีที่ร้าน

refund-instant-card_preauthorisation = ร้านจะกันวงเงินในบัตรธนาคารของคุณและจ่ายเงินคืนให้ทันที
refund-instant-customs_check_at_departure = คุณยังต้องแสดงสินค้าต่อศุลกากรเมื่อออกจากจีน
refund-instant-leave_within_export_window = ออกจากจีนพร้อมสินค้าภายในระยะเวลาส่งออก มิฉะนั้นจะถูกเรียกเก็บยอดที่กันวงเงินไว้

## คืนภาษี: รายการตรวจก่อนออกเดินทาง

refund-checklist-eligible_travellers = นักท่องเที่ยวต่างชาติและผู้พำนักในฮ่องกง มาเก๊า และไต้หวันขอคืนภาษีได้
refund-checklist-goods_unused_and_carried = เก็บสินค้าไว้โดยไม่ใช้ และนำติดตัวไปทั้งแบบถือขึ้นเครื่องหรือโหลดใต้เครื่อง
refund-checklist-leave_within_90_days = ออกจากจีนพร้อมสินค้าภายใน { $days } วันหลังซื้อ
refund-checklist-keep_forms_and_invoices = เก็บแบบฟอร์มคืนภาษีและใบกำกับภาษีของแต่ละร้านไว้กับหนังสือเดินทาง
refund-checklist-customs_stamp_before_checkin = ที่สนามบินไป๋หยุน ให้ศุลกากรประทับตราแบบฟอร์มก่อนโหลดกระเป๋า
refund-checklist-collect_in_restricted_zone = รับเงินคืนที่ตัวแทนคืนภาษีในเขตหวงห้ามหลังผ่านการตรวจค้น
refund-checklist-refund_counter_location_uncertain = ยังไม่ยืนยันเคาน์เตอร์และอาคารผู้โดยสารที่แน่นอน โปรดถามเจ้าหน้าที่สนามบิน
refund-checklist-cash_limit = เงินคืนไม่เกิน { $limit } หยวนรับเป็นเงินสดหรือโอนได้ ส่วนที่เกินโอนผ่านธนาคารเท่านั้น
refund-checklist-instant_refund_customs_check = คืนภาษีทันที: ยังต้องผ่านการตรวจของศุลกากรเมื่อออกเดินทาง

## วางแผนการเดินทาง: คำเตือน

plan-warning-outlasts_deadline = เวลาออกเดินทางของคุณเลยกำหนดพำนักโดยไม่ต้องใช้วีซ่า ({ $deadline } เวลาปักกิ่ง) แผนจะจบทันกำหนด โปรดเปลี่ยนตั๋วหรือขอวีซ่า
plan-warning-leave_for_port = ออกเดินทางไป { $port } ภายใน { $time } เพื่อให้ถึงก่อนออกเดินทาง { $minutes } นาที
plan-warning-leave_for_departure = ออกเดินทางภายใน { $time } เพื่อให้ถึงจุดออกเดินทางก่อน { $minutes } นาที
plan-warning-tax_refund_reminder = คุณมีรายการซื้อที่ขอคืนภาษีได้ เผื่อเวลาที่ด่านขาออกเพื่อให้ศุลกากรประทับตราก่อนเช็กอินและรับเงินคืนหลังผ่านการตรวจค้น
plan-warning-start_outside_guangzhou = จุดเริ่มต้นของคุณอยู่นอกกว่างโจว เวลาเดินทางอาจนานกว่าที่แสดง
plan-warning-outside_guangzhou = { $place } อยู่นอกกว่างโจว โปรดตรวจสอบว่าอยู่ในพื้นที่ที่การพำนักโดยไม่ต้องใช้วีซ่าอนุญาต
plan-warning-must_see_unknown = เราไม่รู้จักสถานที่ “{ $place }”
plan-warning-must_see_not_scheduled = จัด “{ $place }” ลงแผนไม่ได้ เพราะปิดหรืออยู่ไกลเกินไปในทุกช่วงเวลาว่าง
plan-warning-nothing_fits = ไม่มีสถานที่ใดที่จัดลงได้ระหว่างเวลาถึงจนถึงเวลาออกไปยังด่าน

## Input checks of the rules endpoints (server) and planner notices added by the server

field-invalid-country = ต้องเป็นรหัส ISO 3166-1 สองตัวอักษร เช่น “US”, “JP” หรือ “HK”
field-positive-amount = ต้องเป็นจำนวนเงินหยวนมากกว่า 0 และไม่เกิน { $max } เช่น “250.00”
field-too-many = ได้ไม่เกิน { $max } รายการ
field-plan-needs-end = โปรดระบุ “exit_at” หรือ “deadline” ของการยกเว้นวีซ่า: แผนการเดินทางต้องมีเวลาสิ้นสุด
field-end-before-entry = ต้องเป็นเวลาหลัง “entry_at”
field-window-too-long = การเดินทางยาวได้ไม่เกิน { $days } วัน
plan-warning-hours_unknown = เราไม่ทราบเวลาทำการของ { $place } โปรดตรวจสอบก่อนไป
