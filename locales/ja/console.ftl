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
