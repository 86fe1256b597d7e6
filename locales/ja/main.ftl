# Canton Guide — Japanese messages (translated from the English reference,
# locales/en/main.ftl: this file must have exactly its keys; a test enforces it).
#
# Shared by guide-server (problem+json titles and details, labels in responses) and
# guide-core (the app's view models). Variables are written { $name }.

## Problem titles and details (RFC 9457 problem+json)

error-not-found-title = 見つかりません
error-not-found-detail = 「{ $id }」という{ $what }は存在しません。
error-route-not-found-detail = { $path } に API エンドポイントはありません。エンドポイントの一覧は /docs をご覧ください。
error-validation-title = 無効な入力があります
error-validation-detail = 「errors」に示されたフィールドを確認してください。それぞれに受け付けられる値が記載されています。
error-bad-request-title = 不正なリクエスト
error-method-not-allowed-title = 許可されていないメソッド
error-method-not-allowed-detail = このエンドポイントはその HTTP メソッドを受け付けません。
error-payload-too-large-title = リクエスト本文が大きすぎます
error-payload-too-large-detail = リクエスト本文は最大 { $max } バイトまでです。
error-unsupported-media-type-title = サポートされていないメディアタイプ
error-unsupported-media-type-detail = 本文は「Content-Type: application/json」を指定して JSON で送信してください。
error-not-acceptable-title = 受け入れ可能な形式で応答できません
error-unauthorized-title = サインインが必要です
error-unauthorized-detail = もう一度サインインしてください。アクセストークンがないか、期限切れか、無効です。
error-forbidden-title = 許可されていません
error-forbidden-detail = お使いのアカウントではこの操作を行えません。
error-conflict-title = 競合
error-precondition-failed-title = 他のユーザーが変更しました
error-precondition-failed-detail = この項目は読み込んだ後に変更されました。再読み込みしてから編集をやり直し、もう一度保存してください。上書きされた内容はありません。
error-precondition-required-detail = 他の人の編集を上書きしないよう、項目の ETag を「If-Match」ヘッダーで送信してください。
error-too-many-requests-title = リクエストが多すぎます
error-too-many-requests-detail = { $seconds } 秒待ってから、もう一度お試しください。
error-unavailable-title = サービスは一時的に利用できません
error-unavailable-detail = 現在データベースに接続できません。しばらくしてからもう一度お試しください。
error-overloaded-detail = サーバーが混み合っています。{ $seconds } 秒待ってから再試行してください。
error-uri-too-long-title = リクエストのアドレスが長すぎます
error-uri-too-long-detail = リクエストのパスとクエリは最大 { $max } バイトまでです。
error-host-required-detail = HTTP/1.1 のリクエストには Host ヘッダーが必要です。
error-last-admin-detail = 管理者は常に少なくとも 1 人必要です。先に別のユーザーを管理者にしてください。
error-internal-title = サーバー側で問題が発生しました
error-internal-detail = この問題は記録されました。しばらくしてからもう一度お試しください。

## Field-level validation messages (the “errors” array)

field-invalid-coordinates = 10 進数の度で「LAT,LNG」の形式（緯度 −90…90、経度 −180…180）で指定してください。例：「23.1291,113.2644」
field-out-of-range = { $min } から { $max } までの整数を指定してください。
field-invalid-number = 数値を指定してください。
field-invalid-choice = ここでは「{ $value }」は使用できません。使用できる値：{ $accepted }
field-invalid-boolean = 「true」または「false」を指定してください。
field-invalid-tax-refund = 「true」（税還付に対応するすべての店舗）または「instant」（店頭で即時還付）を指定してください。
field-invalid-time = タイムゾーンのオフセット付きの日時を指定してください。例：「2026-12-01T19:30:00+08:00」
field-invalid-date = 日付を指定してください。例：「2026-12-01」
field-invalid-cursor = このカーソルは無効か、期限切れです。「cursor」を付けずに最初のページをもう一度リクエストしてください。
field-too-long = { $max } 文字以内で指定してください。
field-requires-near = 「near」と一緒に指定した場合のみ使用できます。
field-unknown-parameter = 不明なパラメーターです。使用できるパラメーター：{ $accepted }
field-invalid-json = 本文はこのエンドポイントで有効な JSON ではありません：{ $reason }
field-required = この項目は必須です。
field-invalid-range = 「from」は「to」より後の日時にできません。

## Place kinds

kind-shop = ショップ
kind-mall = ショッピングモール
kind-flagship_store = 旗艦店
kind-restaurant = レストラン
kind-food_street = グルメストリート
kind-duty_free_shop = 免税店
kind-tax_refund_point = 税還付カウンター
kind-night_scene = 夜景スポット
kind-attraction = 観光スポット
kind-market = 専門市場
kind-transport_hub = 交通ハブ

## Payment methods

pay-foreign_card_pos = 海外発行カード（カード端末）
pay-alipay_foreign_card = Alipay（海外発行カードを登録）
pay-wechat_foreign_card = WeChat Pay（海外発行カードを登録）
pay-foreign_wallets = 海外の電子ウォレット（AlipayHK、Kakao Pay、Touch ’n Go…）
pay-unionpay = 銀聯（UnionPay）
pay-cash = 現金（人民元）

## Foreigner-friendliness

friendly-english_menu = 英語メニュー
friendly-picture_menu = 写真付きメニュー
friendly-order_without_wechat = WeChat なしで注文可
friendly-halal = ハラール
friendly-vegetarian = ベジタリアン対応
friendly-wheelchair = 車いす対応
friendly-staff_languages = スタッフの対応言語：{ $languages }

## Badges and notices

badge-open-now = 営業中
badge-closed-now = 営業時間外
badge-hours-unknown = 営業時間不明
hours-closed-day = 休業
hours-unknown-span = 不明
badge-foreign-card = 海外カード可
badge-tax-refund = 税還付
badge-instant-refund = 即時税還付
badge-duty-free = 免税
badge-night = ナイトライフ
notice-verify-before-travel = お出かけ前にご確認ください
notice-not-yet-verified = 未確認
notice-approximate-location = おおよその位置
notice-translation-fallback = まだお使いの言語に翻訳されていないため、{ $language }で表示しています。
opens-at = 営業開始 { $time }
closes-at = 営業終了 { $time }

## Driver card (shown to taxi drivers)

driver-card-title = この画面を運転手に見せてください
driver-card-request = 请带我去这里（ここへ行ってください）

## Districts of Guangzhou

district-yuexiu = 越秀区
district-liwan = 荔湾区
district-haizhu = 海珠区
district-tianhe = 天河区
district-baiyun = 白雲区
district-huangpu = 黄埔区
district-panyu = 番禺区
district-huadu = 花都区
district-nansha = 南沙区
district-conghua = 従化区
district-zengcheng = 増城区

## Commercial zones (the "5+2+4" plan)

zone-tier-world_class = 世界級の商業エリア
zone-tier-lingnan = 嶺南文化の商業エリア
zone-tier-transport_hub = 交通ハブ型の商業エリア

## Getting around

mode-walk = 徒歩
mode-metro = 地下鉄
mode-taxi = タクシー
mode-bus = バス
mode-ferry = フェリー
minutes = { $count ->
   *[other] { $count } 分
}
distance-m = { $meters } m
distance-km = { $km } km

## Events

event-kind-fair = 見本市
event-kind-festival = フェスティバル
event-kind-exhibition = 展覧会
event-kind-sport = スポーツ
event-kind-holiday = 祝日
notice-dates-unconfirmed = 日程未確定

## Accounts, merchant listings and staff review
error-precondition-required-title = If-Match が必要です
error-invalid-credentials-detail = メールアドレスまたはパスワードが正しくありません。
error-email-taken-detail = このメールアドレスのアカウントはすでに存在します。ログインするか、別のアドレスを使ってください。
error-conflict-state-detail = 項目が「{ $state }」の状態ではこの操作はできません。
error-limit-reached-detail = 保存できる上限の { $max } 件に達しました。いくつか削除してからもう一度お試しください。
error-slug-taken-detail = スラッグ「{ $slug }」はすでに使われています。別のものを選んでください。
field-password-too-short = { $min } 文字以上にしてください。関係のない単語をいくつか並べると、覚えやすく安全なパスワードになります。
field-password-too-common = このパスワードはよく使われているか、単純すぎます。関係のない単語をいくつか並べてみてください。
field-password-contains-email = パスワードにメールアドレスを含めないでください。
field-invalid-email = 「name@example.com」のようなメールアドレスを入力してください。
field-outside-guangzhou = この地点は広州市外です。緯度 22.5〜23.95、経度 112.95〜114.05（WGS-84）の範囲で指定してください。
field-invalid-opening-hours = OpenStreetMap の営業時間として正しくありません：{ $reason }
field-missing-translation = 「{ $locale }」の翻訳が必要です。
field-unpublished-place = 「{ $place }」は公開中の場所ではありません。
field-not-on-last-stop = 最後の停留地には次の行き先がありません。「to_next」は省略してください。
field-ends-before-start = 終了は開始より後にしてください。
field-unknown-reference = 「{ $value }」は存在しません。
field-invalid-slug = 小文字の ASCII 英字、数字、「-」を使ってください（100 文字以内）。
field-invalid-url = 誰でも開けるウェブページのアドレスを https:// から入力してください（2000 文字以内）。
review-reason-incomplete = 必要な情報が一部不足しています。掲載情報を補ってください。
review-reason-inaccurate = 一部の情報が確認できないか、誤っているようです。確認してください。
review-reason-duplicate = この場所はすでにガイドに掲載されています。
review-reason-not_eligible = この場所は広州を訪れる外国人旅行者向けのガイドに合いません。
review-reason-inappropriate = 掲載情報に公開できない文章または画像が含まれています。
field-nul-character = テキストに NUL 文字（%00）を含めることはできません。
review-reason-other = 審査担当者のメモをご覧ください。

## Public place and route pages (/p/…, /r/…)
page-hours = 営業時間
page-payments = 支払い方法
page-maps = 地図アプリで開く
page-sources = 出典
page-stops = 立ち寄り先
page-not-found = この場所またはルートはガイドにないか、公開が終了しています。
