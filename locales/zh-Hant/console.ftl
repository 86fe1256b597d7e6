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
