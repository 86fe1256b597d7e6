# Canton Guide — 방문객 규칙 엔진 메시지(transit, tax_refund, planner). 키와 변수는 en/rules.ftl과 같습니다.

## 무비자 확인: 제도와 체류 가능 지역

transit-scheme-transit_240h = 240시간 무비자 경유
transit-scheme-transit_144h = 144시간 무비자 경유
transit-scheme-visa_free_30d = 30일 무비자 입국
transit-scheme-none = 확인 불가: 대사관에 문의하세요
transit-area-designated_provinces = 240시간 제도 적용 성(지정 통상구가 있는 24개 성, 광둥성 포함). 이 지역을 벗어나지 마세요.
transit-area-guangdong = 광둥성 내에서만 가능합니다.
transit-area-mainland = 중국 본토.

## 무비자 확인: 해당되지 않는 이유

transit-reason-nationality_not_eligible = { $country } 여권은 이 제도의 대상이 아닙니다.
transit-reason-nationality_list_unknown = 해당 날짜의 대상 국적 목록이 없어 귀하의 국적을 확인할 수 없습니다.
transit-reason-port_not_designated = { $port }은(는) 이 제도의 지정 입국 통상구가 아닙니다.
transit-reason-onward_not_third_country = 다음 목적지는 제3국 또는 지역이어야 합니다. 중국 본토({ $destination })는 해당되지 않습니다.
transit-reason-round_trip = 출발지와 다음 목적지가 같습니다({ $country }). 경유에는 제3국 또는 지역행 연결 항공권이 필요합니다.
transit-reason-purpose_not_allowed = 이 제도는 관광, 비즈니스, 친지 방문만 허용합니다. 취업, 유학, 취재에는 비자가 필요합니다.
transit-reason-passport_validity_too_short = 여권 유효기간이 최소 { $date }까지 남아 있어야 합니다.
transit-reason-exit_before_entry = 출국 예정이 입국보다 앞섭니다.
transit-reason-exit_after_deadline = 출국 예정이 기한(베이징 시간 { $deadline })보다 늦습니다.
transit-reason-policy_not_in_force = { $date }에 유효한 이 제도의 버전을 알지 못합니다.

## 무비자 확인: 주의

transit-warning-verify_before_travel = 여행 전 확인하세요: 규정은 바뀔 수 있으며 일부 정보는 확인되지 않았습니다. 항공사나 중국 대사관에 문의하세요.
transit-warning-exit_port_rule_uncertain = 지정 통상구로 출국해야 하는지 자료상 분명하지 않습니다. 안전하게 지정 통상구로 출국하세요.
transit-warning-port_identity_uncertain = “{ $port }”이(가) 어느 터미널인지 확인되지 않았습니다.
transit-warning-port_not_listed = { $port }은(는) 저희 광둥성 통상구 목록에 없습니다. 중국 다른 지역의 지정 통상구일 수 있습니다.
transit-warning-exit_port_not_listed = 출국 통상구 { $port }은(는) 저희 지정 통상구 목록에 없습니다.
transit-warning-policy_ends_during_stay = 이 규정은 { $date }까지만 확인되었으며, 이는 체류 종료 전입니다.
transit-warning-policy_ends_soon = 이 규정은 { $date }까지만 확인되었습니다. 여행 전 연장 여부를 확인하세요.
transit-warning-country_window_uncertain = 귀하의 국가에 대한 이 제도의 기간은 확인되지 않았습니다.
transit-warning-nationality_list_unknown = 해당 날짜의 대상 국적 목록은 기록되어 있지 않습니다.
transit-warning-suspended_2020_2023 = 이 제도는 2020년부터 2023년 1월 8일까지 중단되었습니다.
transit-warning-passport_validity_uncertain = 여권 유효기간이 6개월 이상 필요하다는 자료가 있습니다. 확인하세요.
transit-warning-day_count_rule_uncertain = 경유 제도처럼 입국 다음 날 0시부터 30일을 계산합니다. 30일 제도도 같은지는 자료로 확인되지 않았습니다.

## Visa-free check: mutual visa-exemption agreements and answers we cannot confirm

transit-scheme-mutual_visa_exemption = 상호 비자 면제(중국과 귀하 국가 간 협정)
transit-reason-no_agreement = 중국과 { $country } 사이에 일반 여권 상호 비자 면제 협정이 있는지 확인된 바 없습니다.
transit-reason-agreement_not_yet_in_force = { $country }와의 상호 비자 면제 협정은 { $date }부터의 입국에 적용됩니다.
transit-reason-agreement_ended = { $country }와의 상호 비자 면제 협정은 { $date }까지의 입국에만 적용되었습니다.
transit-reason-nationality_not_in_data = 저희 자료에는 { $country } 여권에 대한 무비자 제도가 없습니다. 제도가 없다는 뜻은 아닙니다.
transit-warning-cannot_confirm_check_embassy = 이 여정의 무비자 입국을 확인할 수 없습니다. 출발 전에 중국 대사관·영사관이나 항공사에 확인하세요.
transit-warning-cumulative_any_180_days = 이 협정에 따른 체류는 어느 180일 기간에서든 합계 { $days }일을 넘을 수 없습니다. 이전 방문도 포함해 계산하세요.
transit-warning-cumulative_calendar_year = 이 협정에 따른 체류는 한 해(역년) 동안 합계 { $days }일을 넘을 수 없습니다. 이전 방문도 포함해 계산하세요.
transit-warning-agreement_uncertain = 이 협정의 조건은 공식 공지로 확인되지 않았습니다.

## 세금 환급: 환급되지 않는 이유

refund-reason-below_minimum = 매장별 하루 최소 금액 { $minimum }위안에 미달합니다.
refund-reason-export_window_passed = 물품은 { $date }까지 중국에서 반출해야 합니다. 출국일이 그보다 늦습니다.
refund-reason-vat_rate_not_refundable = 부가가치세 { $vat }% 물품은 환급되지 않습니다.
refund-reason-stay_too_long = 중국 본토에 연속 { $days }일 이하 체류한 여행자만 환급받을 수 있습니다.

## 세금 환급: 주의

refund-warning-stay_too_long = 중국 본토에 연속 { $days }일을 넘게 체류하여 어떤 구매도 환급 대상이 아닙니다.
refund-warning-transfer_only = { $limit }위안을 넘는 환급은 현금이 아닌 은행 송금으로만 지급됩니다.
refund-warning-effective_date_uncertain = 현행 최소 금액과 현금 한도는 2025년 4월부터 적용되며, 정확한 시작일은 확인되지 않았습니다.
refund-warning-refund_counter_location_uncertain = 바이윈 공항 환급 창구의 정확한 위치와 터미널은 확인되지 않았습니다. 공항에서 문의하세요.
refund-warning-verify_before_travel = 여행 전 확인하세요: 일부 규정은 확인되지 않았으며 바뀌었을 수 있습니다.

## 세금 환급: 즉시 환급

refund-instant-card_preauthorisation = 매장이 은행 카드에 사전 승인을 걸고 환급금을 즉시 지급합니다.
refund-instant-customs_check_at_departure = 출국 시 세관에 물품을 보여 주어야 합니다.
refund-instant-leave_within_export_window = 반출 기한 내에 물품을 가지고 출국하세요. 그렇지 않으면 사전 승인 금액이 청구됩니다.

## 세금 환급: 출국 체크리스트

refund-checklist-eligible_travellers = 외국인 여행자와 홍콩·마카오·대만 주민이 환급을 신청할 수 있습니다.
refund-checklist-goods_unused_and_carried = 물품은 사용하지 않은 상태로 기내 반입하거나 위탁 수하물로 가져가세요.
refund-checklist-leave_within_90_days = 구매 후 { $days }일 이내에 물품을 가지고 출국하세요.
refund-checklist-keep_forms_and_invoices = 각 매장의 환급 신청서와 영수증(발표)을 여권과 함께 보관하세요.
refund-checklist-customs_stamp_before_checkin = 바이윈 공항에서는 수하물을 부치기 전에 세관에서 환급 신청서에 도장을 받으세요.
refund-checklist-collect_in_restricted_zone = 보안 검색 후 출국 구역 안의 환급 대행 기관에서 환급금을 받으세요.
refund-checklist-refund_counter_location_uncertain = 정확한 창구와 터미널은 확인되지 않았습니다. 공항 직원에게 문의하세요.
refund-checklist-cash_limit = { $limit }위안까지의 환급은 현금이나 송금으로 받을 수 있고, 그 이상은 은행 송금만 가능합니다.
refund-checklist-instant_refund_customs_check = 즉시 환급: 출국 시 세관 검사는 여전히 필요합니다.

## 일정 플래너: 주의

plan-warning-outlasts_deadline = 출발이 무비자 기한(베이징 시간 { $deadline })보다 늦습니다. 일정은 기한에 맞춰 끝납니다. 항공권을 변경하거나 비자를 받으세요.
plan-warning-leave_for_port = 출발 { $minutes }분 전에 도착하도록 { $time }까지 { $port }(으)로 출발하세요.
plan-warning-leave_for_departure = 출발 { $minutes }분 전에 출발 장소에 도착하도록 { $time }까지 출발하세요.
plan-warning-tax_refund_reminder = 세금 환급 구매가 있습니다: 출국 통상구에서 체크인 전 세관 도장과 보안 검색 후 환급 수령 시간을 확보하세요.
plan-warning-start_outside_guangzhou = 출발 지점이 광저우 밖입니다. 이동 시간이 표시보다 길 수 있습니다.
plan-warning-outside_guangzhou = { $place }은(는) 광저우 밖에 있습니다. 무비자 체류 허용 지역 안인지 확인하세요.
plan-warning-must_see_unknown = “{ $place }” 장소를 찾을 수 없습니다.
plan-warning-must_see_not_scheduled = “{ $place }”을(를) 넣지 못했습니다. 빈 시간마다 문을 닫았거나 너무 멉니다.
plan-warning-nothing_fits = 도착 후 통상구로 출발하기 전까지 넣을 수 있는 방문지가 없습니다.

## Input checks of the rules endpoints (server) and planner notices added by the server

field-invalid-country = “US”, “JP”, “HK”와 같은 ISO 3166-1 두 글자 코드를 입력하세요.
field-positive-amount = 0보다 크고 { $max } 이하인 위안화 금액을 입력하세요(예: “250.00”).
field-too-many = 최대 { $max }개까지 입력할 수 있습니다.
field-plan-needs-end = “exit_at” 또는 무비자 “deadline”을 입력하세요. 일정에는 종료 시각이 필요합니다.
field-end-before-entry = “entry_at” 이후의 시각을 입력하세요.
field-window-too-long = 여행 기간은 최대 { $days }일입니다.
plan-warning-hours_unknown = { $place }의 운영 시간을 알 수 없습니다. 방문 전에 확인하세요.
