# Canton Guide 商戶與旅遊工作人員後台（網頁版）的文字。表單欄位錯誤沿用 main.ftl 中的 API 訊息。

## 每個頁面的框架

console-brand = Canton Guide 管理後台
console-skip-to-content = 跳到主要內容
console-nav-label = 後台
console-nav-sign-in = 登入
console-nav-sign-up = 註冊商戶帳號
console-nav-listings = 我的商戶資訊
console-nav-staff = 工作人員首頁
console-signed-in-as = 已登入：{ $email }
console-sign-out = 登出
console-language = 語言
console-language-apply = 切換
console-footer = Canton Guide 幫助外國旅客暢遊廣州。
console-role-visitor = 旅客
console-role-merchant = 商戶
console-role-curator = 審核編輯
console-role-admin = 管理員

## 登入

console-sign-in-title = 登入
console-sign-in-intro = 供 Canton Guide 的商戶與旅遊工作人員使用。
console-field-email = 電子郵件
console-field-password = 密碼
console-sign-in-submit = 登入
console-sign-in-failed = 電子郵件或密碼不正確。
console-sign-in-limited = 登入嘗試次數過多。請等待 { $minutes } 分鐘後再試。
console-sign-in-no-account = 第一次使用 Canton Guide？
console-sign-in-create = 註冊商戶帳號
console-notice-signed-out = 你已登出。
console-notice-session-ended = 你的登入已過期，請重新登入。
console-notice-sign-in-required = 請先登入再開啟此頁面。

## 註冊

console-sign-up-title = 註冊商戶帳號
console-sign-up-intro = 登記你的商店、餐廳或場所，讓外國旅客找得到你。每筆商戶資訊上線前都會由指南的審核編輯審核。
console-field-display-name = 你的姓名或商戶名稱（選填）
console-field-password-new = 密碼
console-field-password-hint = 至少 { $min } 個字元。幾個互不相關的詞既好記又難猜。
console-sign-up-submit = 建立帳號
console-sign-up-have-account = 已經註冊過？
console-sign-up-sign-in = 登入
console-sign-up-limited = 此網路建立的帳號過多。請在 { $minutes } 分鐘後再試。
console-form-has-errors = 請修改下方標示的欄位。
console-error-email-taken = 此電子郵件已註冊過帳號，請直接登入。

## 商戶資訊列表

console-listings-title = 我的商戶資訊
console-listings-intro = 每筆商戶資訊都會顯示目前狀態：只有你看得到的草稿、等待審核、已在指南上線，或未通過（附審核理由）。
console-listings-empty = 你還沒有任何商戶資訊。
console-listings-older = 較早的商戶資訊
console-status-label = 狀態
console-status-draft = 草稿
console-status-pending = 等待審核
console-status-live = 已上線
console-status-live-pending = 已上線；你的修改正在等待審核
console-status-rejected = 未通過
console-status-live-rejected = 已上線；你的修改未通過
console-reason = 審核理由：
console-reason-note = 審核備註：
console-updated = 最後修改
console-unnamed = （尚未命名）

## 工作人員首頁

console-staff-title = 工作人員首頁
console-staff-intro = 你目前的身分是{ $role }。
console-staff-queue = 等待審核
console-staff-queue-empty = 目前沒有等待審核的內容。
console-staff-queue-count = 有 { $count } 筆提交正在等待審核。
console-staff-queue-more = 還有更多提交在等待；以下是最早的 { $shown } 筆。
console-staff-submitted = 提交時間

## 問題頁面

console-problem-code = 錯誤 { $status }
console-problem-home = 回到後台首頁
console-problem-not-found-title = 找不到頁面
console-problem-not-found-detail = 此網址沒有頁面。請檢查連結，或從後台首頁重新開始。
console-problem-forbidden-title = 無權存取
console-problem-forbidden-detail = 你的帳號（{ $role }）無法開啟此頁面。
console-problem-visitor-detail = 後台供商戶與旅遊工作人員使用。你的帳號是旅客帳號，請改用 Canton Guide 應用程式。
console-problem-csrf-title = 此表單已失效
console-problem-csrf-detail = 此表單不是從開啟中的後台頁面送出的，或已過期。請返回、重新整理頁面後再送出。
console-problem-bad-request-title = 無法理解此請求
console-problem-bad-request-detail = 網址或表單中有內容無法辨識。請返回後再試一次。
console-problem-bad-language-title = 不支援此語言
console-problem-bad-language-detail = 「{ $value }」不是後台支援的語言。請從以下語言中選擇：
console-problem-bad-cursor-detail = 此分頁連結無效。請從商戶資訊的第一頁重新開始。
console-problem-too-large-detail = 表單超過了後台可接受的 { $max } 位元組。
console-problem-internal-title = 我們這邊出了問題
console-problem-internal-detail = 頁面無法顯示。請稍後再試。

## 商戶資訊表單（商戶）
console-nav-new-listing = 新增商戶資訊
console-listing-new-title = 新增商戶資訊
console-listing-edit-title = 編輯商戶資訊
console-listing-created = 草稿已建立。在你提交並經審核編輯核准之前，只有你看得到。
console-listing-saved = 已儲存。草稿仍然只有你看得到。
console-listing-saved-live = 已儲存。你的修改正在等待審核；在此之前，指南上仍顯示已上線的版本。
console-listing-submitted = 已提交審核。審核結果會顯示在這裡。
console-listing-errors = { $count ->
   *[other] 商戶資訊未儲存：有 { $count } 個欄位需要修改。
}
console-listing-stale = 你開啟這筆商戶資訊後，它已在另一個分頁或視窗中被儲存。你的修改仍保留在下方表單中；再次儲存會取代另一個版本。
console-listing-stale-submit = 你開啟這筆商戶資訊後，它已被修改。請確認下方的版本，然後重新提交。
console-listing-status = 目前狀態
console-listing-view-public = 開啟公開頁面
console-submit = 提交審核
console-submit-hint = 商戶資訊在指南上顯示之前，會由審核編輯審核。
console-save = 儲存
console-section-basics = 基本資料
console-field-kind = 場所類型
console-field-district = 區
console-field-name-zh = 中文名稱
console-field-name-zh-hint = 與招牌上相同：計程車司機和路人會看這個名稱。
console-field-address-zh = 中文地址
console-field-phone = 電話
console-section-location = 位置
console-field-map-link = 地圖分享連結
console-field-map-link-hint = 貼上高德地圖（Amap）、Apple Maps 或 Google Maps 的連結，它會取代下方的座標。高德地圖使用中國的 GCJ-02 座標，系統會將其轉換為 WGS-84。
console-field-lat = 緯度（WGS-84）
console-field-lng = 經度（WGS-84）
console-field-location-needed = 請輸入緯度和經度（例如 23.1291 和 113.2644），或貼上地圖分享連結。
console-map-link-not-a-link = 請貼上以 https:// 開頭的網址。
console-map-link-unknown = 這不是高德地圖（Amap）、Apple Maps 或 Google Maps 的連結。
console-map-link-short = 短網址不含座標。請在瀏覽器中開啟該連結，再從網址列複製完整網址。
console-map-link-no-coordinates = 此連結指向的是地點名稱或搜尋，而不是一個具體的點。請改為分享在地圖上放置的圖釘，或直接輸入座標。
console-section-hours = 營業時間
console-field-hours = 營業時間（OpenStreetMap 語法）
console-field-hours-hint = 例如「Mo-Fr 10:00-22:00; Sa-Su 10:00-23:00; PH off」（PH：法定假日）。
console-hours-preview = 未來七天旅客將看到的營業時間
console-hours-closed = 休息
console-hours-unknown = 未知
console-section-payments = 旅客的付款方式
console-section-friendliness = 面向外國旅客
console-friendly-unsaid = 未說明
console-friendly-yes = 是
console-friendly-no = 否
console-field-staff-languages = 員工會說的語言
console-field-staff-languages-hint = 語言代碼，以半形逗號分隔，例如 en, ja, yue。
console-section-refund = 退稅
console-field-refund-store = 已登記的離境退稅商店
console-field-refund-instant = 可當場退稅（即買即退）
console-section-more = 更多場所資訊
console-field-night = 晚間營業（夜間經濟）
console-field-interests = 適合
console-interest-food = 美食
console-interest-shopping = 購物
console-interest-night = 夜生活
console-interest-heritage = 歷史遺產
console-interest-culture = 文化
console-interest-nature = 自然
console-interest-family = 親子家庭
console-field-tags = 標籤
console-field-tags-hint = 以逗號分隔。
console-field-visit-minutes = 一般參觀時長（分鐘）
console-section-texts = 給旅客看的文字（依語言）
console-texts-hint = 英文為必填。請加入你寫得好的語言；缺少某種語言時，旅客會看到英文。
console-field-name = 名稱
console-field-summary = 簡介
console-field-address = 地址

## 審核（審核編輯與管理員）
console-nav-review = 審核佇列
console-review-title = 審核佇列
console-review-intro = 商戶的提交，依時間由早到晚排列。開啟一筆，與已上線的內容比較，然後核准或退回。
console-review-more = 更多提交
console-review-merchant = 商戶：
console-review-kind-new = 新商戶資訊
console-review-kind-edit = 修改已上線的商戶資訊
console-review-one-title = 審核提交
console-review-changes = 修改內容
console-review-field = 欄位
console-review-live = 目前上線內容
console-review-proposed = 提交的內容
console-review-no-changes = 沒有欄位與已上線版本不同。
console-review-empty-value = —
console-review-approve-heading = 核准
console-review-approve-hint = 提交的版本會立即在指南上線。
console-review-approve = 核准並發布
console-review-reject-heading = 退回
console-review-reason = 理由
console-review-reason-choose = 請選擇理由
console-review-note = 給商戶的備註（選填）
console-review-note-hint = 依你所寫的原樣顯示；理由本身會以商戶的語言顯示。
console-review-reject = 退回
console-review-reject-fix = 退回前請先選擇理由。
console-review-approved = 已核准：商戶資訊已上線。
console-review-rejected = 已退回：商戶會看到以其語言顯示的理由。
console-review-gone = 這筆提交已由其他人處理，或在你開啟後被修改過。以下是目前的審核佇列。

## 稽核紀錄、帳戶與主題路線（審核編輯和管理員）
console-nav-audit = 稽核紀錄
console-audit-title = 稽核紀錄
console-audit-intro = 工作人員和商戶的每一次修改，最新的在前，附修改前後的狀態。時間為廣州時間。
console-audit-filters = 篩選條件
console-audit-actor = 操作人（帳戶 ID）
console-audit-action = 操作
console-audit-action-hint = 完全相符，或以句點結尾的開頭部分，例如 route.
console-audit-target-type = 對象類型（place、route、event、alert、user）
console-audit-target-id = 對象 ID
console-audit-since = 起始
console-audit-until = 截止（不含）
console-audit-time-hint = 含時差的日期與時間，例如 2026-12-01T09:00:00+08:00。
console-audit-apply = 篩選
console-audit-clear = 清除篩選
console-audit-fix = 有篩選條件無法辨識，請查看旁邊的提示。
console-audit-empty = 沒有符合這些條件的紀錄。
console-audit-time = 時間
console-audit-who = 操作人
console-audit-action-column = 操作
console-audit-target = 對象
console-audit-show-change = 修改前後
console-audit-before = 修改前
console-audit-after = 修改後
console-audit-older = 更早的紀錄
console-nav-users = 帳戶
console-users-title = 帳戶與角色
console-users-intro = 以電子郵件地址尋找帳戶，然後修改其角色。修改從該帳戶的下一次請求起生效。
console-users-email = 電子郵件地址
console-users-find = 尋找
console-users-none = 沒有使用此電子郵件地址的帳戶。
console-users-since = 帳戶建立於
console-users-role = 角色
console-users-change = 修改角色
console-users-changed = 角色已修改，從該帳戶的下一次請求起生效。
console-users-fix = 角色未修改，請查看旁邊的提示。
console-nav-routes = 路線
console-routes-title = 主題路線
console-routes-intro = 給旅客的散步路線和一日遊，包括草稿。路線發布後才會出現在指南中。
console-routes-new = 新增路線
console-routes-empty = 還沒有路線。
console-routes-stops = { $count ->
   *[other] { $count } 站
}
console-routes-updated = 最後修改
console-route-new-title = 新增路線
console-route-edit-title = 編輯路線
console-route-slug = 網址短名（slug）
console-route-slug-hint = 小寫英文字母、數字和連字號，例如 lingnan-heritage-walk。
console-route-theme = 主題
console-route-stops = 站點（依遊覽順序）
console-route-stops-hint = 2 至 30 個已在指南中上線的地點。新增、移動或刪除站點只會改變此表單：請按「儲存」保留修改。
console-route-no-stops = 還沒有站點。
console-route-stop = 第 { $number } 站
console-route-dwell = 停留時間（分鐘）
console-route-leg-mode = 前往下一站的方式
console-route-leg-minutes = 到下一站所需分鐘
console-route-up = 上移
console-route-down = 下移
console-route-remove = 刪除
console-route-add-place = 要新增的地點
console-route-add-place-hint = 地點的短名（slug）或 ID，例如 canton-tower。
console-route-add = 新增站點
console-route-sources = 來源
console-route-sources-hint = 每行一個網址：路線所依據的網頁。
console-route-unsaved = 尚未儲存：請按「儲存」保留這些修改。
console-route-errors = { $count ->
   *[other] 路線未儲存：有 { $count } 個欄位需要修改。
}
console-route-created = 路線已建立為草稿。準備好後請發布。
console-route-saved = 路線已儲存。
console-route-published = 已發布：路線已出現在指南中。
console-route-unpublished = 已撤回：路線重新成為草稿。
console-route-publish = 發布
console-route-publish-hint = 旅客會立即在指南中看到這條路線。
console-route-unpublish = 撤回
console-route-unpublish-hint = 路線將從指南中移除，重新成為草稿。

## 活動和提醒（編輯和管理員）
console-nav-events = 活動
console-nav-alerts = 提醒
console-field-zones = 商圈
console-confidence-confirmed = 已確認：主辦單位已公布
console-confidence-inferred = 預計：依往年推斷，尚未公布
console-confidence-uncertain = 不確定：提醒旅客自行查證
console-events-title = 活動
console-events-intro = 展會、節慶、展覽和法定假日，包括草稿。活動發布後才會出現在指南中。
console-events-new = 新增活動
console-events-empty = 還沒有活動。
console-event-new-title = 新增活動
console-event-edit-title = 編輯活動
console-event-slug-hint = 小寫英文字母、數字和連字號，例如 canton-fair-spring。
console-event-kind = 活動類型
console-event-dates = 日期
console-event-starts-on = 第一天
console-event-ends-on = 最後一天
console-event-dates-hint = 廣州當地日期，包括最後一天。單日活動請填寫兩次同一天。
console-event-confidence = 日期有多確定？
console-event-where = 地點
console-event-place = 場館（選填）
console-event-place-hint = 已在指南中上線的地點的短名（slug）或 ID，例如 canton-tower。全市範圍的活動請留空。
console-event-sources-hint = 每行一個網址：日期所依據的網頁。
console-event-errors = { $count ->
   *[other] 活動未儲存：有 { $count } 個欄位需要修改。
}
console-event-created = 活動已建立為草稿。準備好後請發布。
console-event-saved = 活動已儲存。
console-event-published = 已發布：活動已出現在指南中。
console-event-unpublished = 已撤回：活動重新成為草稿。
console-event-publish-hint = 旅客會立即在指南中看到這個活動。
console-event-unpublish-hint = 活動將從指南中移除，重新成為草稿。
console-severity-info = 提示
console-severity-warning = 注意
console-severity-severe = 嚴重
console-alerts-title = 提醒
console-alerts-intro = 給旅客的提醒（颱風、暴雨、閉館等），包括草稿和已過期的提醒。已發布的提醒在有效期內顯示於指南中。
console-alerts-new = 新增提醒
console-alerts-empty = 還沒有提醒。
console-alerts-in-force = 正在生效
console-alerts-upcoming = 尚未生效
console-alerts-over = 已結束
console-alert-new-title = 新增提醒
console-alert-edit-title = 編輯提醒
console-alert-severity = 嚴重程度
console-alert-severity-hint = 提示：值得了解。注意：安排行程時請考慮。嚴重：請立即行動（颱風訊號、安全）。
console-alert-starts-at = 開始
console-alert-ends-at = 結束
console-alert-window-hint = 廣州時間（UTC+8）。提醒從開始時間顯示到結束時間。
console-alert-time-invalid = 請填寫日期和時間，例如 2026-12-01 19:30（廣州時間）。
console-alert-area = 適用範圍
console-alert-area-hint = 勾選受影響的商圈和路線；適用於全市時不要勾選。
console-alert-title-field = 標題
console-alert-body = 詳情
console-alert-errors = { $count ->
   *[other] 提醒未儲存：有 { $count } 個欄位需要修改。
}
console-alert-created = 提醒已建立為草稿。發布後才會顯示。
console-alert-saved = 提醒已儲存。
console-alert-published = 已發布：提醒在有效期內顯示。
console-alert-unpublished = 已撤回：提醒重新成為草稿。
console-alert-publish-hint = 旅客會在有效期內看到這則提醒。
console-alert-unpublish-hint = 提醒將不再顯示，重新成為草稿。
