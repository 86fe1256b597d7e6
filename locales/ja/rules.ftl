# Canton Guide — 訪問者ルールエンジンのメッセージ（transit、tax_refund、planner）。キーと変数は en/rules.ftl と同じ。

## ビザ免除チェック：制度と滞在可能地域

transit-scheme-transit_240h = 240時間トランジットビザ免除
transit-scheme-transit_144h = 144時間トランジットビザ免除
transit-scheme-visa_free_30d = 30日間ビザ免除入国
transit-scheme-none = 確認できません：大使館・領事館にご確認ください
transit-area-designated_provinces = 240時間制度の対象省（指定口岸のある24省、広東省を含む）。これらの省から出ないでください。
transit-area-guangdong = 広東省内のみ。
transit-area-mainland = 中国本土。

## ビザ免除チェック：対象外の理由

transit-reason-nationality_not_eligible = { $country } のパスポートはこの制度の対象外です。
transit-reason-nationality_list_unknown = その日付の対象国籍リストがないため、お客様の国籍を確認できません。
transit-reason-port_not_designated = { $port } はこの制度の指定入国口岸ではありません。
transit-reason-onward_not_third_country = 次の目的地は第三国・地域である必要があります。中国本土（{ $destination }）は該当しません。
transit-reason-round_trip = 出発地と次の目的地が同じ（{ $country }）です。トランジットには第三国・地域への乗り継ぎ航空券が必要です。
transit-reason-purpose_not_allowed = この制度は観光、商用、親族・知人訪問のみが対象です。就労、留学、報道にはビザが必要です。
transit-reason-passport_validity_too_short = パスポートの有効期限が少なくとも { $date } まで必要です。
transit-reason-exit_before_entry = 出国予定が入国より前になっています。
transit-reason-exit_after_deadline = 出国予定が期限（北京時間 { $deadline }）より後です。
transit-reason-policy_not_in_force = { $date } に有効なこの制度のバージョンは把握していません。

## ビザ免除チェック：注意

transit-warning-verify_before_travel = 渡航前にご確認ください：規則は変わることがあり、一部の情報は未確認です。航空会社または中国大使館に確認してください。
transit-warning-exit_port_rule_uncertain = 指定口岸から出国する必要があるかは資料上明確ではありません。念のため指定口岸から出国してください。
transit-warning-port_identity_uncertain = 「{ $port }」がどのターミナルを指すかは確認されていません。
transit-warning-port_not_listed = { $port } は当社の広東省口岸リストにありません。中国の他地域では指定口岸の可能性があります。
transit-warning-exit_port_not_listed = 出国口岸 { $port } は当社の指定口岸リストにありません。
transit-warning-policy_ends_during_stay = この規則は { $date } までしか確認されておらず、滞在の終わりより前です。
transit-warning-policy_ends_soon = この規則は { $date } までしか確認されていません。渡航前に延長の有無を確認してください。
transit-warning-country_window_uncertain = お客様の国に対するこの制度の期間は確認されていません。
transit-warning-nationality_list_unknown = その日付の対象国籍リストは記録されていません。
transit-warning-suspended_2020_2023 = この制度は2020年から2023年1月8日まで停止されていました。
transit-warning-passport_validity_uncertain = パスポートの残存期間を6か月以上とする資料があります。ご確認ください。
transit-warning-day_count_rule_uncertain = トランジットと同様に入国翌日0時から30日を数えています。30日制度でも同じかは資料で確認されていません。

## Visa-free check: mutual visa-exemption agreements and answers we cannot confirm

transit-scheme-mutual_visa_exemption = 相互ビザ免除（中国とあなたの国との協定）
transit-reason-no_agreement = 中国と { $country } の間に一般旅券の相互ビザ免除協定があるとの情報はありません。
transit-reason-agreement_not_yet_in_force = { $country } との相互ビザ免除協定は { $date } 以降の入国に適用されます。
transit-reason-agreement_ended = { $country } との相互ビザ免除協定は { $date } までの入国にのみ適用されました。
transit-reason-nationality_not_in_data = 当社のデータには { $country } の旅券に対するビザ免除の取り決めがありません。存在しないという意味ではありません。
transit-warning-cannot_confirm_check_embassy = この旅程でビザなし入国ができるとは確認できません。渡航前に中国大使館・領事館または航空会社にご確認ください。
transit-warning-cumulative_any_180_days = この協定による滞在は、任意の 180 日間で合計 { $days } 日までです。過去の滞在も数えてください。
transit-warning-cumulative_calendar_year = この協定による滞在は、1 暦年で合計 { $days } 日までです。過去の滞在も数えてください。
transit-warning-agreement_uncertain = この協定の条件は公式の通知で確認されていません。

## 免税還付：還付されない理由

refund-reason-below_minimum = 1店舗1日あたりの最低額 { $minimum } 元に達していません。
refund-reason-export_window_passed = 商品は { $date } までに中国から持ち出す必要があります。出国日はそれより後です。
refund-reason-vat_rate_not_refundable = 付加価値税 { $vat }% の商品は還付対象外です。
refund-reason-stay_too_long = 中国本土での連続滞在が { $days } 日以内の旅行者のみ還付を受けられます。

## 免税還付：注意

refund-warning-stay_too_long = 中国本土での連続滞在が { $days } 日を超えているため、どの購入も還付対象になりません。
refund-warning-transfer_only = { $limit } 元を超える還付は現金ではなく銀行振込のみです。
refund-warning-effective_date_uncertain = 現行の最低額と現金上限は2025年4月から適用されています。正確な開始日は未確認です。
refund-warning-refund_counter_location_uncertain = 白雲空港の還付カウンターの正確な場所とターミナルは未確認です。空港でお尋ねください。
refund-warning-verify_before_travel = 渡航前にご確認ください：一部の規則は未確認で、変わっている可能性があります。

## 免税還付：即時還付

refund-instant-card_preauthorisation = 店舗がクレジットカードで仮売上（プレオーソリ）を行い、その場で還付金を支払います。
refund-instant-customs_check_at_departure = 出国時には引き続き税関で商品を提示する必要があります。
refund-instant-leave_within_export_window = 期限内に商品を持って出国してください。そうでないと仮売上の金額が請求されます。

## 免税還付：出国チェックリスト

refund-checklist-eligible_travellers = 外国人旅行者と香港・マカオ・台湾の住民が還付を申請できます。
refund-checklist-goods_unused_and_carried = 商品は未使用のまま、手荷物または預け荷物で持ち出してください。
refund-checklist-leave_within_90_days = 購入から { $days } 日以内に商品を持って出国してください。
refund-checklist-keep_forms_and_invoices = 各店舗の還付申請書と発票（領収書）をパスポートと一緒に保管してください。
refund-checklist-customs_stamp_before_checkin = 白雲空港では、荷物を預ける前に税関で還付申請書に押印を受けてください。
refund-checklist-collect_in_restricted_zone = 保安検査後、制限区域内の還付代理機関で還付金を受け取ってください。
refund-checklist-refund_counter_location_uncertain = 正確なカウンターとターミナルは未確認です。空港スタッフにお尋ねください。
refund-checklist-cash_limit = { $limit } 元までの還付は現金または振込で受け取れます。それを超える場合は銀行振込のみです。
refund-checklist-instant_refund_customs_check = 即時還付：出国時の税関検査は引き続き必要です。

## 旅程プランナー：注意

plan-warning-outlasts_deadline = 出発がビザ免除の期限（北京時間 { $deadline }）より後です。プランは期限に間に合うよう終了します。航空券を変更するかビザを取得してください。
plan-warning-leave_for_port = 出発の { $minutes } 分前に着くよう、{ $time } までに { $port } へ向かってください。
plan-warning-leave_for_departure = 出発の { $minutes } 分前に出発地点に着くよう、{ $time } までに出てください。
plan-warning-tax_refund_reminder = 免税還付の購入があります：出国口岸で、チェックイン前の税関押印と保安検査後の還付受け取りの時間を確保してください。
plan-warning-start_outside_guangzhou = 出発地点が広州市外です。移動時間は表示より長くなる可能性があります。
plan-warning-outside_guangzhou = { $place } は広州市外です。ビザ免除で滞在できる範囲内か確認してください。
plan-warning-must_see_unknown = 「{ $place }」という場所は見つかりません。
plan-warning-must_see_not_scheduled = 「{ $place }」は組み込めませんでした。空き時間には営業していないか遠すぎます。
plan-warning-nothing_fits = 到着から口岸へ向かうまでの間に入れられる訪問先がありません。

## Input checks of the rules endpoints (server) and planner notices added by the server

field-invalid-country = 「US」「JP」「HK」のような ISO 3166-1 の2文字コードを指定してください。
field-positive-amount = 0 より大きく { $max } 以下の人民元の金額を指定してください（例：「250.00」）。
field-too-many = 指定できるのは最大 { $max } 件です。
field-plan-needs-end = 「exit_at」またはビザ免除の「deadline」を指定してください。プランには終了時刻が必要です。
field-end-before-entry = 「entry_at」より後の時刻を指定してください。
field-window-too-long = 旅程は最長 { $days } 日です。
plan-warning-hours_unknown = { $place } の営業時間は不明です。お出かけ前にご確認ください。
