# Canton Guide — Traditional Chinese messages (translated from the English reference,
# locales/en/main.ftl: this file must have exactly its keys; a test enforces it).
#
# Shared by guide-server (problem+json titles and details, labels in responses) and
# guide-core (the app's view models). Variables are written { $name }.

## Problem titles and details (RFC 9457 problem+json)

error-not-found-title = 找不到
error-not-found-detail = 不存在名為「{ $id }」的{ $what }。
error-route-not-found-detail = { $path } 沒有 API 端點。端點清單請參閱 /docs。
error-validation-title = 部分輸入無效
error-validation-detail = 請檢查「errors」中列出的欄位；每一項都說明了可接受的值。
error-bad-request-title = 請求有誤
error-method-not-allowed-title = 不允許使用此方法
error-method-not-allowed-detail = 此端點不接受該 HTTP 方法。
error-payload-too-large-title = 請求內容過大
error-payload-too-large-detail = 請求內容最多為 { $max } 位元組。
error-unsupported-media-type-title = 不支援的媒體類型
error-unsupported-media-type-detail = 請以 JSON 格式傳送請求內容，並使用「Content-Type: application/json」。
error-not-acceptable-title = 無法提供可接受的回應格式
error-unauthorized-title = 需要登入
error-unauthorized-detail = 請重新登入：存取權杖遺失、已過期或無效。
error-forbidden-title = 不允許此操作
error-forbidden-detail = 您的帳戶無權執行此操作。
error-conflict-title = 衝突
error-precondition-failed-title = 已被他人修改
error-precondition-failed-detail = 此項目在您載入後已被變更。請重新載入，再次進行修改後重新儲存；沒有任何內容遭到覆寫。
error-precondition-required-detail = 請在「If-Match」標頭中傳送此項目的 ETag，以免覆寫他人的修改。
error-too-many-requests-title = 請求過於頻繁
error-too-many-requests-detail = 請等待 { $seconds } 秒後再試。
error-unavailable-title = 服務暫時無法使用
error-unavailable-detail = 目前無法連線至資料庫，請稍後再試。
error-overloaded-detail = 伺服器忙碌中。請等待 { $seconds } 秒後重試。
error-uri-too-long-title = 請求位址過長
error-uri-too-long-detail = 請求的路徑與查詢參數最多 { $max } 位元組。
error-host-required-detail = HTTP/1.1 請求必須包含 Host 標頭。
error-last-admin-detail = 系統中必須始終至少有一名管理員：請先將其他人設為管理員。
error-internal-title = 我們這邊出了點問題
error-internal-detail = 此問題已記錄，請稍後再試。

## Field-level validation messages (the “errors” array)

field-invalid-coordinates = 應為十進位度數格式的「LAT,LNG」，緯度 −90…90，經度 −180…180，例如「23.1291,113.2644」。
field-out-of-range = 應為 { $min } 到 { $max } 之間的整數。
field-invalid-number = 應為數字。
field-invalid-choice = 此處不接受「{ $value }」。可接受的值：{ $accepted }。
field-invalid-boolean = 應為「true」或「false」。
field-invalid-tax-refund = 應為「true」（任何可退稅商店）或「instant」（店內即買即退）。
field-invalid-time = 應為含時區偏移的日期時間，例如「2026-12-01T19:30:00+08:00」。
field-invalid-date = 應為日期，例如「2026-12-01」。
field-invalid-cursor = 此游標無效或已過期；請不帶「cursor」重新請求第一頁。
field-too-long = 最多 { $max } 個字元。
field-requires-near = 只能與「near」一起使用。
field-unknown-parameter = 未知的參數。可接受的參數：{ $accepted }。
field-invalid-json = 請求內容不是此端點可接受的有效 JSON：{ $reason }
field-required = 此欄位為必填。
field-invalid-range = 「from」不得晚於「to」。

## Place kinds

kind-shop = 商店
kind-mall = 購物中心
kind-flagship_store = 旗艦店
kind-restaurant = 餐廳
kind-food_street = 美食街
kind-duty_free_shop = 免稅店
kind-tax_refund_point = 退稅點
kind-night_scene = 夜景
kind-attraction = 景點
kind-market = 專業市場
kind-transport_hub = 交通樞紐

## Payment methods

pay-foreign_card_pos = 境外銀行卡（刷卡機）
pay-alipay_foreign_card = 支付寶（綁定境外銀行卡）
pay-wechat_foreign_card = 微信支付（綁定境外銀行卡）
pay-foreign_wallets = 境外電子錢包（AlipayHK、Kakao Pay、Touch ’n Go…）
pay-unionpay = 銀聯
pay-cash = 現金（人民幣）

## Foreigner-friendliness

friendly-english_menu = 英文菜單
friendly-picture_menu = 圖片菜單
friendly-order_without_wechat = 無需微信即可點餐
friendly-halal = 清真
friendly-vegetarian = 提供素食
friendly-wheelchair = 輪椅無障礙
friendly-staff_languages = 店員會說：{ $languages }

## Badges and notices

badge-open-now = 營業中
badge-closed-now = 休息中
badge-hours-unknown = 營業時間不詳
hours-closed-day = 休息
hours-unknown-span = 不詳
badge-foreign-card = 可用境外銀行卡
badge-tax-refund = 可退稅
badge-instant-refund = 即買即退
badge-duty-free = 免稅
badge-night = 夜生活
notice-verify-before-travel = 出發前請核實
notice-not-yet-verified = 尚未核實
notice-approximate-location = 大約位置
notice-translation-fallback = 尚未翻譯成您的語言，現以 { $language } 顯示。
opens-at = { $time } 開始營業
closes-at = { $time } 結束營業

## Driver card (shown to taxi drivers)

driver-card-title = 請將此頁出示給司機
driver-card-request = 请带我去这里（請帶我去這裡）

## Districts of Guangzhou

district-yuexiu = 越秀區
district-liwan = 荔灣區
district-haizhu = 海珠區
district-tianhe = 天河區
district-baiyun = 白雲區
district-huangpu = 黃埔區
district-panyu = 番禺區
district-huadu = 花都區
district-nansha = 南沙區
district-conghua = 從化區
district-zengcheng = 增城區

## Commercial zones (the "5+2+4" plan)

zone-tier-world_class = 世界級商圈
zone-tier-lingnan = 嶺南特色商圈
zone-tier-transport_hub = 樞紐型商圈

## Getting around

mode-walk = 步行
mode-metro = 地鐵
mode-taxi = 計程車
mode-bus = 公車
mode-ferry = 渡輪
minutes = { $count ->
   *[other] { $count } 分鐘
}
distance-m = { $meters } 公尺
distance-km = { $km } 公里

## Events

event-kind-fair = 交易會
event-kind-festival = 節慶活動
event-kind-exhibition = 展覽
event-kind-sport = 體育賽事
event-kind-holiday = 法定假日
notice-dates-unconfirmed = 日期尚未確定

## Accounts, merchant listings and staff review
error-precondition-required-title = 需要 If-Match
error-invalid-credentials-detail = 電子郵件地址或密碼錯誤。
error-email-taken-detail = 使用此電子郵件地址的帳戶已存在。請直接登入，或使用其他地址。
error-conflict-state-detail = 項目處於「{ $state }」狀態時無法執行此操作。
error-limit-reached-detail = 您已達到 { $max } 個已儲存項目的上限。請刪除一些後再試。
error-slug-taken-detail = 代稱「{ $slug }」已被使用，請另選一個。
field-password-too-short = 請至少使用 { $min } 個字元。幾個互不相關的詞就能組成好記又安全的密碼。
field-password-too-common = 此密碼過於常見或過於簡單。請改用幾個互不相關的詞。
field-password-contains-email = 密碼中不能包含您的電子郵件地址。
field-invalid-email = 請輸入電子郵件地址，例如「name@example.com」。
field-outside-guangzhou = 該位置不在廣州範圍內。緯度應介於 22.5 至 23.95，經度應介於 112.95 至 114.05（WGS-84）。
field-invalid-opening-hours = 不是有效的 OpenStreetMap 營業時間：{ $reason }
field-missing-translation = 必須提供「{ $locale }」譯文。
field-unpublished-place = 「{ $place }」不是已發布的地點。
field-not-on-last-stop = 最後一站沒有下一站：請不要填寫「to_next」。
field-ends-before-start = 結束時間必須晚於開始時間。
field-unknown-reference = 「{ $value }」不存在。
field-invalid-slug = 請使用小寫 ASCII 字母、數字和「-」（最多 100 個字元）。
field-invalid-url = 請填寫任何人都能開啟的網頁地址，以 https:// 開頭（最多 2000 個字元）。
review-reason-incomplete = 缺少部分必填資訊，請補齊商戶資訊。
review-reason-inaccurate = 部分資訊無法核實或似乎有誤，請檢查。
review-reason-duplicate = 該地點已收錄在指南中。
review-reason-not_eligible = 該地點不符合面向廣州外國旅客的指南定位。
review-reason-inappropriate = 商戶資訊包含無法發布的文字或圖片。
field-nul-character = 文字中不能包含 NUL 字元（%00）。
review-reason-other = 請查看審核員的備註。

## Public place and route pages (/p/…, /r/…)
page-hours = 營業時間
page-payments = 付款方式
page-maps = 在地圖應用程式中開啟
page-sources = 資料來源
page-stops = 站點
page-not-found = 指南中沒有這個地點或路線，或已不再發佈。
