# Canton Guide の加盟店・観光スタッフ向け管理画面（ウェブ）の文言。入力欄のエラーは main.ftl の API メッセージを使います。

## 全ページ共通の枠

console-brand = Canton Guide 管理画面
console-skip-to-content = 本文へ移動
console-nav-label = 管理画面
console-nav-sign-in = ログイン
console-nav-sign-up = 店舗アカウントを作成
console-nav-listings = 掲載情報一覧
console-nav-staff = スタッフ用ホーム
console-signed-in-as = { $email } でログイン中
console-sign-out = ログアウト
console-language = 言語
console-language-apply = 変更
console-footer = Canton Guide は外国からの旅行者の広州での移動と滞在を手助けします。
console-role-visitor = 旅行者
console-role-merchant = 店舗
console-role-curator = 審査担当
console-role-admin = 管理者

## ログイン

console-sign-in-title = ログイン
console-sign-in-intro = Canton Guide に掲載している店舗と観光スタッフ向けです。
console-field-email = メールアドレス
console-field-password = パスワード
console-sign-in-submit = ログイン
console-sign-in-failed = メールアドレスまたはパスワードが正しくありません。
console-sign-in-limited = ログインの試行回数が多すぎます。{ $minutes } 分待ってからもう一度お試しください。
console-sign-in-no-account = Canton Guide は初めてですか？
console-sign-in-create = 店舗アカウントを作成
console-notice-signed-out = ログアウトしました。
console-notice-session-ended = セッションが終了しました。もう一度ログインしてください。
console-notice-sign-in-required = このページを開くにはログインしてください。

## アカウント作成

console-sign-up-title = 店舗アカウントを作成
console-sign-up-intro = お店、レストラン、施設を登録して、外国からの旅行者に見つけてもらいましょう。掲載情報は公開前にガイドの審査担当がすべて確認します。
console-field-display-name = お名前または店舗名（任意）
console-field-password-new = パスワード
console-field-password-hint = { $min } 文字以上。関係のない単語をいくつか並べると、覚えやすく推測されにくいパスワードになります。
console-sign-up-submit = アカウントを作成
console-sign-up-have-account = 登録済みですか？
console-sign-up-sign-in = ログイン
console-sign-up-limited = このネットワークから作成されたアカウントが多すぎます。{ $minutes } 分後にもう一度お試しください。
console-form-has-errors = 下の印の付いた項目を修正してください。
console-error-email-taken = このメールアドレスのアカウントはすでにあります。ログインしてください。

## 店舗の掲載情報

console-listings-title = 掲載情報一覧
console-listings-intro = 各掲載情報の状態を表示します：あなただけが見られる下書き、審査待ち、ガイドに公開中、または審査担当の理由付きで不承認。
console-listings-empty = 掲載情報はまだありません。
console-listings-older = 以前の掲載情報
console-status-label = 状態
console-status-draft = 下書き
console-status-pending = 審査待ち
console-status-live = 公開中
console-status-live-pending = 公開中（変更内容は審査待ち）
console-status-rejected = 不承認
console-status-live-rejected = 公開中（変更内容は不承認）
console-reason = 審査担当の理由：
console-reason-note = 審査担当のメモ：
console-updated = 最終更新
console-unnamed = （名前未設定）

## スタッフ用ホーム

console-staff-title = スタッフ用ホーム
console-staff-intro = { $role }としてログインしています。
console-staff-queue = 審査待ち
console-staff-queue-empty = 審査待ちのものはありません。
console-staff-queue-count = { $count } 件の申請が審査を待っています。
console-staff-queue-more = ほかにも審査待ちの申請があります。古い順に { $shown } 件を表示しています。
console-staff-submitted = 申請日時

## エラーページ

console-problem-code = エラー { $status }
console-problem-home = 管理画面のホームへ
console-problem-not-found-title = ページが見つかりません
console-problem-not-found-detail = このアドレスにはページがありません。リンクを確認するか、管理画面のホームからやり直してください。
console-problem-forbidden-title = アクセスできません
console-problem-forbidden-detail = このページはあなたのアカウント（{ $role }）では開けません。
console-problem-visitor-detail = 管理画面は店舗と観光スタッフ向けです。あなたのアカウントは旅行者アカウントです。Canton Guide アプリをご利用ください。
console-problem-csrf-title = このフォームは有効期限切れです
console-problem-csrf-detail = フォームが開いている管理画面から送信されなかったか、古くなっています。前のページに戻り、再読み込みしてからもう一度送信してください。
console-problem-bad-request-title = リクエストを理解できませんでした
console-problem-bad-request-detail = アドレスまたはフォームの内容を理解できませんでした。前のページに戻ってもう一度お試しください。
console-problem-bad-language-title = この言語には対応していません
console-problem-bad-language-detail = 「{ $value }」は管理画面の言語ではありません。次の中から選んでください：
console-problem-bad-cursor-detail = このページのリンクは無効です。掲載情報の最初のページからやり直してください。
console-problem-too-large-detail = フォームが管理画面で受け付ける { $max } バイトを超えています。
console-problem-internal-title = こちら側で問題が発生しました
console-problem-internal-detail = ページを表示できませんでした。しばらくしてからもう一度お試しください。

## 掲載情報フォーム（店舗）
console-nav-new-listing = 新しい掲載情報
console-listing-new-title = 新しい掲載情報
console-listing-edit-title = 掲載情報を編集
console-listing-created = 下書きを作成しました。審査に申請して審査担当が承認するまでは、あなただけが見られます。
console-listing-saved = 保存しました。下書きは引き続きあなただけが見られます。
console-listing-saved-live = 保存しました。変更内容は審査待ちです。それまでは公開中の内容がガイドに表示されます。
console-listing-submitted = 審査に申請しました。結果はここに表示されます。
console-listing-errors = { $count ->
   *[other] 掲載情報は保存されていません。{ $count } 件の項目を確認してください。
}
console-listing-stale = この掲載情報は、あなたが開いた後に別のタブまたはウィンドウで保存されました。あなたの変更内容は下のフォームに残っています。もう一度保存すると、もう一方の内容が置き換えられます。
console-listing-stale-submit = この掲載情報は、あなたが開いた後に変更されました。下の内容を確認してから、もう一度申請してください。
console-listing-status = 現在の状態
console-listing-view-public = 公開ページを開く
console-submit = 審査に申請
console-submit-hint = ガイドに掲載される前に、審査担当が掲載情報を確認します。
console-save = 保存
console-section-basics = 基本情報
console-field-kind = 場所の種類
console-field-district = 区
console-field-name-zh = 中国語の名称
console-field-name-zh-hint = 看板の表記どおりに入力してください。タクシーの運転手や通行人が読みます。
console-field-address-zh = 中国語の住所
console-field-phone = 電話番号
console-section-location = 所在地
console-field-map-link = 地図の共有リンク
console-field-map-link-hint = Amap、Apple Maps、Google Maps のリンクを貼り付けてください。下の座標が置き換わります。Amap は中国の GCJ-02 座標を使うため、WGS-84 に変換されます。
console-field-lat = 緯度（WGS-84）
console-field-lng = 経度（WGS-84）
console-field-location-needed = 緯度と経度（例：23.1291 と 113.2644）を入力するか、地図の共有リンクを貼り付けてください。
console-map-link-not-a-link = https:// で始まるウェブアドレスを貼り付けてください。
console-map-link-unknown = Amap、Apple Maps、Google Maps のリンクではありません。
console-map-link-short = 短縮リンクには座標が含まれていません。ブラウザでリンクを開き、アドレスバーから完全なアドレスをコピーしてください。
console-map-link-no-coordinates = このリンクが示しているのは場所の名前か検索で、地点ではありません。代わりに地図上に立てたピンを共有するか、座標を入力してください。
console-section-hours = 営業時間
console-field-hours = 営業時間（OpenStreetMap の書式）
console-field-hours-hint = 例：「Mo-Fr 10:00-22:00; Sa-Su 10:00-23:00; PH off」（PH は祝日）。
console-hours-preview = 今後 7 日間（旅行者に表示される内容）
console-hours-closed = 休業
console-hours-unknown = 不明
console-section-payments = 旅行者の支払い方法
console-section-friendliness = 外国からの旅行者向け
console-friendly-unsaid = 未回答
console-friendly-yes = はい
console-friendly-no = いいえ
console-field-staff-languages = スタッフが話せる言語
console-field-staff-languages-hint = 言語コードをカンマ区切りで入力します（例：en, ja, yue）。
console-section-refund = 税還付
console-field-refund-store = 出国時税還付の登録店
console-field-refund-instant = その場で還付（即時還付）
console-section-more = 場所の詳細
console-field-night = 夜間営業（ナイトエコノミー）
console-field-interests = おすすめの目的
console-interest-food = グルメ
console-interest-shopping = ショッピング
console-interest-night = ナイトライフ
console-interest-heritage = 歴史遺産
console-interest-culture = 文化
console-interest-nature = 自然
console-interest-family = 家族連れ
console-field-tags = タグ
console-field-tags-hint = カンマで区切って入力します。
console-field-visit-minutes = 通常の滞在時間（分）
console-section-texts = 旅行者向けの文章（言語別）
console-texts-hint = 英語は必須です。上手に書ける言語を追加してください。ない言語では、旅行者には英語が表示されます。
console-field-name = 名称
console-field-summary = 概要
console-field-address = 住所

## 審査（審査担当・管理者）
console-nav-review = 審査待ち一覧
console-review-title = 審査待ち一覧
console-review-intro = 店舗からの申請を古い順に表示します。申請を開いて公開中の内容と比べ、承認するか不承認にしてください。
console-review-more = さらに申請を表示
console-review-merchant = 店舗：
console-review-kind-new = 新しい掲載情報
console-review-kind-edit = 公開中の掲載情報の変更
console-review-one-title = 申請を審査
console-review-changes = 変更点
console-review-field = 項目
console-review-live = 現在の公開内容
console-review-proposed = 申請内容
console-review-no-changes = 公開中の内容と異なる項目はありません。
console-review-empty-value = —
console-review-approve-heading = 承認
console-review-approve-hint = 申請内容はすぐにガイドで公開されます。
console-review-approve = 承認して公開
console-review-reject-heading = 不承認
console-review-reason = 理由
console-review-reason-choose = 理由を選んでください
console-review-note = 店舗へのメモ（任意）
console-review-note-hint = 書いたとおりに表示されます。理由そのものは店舗の言語で表示されます。
console-review-reject = 不承認にする
console-review-reject-fix = 不承認にする前に理由を選んでください。
console-review-approved = 承認しました。掲載情報は公開中です。
console-review-rejected = 不承認にしました。店舗には理由が店舗の言語で表示されます。
console-review-gone = この申請は、ほかの人がすでに判断したか、あなたが開いた後に変更されました。現在の審査待ち一覧を表示しています。

## 監査ログ、アカウント、テーマ別ルート（審査担当と管理者）
console-nav-audit = 監査ログ
console-audit-title = 監査ログ
console-audit-intro = スタッフと店舗による変更をすべて、新しい順に、変更前と変更後の状態とともに表示します。時刻は広州時間です。
console-audit-filters = 絞り込み
console-audit-actor = 実行者（アカウント ID）
console-audit-action = 操作
console-audit-action-hint = 完全一致、または末尾にピリオドを付けた先頭部分（例：route.）。
console-audit-target-type = 対象の種類（place、route、event、alert、user）
console-audit-target-id = 対象の ID
console-audit-since = 開始
console-audit-until = 終了（この時刻を含まない）
console-audit-time-hint = 時差付きの日時。例：2026-12-01T09:00:00+08:00
console-audit-apply = 絞り込む
console-audit-clear = 絞り込みを解除
console-audit-fix = 読み取れない条件があります。各項目の横のメッセージを確認してください。
console-audit-empty = この条件に当てはまる記録はありません。
console-audit-time = 日時
console-audit-who = 実行者
console-audit-action-column = 操作
console-audit-target = 対象
console-audit-show-change = 変更前と変更後
console-audit-before = 変更前
console-audit-after = 変更後
console-audit-older = さらに古い記録
console-nav-users = アカウント
console-users-title = アカウントと役割
console-users-intro = メールアドレスでアカウントを探し、役割を変更します。変更はそのアカウントの次のリクエストから有効になります。
console-users-email = メールアドレス
console-users-find = 検索
console-users-none = このメールアドレスのアカウントはありません。
console-users-since = 作成日時
console-users-role = 役割
console-users-change = 役割を変更
console-users-changed = 役割を変更しました。そのアカウントの次のリクエストから有効になります。
console-users-fix = 役割は変更されていません。横のメッセージを確認してください。
console-nav-routes = ルート
console-routes-title = テーマ別ルート
console-routes-intro = 旅行者向けの散策や日帰りのルートです（下書きを含む）。公開するとガイドに表示されます。
console-routes-new = 新しいルート
console-routes-empty = ルートはまだありません。
console-routes-stops = { $count ->
   *[other] { $count } か所
}
console-routes-updated = 最終更新
console-route-new-title = 新しいルート
console-route-edit-title = ルートを編集
console-route-slug = アドレス用の短い名前（スラッグ）
console-route-slug-hint = 半角英小文字、数字、ハイフン。例：lingnan-heritage-walk
console-route-theme = テーマ
console-route-stops = 立ち寄り先（訪れる順）
console-route-stops-hint = ガイドで公開中の場所を 2～30 か所。立ち寄り先の追加・移動・削除はこのフォームだけを変更します。残すには「保存」を押してください。
console-route-no-stops = 立ち寄り先はまだありません。
console-route-stop = 立ち寄り先 { $number }
console-route-dwell = 滞在時間（分）
console-route-leg-mode = 次の立ち寄り先への移動手段
console-route-leg-minutes = 次の立ち寄り先までの所要時間（分）
console-route-up = 上へ
console-route-down = 下へ
console-route-remove = 削除
console-route-add-place = 追加する場所
console-route-add-place-hint = 場所の短い名前（スラッグ）または ID。例：canton-tower
console-route-add = 立ち寄り先を追加
console-route-sources = 出典
console-route-sources-hint = 1 行に 1 つのウェブアドレス：ルートの根拠となるページ。
console-route-unsaved = まだ保存されていません。変更を残すには「保存」を押してください。
console-route-errors = { $count ->
   *[other] ルートは保存されていません。{ $count } 件の項目を確認してください。
}
console-route-created = ルートを下書きとして作成しました。準備ができたら公開してください。
console-route-saved = ルートを保存しました。
console-route-published = 公開しました。ルートはガイドに表示されています。
console-route-unpublished = 公開を取り下げました。ルートは下書きに戻りました。
console-route-publish = 公開する
console-route-publish-hint = 旅行者はすぐにガイドでこのルートを見られます。
console-route-unpublish = 公開を取り下げる
console-route-unpublish-hint = ルートはガイドから外れ、下書きに戻ります。

## イベントと警報（キュレーターと管理者）
console-nav-events = イベント
console-nav-alerts = 警報・お知らせ
console-field-zones = 商業エリア
console-confidence-confirmed = 確定：主催者が発表済み
console-confidence-inferred = 見込み：例年に基づく（未発表）
console-confidence-uncertain = 不確か：旅行者に確認を促します
console-events-title = イベント
console-events-intro = 見本市、祭り、展覧会、祝日です（下書きを含む）。公開するとガイドに表示されます。
console-events-new = 新しいイベント
console-events-empty = イベントはまだありません。
console-event-new-title = 新しいイベント
console-event-edit-title = イベントを編集
console-event-slug-hint = 半角英小文字、数字、ハイフン。例：canton-fair-spring
console-event-kind = イベントの種類
console-event-dates = 日程
console-event-starts-on = 初日
console-event-ends-on = 最終日
console-event-dates-hint = 広州の日付です。最終日を含みます。1 日だけのイベントは同じ日を 2 回入力してください。
console-event-confidence = 日程の確かさ
console-event-where = 場所
console-event-place = 会場（任意）
console-event-place-hint = ガイドで公開中の場所の短い名前（スラッグ）または ID。例：canton-tower。市内全域のイベントは空欄にしてください。
console-event-sources-hint = 1 行に 1 つのウェブアドレス：日程の出典となるページ。
console-event-errors = { $count ->
   *[other] イベントは保存されていません。{ $count } 件の項目を確認してください。
}
console-event-created = イベントを下書きとして作成しました。準備ができたら公開してください。
console-event-saved = イベントを保存しました。
console-event-published = 公開しました。イベントはガイドに表示されています。
console-event-unpublished = 公開を取り下げました。イベントは下書きに戻りました。
console-event-publish-hint = 旅行者はすぐにガイドでこのイベントを見られます。
console-event-unpublish-hint = イベントはガイドから外れ、下書きに戻ります。
console-severity-info = お知らせ
console-severity-warning = 注意
console-severity-severe = 警戒
console-alerts-title = 警報・お知らせ
console-alerts-intro = 旅行者向けの警報やお知らせ（台風、大雨、休業など）です。下書きと終了したものも含みます。公開した警報は有効期間中ガイドに表示されます。
console-alerts-new = 新しい警報
console-alerts-empty = 警報はまだありません。
console-alerts-in-force = 現在有効
console-alerts-upcoming = まだ有効ではありません
console-alerts-over = 終了
console-alert-new-title = 新しい警報
console-alert-edit-title = 警報を編集
console-alert-severity = 重要度
console-alert-severity-hint = お知らせ：知っておくと便利。注意：予定に反映してください。警戒：すぐに行動（台風シグナル、安全）。
console-alert-starts-at = 開始
console-alert-ends-at = 終了
console-alert-window-hint = 広州時間（UTC+8）。開始から終了まで表示されます。
console-alert-time-invalid = 日付と時刻を入力してください。例：2026-12-01 19:30（広州時間）
console-alert-area = 対象地域
console-alert-area-hint = 該当する商業エリアとルートにチェックを入れてください。市内全域の場合は何もチェックしません。
console-alert-title-field = 見出し
console-alert-body = 詳細
console-alert-errors = { $count ->
   *[other] 警報は保存されていません。{ $count } 件の項目を確認してください。
}
console-alert-created = 警報を下書きとして作成しました。表示するには公開してください。
console-alert-saved = 警報を保存しました。
console-alert-published = 公開しました。有効期間中は表示されます。
console-alert-unpublished = 公開を取り下げました。警報は下書きに戻りました。
console-alert-publish-hint = 旅行者は有効期間中この警報を見られます。
console-alert-unpublish-hint = 警報は表示されなくなり、下書きに戻ります。
