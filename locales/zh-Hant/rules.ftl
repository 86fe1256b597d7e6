# Canton Guide — 訪客規則引擎訊息（transit、tax_refund、planner）。鍵與變數同 en/rules.ftl。

## 免簽查詢：政策與允許活動範圍

transit-scheme-transit_240h = 240小時過境免簽
transit-scheme-transit_144h = 144小時過境免簽
transit-scheme-visa_free_30d = 30天免簽入境
transit-scheme-none = 無法確認：請向使領館核實
transit-area-designated_provinces = 240小時政策適用的省份（設有指定口岸的24個省份，含廣東）；請勿離開這些省份。
transit-area-guangdong = 僅限廣東省。
transit-area-mainland = 中國內地。

## 免簽查詢：不符合的原因

transit-reason-nationality_not_eligible = { $country } 護照不在該政策適用範圍內。
transit-reason-nationality_list_unknown = 我們沒有該日期適用國籍的名單，無法確認您的國籍。
transit-reason-port_not_designated = { $port } 不是該政策的指定入境口岸。
transit-reason-onward_not_third_country = 聯程客票須前往第三國或地區；中國內地（{ $destination }）不算。
transit-reason-round_trip = 您的出發地與前往地相同（{ $country }）；過境免簽需持有前往第三國或地區的聯程客票。
transit-reason-purpose_not_allowed = 該政策僅適用於旅遊、商務和探親訪友；工作、學習和新聞採訪需辦理簽證。
transit-reason-passport_validity_too_short = 您的護照有效期須至少到 { $date }。
transit-reason-exit_before_entry = 計劃出境時間早於入境時間。
transit-reason-exit_after_deadline = 計劃出境時間晚於截止時間（北京時間 { $deadline }）。
transit-reason-policy_not_in_force = 我們不知道 { $date } 有效的該政策版本。

## 免簽查詢：提示

transit-warning-verify_before_travel = 出行前請核實：政策會變化，此處部分資訊尚未確認。請向航空公司或中國使領館確認。
transit-warning-exit_port_rule_uncertain = 資料未明確是否必須從指定口岸出境；為穩妥起見，請從指定口岸出境。
transit-warning-port_identity_uncertain = 「{ $port }」具體指哪個碼頭尚未確認。
transit-warning-port_not_listed = { $port } 不在我們的廣東口岸名單中；它可能是中國其他地區的指定口岸。
transit-warning-exit_port_not_listed = 您的出境口岸 { $port } 不在我們的指定口岸名單中。
transit-warning-policy_ends_during_stay = 該政策僅確認有效至 { $date }，早於您的停留結束時間。
transit-warning-policy_ends_soon = 該政策僅確認有效至 { $date }；出行前請確認是否延期。
transit-warning-country_window_uncertain = 該政策對您國家的有效日期尚未確認。
transit-warning-nationality_list_unknown = 未記錄該日期適用的國籍名單。
transit-warning-suspended_2020_2023 = 該政策自2020年起暫停，至2023年1月8日恢復。
transit-warning-passport_validity_uncertain = 有資料稱護照須有6個月以上有效期；請確保您的護照符合。
transit-warning-day_count_rule_uncertain = 我們按過境政策的方式，從入境次日0時起計算30天；資料未確認30天免簽也如此計算。

## Visa-free check: mutual visa-exemption agreements and answers we cannot confirm

transit-scheme-mutual_visa_exemption = 互免簽證（中國與您所在國家的協定）
transit-reason-no_agreement = 我們未查到中國與 { $country } 之間適用於普通護照的互免簽證協定。
transit-reason-agreement_not_yet_in_force = 與 { $country } 的互免簽證協定適用於 { $date } 起的入境。
transit-reason-agreement_ended = 與 { $country } 的互免簽證協定僅適用於 { $date } 前（含當日）的入境。
transit-reason-nationality_not_in_data = 我們的資料中沒有 { $country } 護照的免簽安排，但這並不代表不存在此類安排。
transit-warning-cannot_confirm_check_embassy = 我們無法確認此行程可以免簽入境。出行前請向中國駐外使領館或您的航空公司核實。
transit-warning-cumulative_any_180_days = 依此協定，任意 180 天內累計停留不得超過 { $days } 天；請把此前的停留計算在內。
transit-warning-cumulative_calendar_year = 依此協定，每個曆年內累計停留不得超過 { $days } 天；請把此前的停留計算在內。
transit-warning-agreement_uncertain = 此協定的條款尚未經官方通知確認。

## 離境退稅：不能退稅的原因

refund-reason-below_minimum = 未達到同一商店同日 { $minimum } 元人民幣的最低金額。
refund-reason-export_window_passed = 貨物須在 { $date } 前帶離中國；您的離境日期更晚。
refund-reason-vat_rate_not_refundable = 增值稅率為 { $vat }% 的商品不能退稅。
refund-reason-stay_too_long = 僅在內地連續停留不超過 { $days } 天的旅客可以退稅。

## 離境退稅：提示

refund-warning-stay_too_long = 您在內地連續停留已超過 { $days } 天，所有購物均不能退稅。
refund-warning-transfer_only = 超過 { $limit } 元人民幣的退稅款只能透過銀行轉帳支付，不能領取現金。
refund-warning-effective_date_uncertain = 現行最低金額和現金上限自2025年4月起實行；具體起始日期尚未確認。
refund-warning-refund_counter_location_uncertain = 白雲機場退稅櫃檯的具體位置和航廈尚未確認；請在機場詢問。
refund-warning-verify_before_travel = 出行前請核實：部分規定尚未確認，可能已有變化。

## 離境退稅：即買即退

refund-instant-card_preauthorisation = 商店對您的銀行卡進行預授權，並當場支付退稅款。
refund-instant-customs_check_at_departure = 離境時仍須向海關出示所購商品。
refund-instant-leave_within_export_window = 請在規定期限內攜帶商品離境，否則將扣收預授權金額。

## 離境退稅：離境清單

refund-checklist-eligible_travellers = 外國旅客和港澳台居民可以申請退稅。
refund-checklist-goods_unused_and_carried = 商品須保持未使用，並隨身攜帶或託運出境。
refund-checklist-leave_within_90_days = 請在購物後 { $days } 天內攜帶商品離境。
refund-checklist-keep_forms_and_invoices = 請將各商店的退稅申請單和發票與護照放在一起。
refund-checklist-customs_stamp_before_checkin = 在白雲機場，請在託運行李前請海關在退稅申請單上蓋章。
refund-checklist-collect_in_restricted_zone = 通過安檢後，在隔離區內的退稅代理機構領取退稅款。
refund-checklist-refund_counter_location_uncertain = 具體櫃檯和航廈尚未確認：請詢問機場工作人員。
refund-checklist-cash_limit = { $limit } 元人民幣以內的退稅款可領取現金或轉帳；超過部分只能銀行轉帳。
refund-checklist-instant_refund_customs_check = 即買即退：離境時仍須接受海關查驗。

## 行程規劃：提示

plan-warning-outlasts_deadline = 您的離境時間晚於免簽截止時間（北京時間 { $deadline }）；行程已按截止時間結束。請改簽或辦理簽證。
plan-warning-leave_for_port = 請在 { $time } 前出發前往 { $port }，以便在出發前 { $minutes } 分鐘到達。
plan-warning-leave_for_departure = 請在 { $time } 前出發，以便在出發前 { $minutes } 分鐘到達離境地點。
plan-warning-tax_refund_reminder = 您有退稅購物：請在離境口岸預留時間，託運前請海關蓋章，安檢後領取退稅款。
plan-warning-start_outside_guangzhou = 您的出發點在廣州以外；實際路程時間可能比顯示的長。
plan-warning-outside_guangzhou = { $place } 在廣州以外；請確認它在您免簽停留允許的範圍內。
plan-warning-must_see_unknown = 我們不知道「{ $place }」這個地點。
plan-warning-must_see_not_scheduled = 無法安排「{ $place }」：在所有空閒時間它都不開放或太遠。
plan-warning-nothing_fits = 在您抵達後到出發前往口岸之間，沒有可安排的遊覽。

## Input checks of the rules endpoints (server) and planner notices added by the server

field-invalid-country = 應為兩位 ISO 3166-1 代碼，例如「US」、「JP」或「HK」。
field-positive-amount = 應為大於 0 且不超過 { $max } 的人民幣金額，例如「250.00」。
field-too-many = 最多 { $max } 項。
field-plan-needs-end = 請提供「exit_at」或免簽「deadline」：行程需要一個結束時間。
field-end-before-entry = 應晚於「entry_at」的時間。
field-window-too-long = 行程最長 { $days } 天。
plan-warning-hours_unknown = 我們不知道 { $place } 的開放時間，出發前請先確認。
