# Canton Guide — 访客规则引擎消息（transit、tax_refund、planner）。键与变量同 en/rules.ftl。

## 免签查询：政策与允许活动范围

transit-scheme-transit_240h = 240小时过境免签
transit-scheme-transit_144h = 144小时过境免签
transit-scheme-visa_free_30d = 30天免签入境
transit-scheme-none = 无法确认：请向使领馆核实
transit-area-designated_provinces = 240小时政策适用的省份（设有指定口岸的24个省份，含广东）；请勿离开这些省份。
transit-area-guangdong = 仅限广东省。
transit-area-mainland = 中国内地。

## 免签查询：不符合的原因

transit-reason-nationality_not_eligible = { $country } 护照不在该政策适用范围内。
transit-reason-nationality_list_unknown = 我们没有该日期适用国籍的名单，无法确认您的国籍。
transit-reason-port_not_designated = { $port } 不是该政策的指定入境口岸。
transit-reason-onward_not_third_country = 联程客票须前往第三国或地区；中国内地（{ $destination }）不算。
transit-reason-round_trip = 您的出发地与前往地相同（{ $country }）；过境免签需持有前往第三国或地区的联程客票。
transit-reason-purpose_not_allowed = 该政策仅适用于旅游、商务和探亲访友；工作、学习和新闻采访需办理签证。
transit-reason-passport_validity_too_short = 您的护照有效期须至少到 { $date }。
transit-reason-exit_before_entry = 计划出境时间早于入境时间。
transit-reason-exit_after_deadline = 计划出境时间晚于截止时间（北京时间 { $deadline }）。
transit-reason-policy_not_in_force = 我们不知道 { $date } 有效的该政策版本。

## 免签查询：提示

transit-warning-verify_before_travel = 出行前请核实：政策会变化，此处部分信息尚未确认。请向航空公司或中国使领馆确认。
transit-warning-exit_port_rule_uncertain = 资料未明确是否必须从指定口岸出境；为稳妥起见，请从指定口岸出境。
transit-warning-port_identity_uncertain = “{ $port }”具体指哪个码头尚未确认。
transit-warning-port_not_listed = { $port } 不在我们的广东口岸名单中；它可能是中国其他地区的指定口岸。
transit-warning-exit_port_not_listed = 您的出境口岸 { $port } 不在我们的指定口岸名单中。
transit-warning-policy_ends_during_stay = 该政策仅确认有效至 { $date }，早于您的停留结束时间。
transit-warning-policy_ends_soon = 该政策仅确认有效至 { $date }；出行前请确认是否延期。
transit-warning-country_window_uncertain = 该政策对您国家的有效日期尚未确认。
transit-warning-nationality_list_unknown = 未记录该日期适用的国籍名单。
transit-warning-suspended_2020_2023 = 该政策自2020年起暂停，至2023年1月8日恢复。
transit-warning-passport_validity_uncertain = 有资料称护照须有6个月以上有效期；请确保您的护照符合。
transit-warning-day_count_rule_uncertain = 我们按过境政策的方式，从入境次日0时起计算30天；资料未确认30天免签也如此计算。

## Visa-free check: mutual visa-exemption agreements and answers we cannot confirm

transit-scheme-mutual_visa_exemption = 互免签证（中国与您所在国家的协定）
transit-reason-no_agreement = 我们未查到中国与 { $country } 之间适用于普通护照的互免签证协定。
transit-reason-agreement_not_yet_in_force = 与 { $country } 的互免签证协定适用于 { $date } 起的入境。
transit-reason-agreement_ended = 与 { $country } 的互免签证协定仅适用于 { $date } 前（含当日）的入境。
transit-reason-nationality_not_in_data = 我们的资料中没有 { $country } 护照的免签安排，但这并不代表不存在此类安排。
transit-warning-cannot_confirm_check_embassy = 我们无法确认此行程可以免签入境。出行前请向中国驻外使领馆或您的航空公司核实。
transit-warning-cumulative_any_180_days = 依此协定，任意 180 天内累计停留不得超过 { $days } 天；请把此前的停留计算在内。
transit-warning-cumulative_calendar_year = 依此协定，每个日历年内累计停留不得超过 { $days } 天；请把此前的停留计算在内。
transit-warning-agreement_uncertain = 此协定的条款尚未经官方通知确认。

## 离境退税：不能退税的原因

refund-reason-below_minimum = 未达到同一商店同日 { $minimum } 元的最低金额。
refund-reason-export_window_passed = 货物须在 { $date } 前带离中国；您的离境日期更晚。
refund-reason-vat_rate_not_refundable = 增值税率为 { $vat }% 的商品不能退税。
refund-reason-stay_too_long = 仅在内地连续停留不超过 { $days } 天的旅客可以退税。

## 离境退税：提示

refund-warning-stay_too_long = 您在内地连续停留已超过 { $days } 天，所有购物均不能退税。
refund-warning-transfer_only = 超过 { $limit } 元的退税款只能通过银行转账支付，不能领取现金。
refund-warning-effective_date_uncertain = 现行最低金额和现金上限自2025年4月起实行；具体起始日期尚未确认。
refund-warning-refund_counter_location_uncertain = 白云机场退税柜台的具体位置和航站楼尚未确认；请在机场询问。
refund-warning-verify_before_travel = 出行前请核实：部分规定尚未确认，可能已有变化。

## 离境退税：即买即退

refund-instant-card_preauthorisation = 商店对您的银行卡进行预授权，并当场支付退税款。
refund-instant-customs_check_at_departure = 离境时仍须向海关出示所购商品。
refund-instant-leave_within_export_window = 请在规定期限内携带商品离境，否则将扣收预授权金额。

## 离境退税：离境清单

refund-checklist-eligible_travellers = 外国旅客和港澳台居民可以申请退税。
refund-checklist-goods_unused_and_carried = 商品须保持未使用，并随身携带或托运出境。
refund-checklist-leave_within_90_days = 请在购物后 { $days } 天内携带商品离境。
refund-checklist-keep_forms_and_invoices = 请将各商店的退税申请单和发票与护照放在一起。
refund-checklist-customs_stamp_before_checkin = 在白云机场，请在托运行李前请海关在退税申请单上盖章。
refund-checklist-collect_in_restricted_zone = 通过安检后，在隔离区内的退税代理机构领取退税款。
refund-checklist-refund_counter_location_uncertain = 具体柜台和航站楼尚未确认：请询问机场工作人员。
refund-checklist-cash_limit = { $limit } 元以内的退税款可领取现金或转账；超过部分只能银行转账。
refund-checklist-instant_refund_customs_check = 即买即退：离境时仍须接受海关查验。

## 行程规划：提示

plan-warning-outlasts_deadline = 您的离境时间晚于免签截止时间（北京时间 { $deadline }）；行程已按截止时间结束。请改签或办理签证。
plan-warning-leave_for_port = 请在 { $time } 前出发前往 { $port }，以便在出发前 { $minutes } 分钟到达。
plan-warning-leave_for_departure = 请在 { $time } 前出发，以便在出发前 { $minutes } 分钟到达离境地点。
plan-warning-tax_refund_reminder = 您有退税购物：请在离境口岸预留时间，托运前请海关盖章，安检后领取退税款。
plan-warning-start_outside_guangzhou = 您的出发点在广州以外；实际路程时间可能比显示的长。
plan-warning-outside_guangzhou = { $place } 在广州以外；请确认它在您免签停留允许的范围内。
plan-warning-must_see_unknown = 我们不知道“{ $place }”这个地点。
plan-warning-must_see_not_scheduled = 无法安排“{ $place }”：在所有空闲时间它都不开放或太远。
plan-warning-nothing_fits = 在您抵达后到出发前往口岸之间，没有可安排的游览。

## Input checks of the rules endpoints (server) and planner notices added by the server

field-invalid-country = 应为两位 ISO 3166-1 代码，例如 “US”、“JP” 或 “HK”。
field-positive-amount = 应为大于 0 且不超过 { $max } 的人民币金额，例如 “250.00”。
field-too-many = 最多 { $max } 项。
field-plan-needs-end = 请提供 “exit_at” 或免签 “deadline”：行程需要一个结束时间。
field-end-before-entry = 应晚于 “entry_at” 的时间。
field-window-too-long = 行程最长 { $days } 天。
plan-warning-hours_unknown = 我们不知道 { $place } 的开放时间，出发前请先确认。
