# Canton Guide 商户与旅游工作人员后台（网页版）的文字。表单字段错误沿用 main.ftl 中的 API 消息。

## 每个页面的框架

console-brand = Canton Guide 管理后台
console-skip-to-content = 跳到主要内容
console-nav-label = 后台
console-nav-sign-in = 登录
console-nav-sign-up = 注册商户账号
console-nav-listings = 我的商户信息
console-nav-staff = 工作人员主页
console-signed-in-as = 已登录：{ $email }
console-sign-out = 退出登录
console-language = 语言
console-language-apply = 切换
console-footer = Canton Guide 帮助外国游客畅游广州。
console-role-visitor = 游客
console-role-merchant = 商户
console-role-curator = 审核编辑
console-role-admin = 管理员

## 登录

console-sign-in-title = 登录
console-sign-in-intro = 供 Canton Guide 的商户和旅游工作人员使用。
console-field-email = 电子邮箱
console-field-password = 密码
console-sign-in-submit = 登录
console-sign-in-failed = 电子邮箱或密码不正确。
console-sign-in-limited = 登录尝试次数过多。请等待 { $minutes } 分钟后再试。
console-sign-in-no-account = 第一次使用 Canton Guide？
console-sign-in-create = 注册商户账号
console-notice-signed-out = 你已退出登录。
console-notice-session-ended = 你的登录已过期，请重新登录。
console-notice-sign-in-required = 请先登录再打开此页面。

## 注册

console-sign-up-title = 注册商户账号
console-sign-up-intro = 登记你的商店、餐厅或场所，让外国游客能找到你。每条商户信息上线前都会由指南的审核编辑审核。
console-field-display-name = 你的姓名或商户名称（选填）
console-field-password-new = 密码
console-field-password-hint = 至少 { $min } 个字符。几个互不相关的词既好记又难猜。
console-sign-up-submit = 创建账号
console-sign-up-have-account = 已经注册过？
console-sign-up-sign-in = 登录
console-sign-up-limited = 此网络创建的账号过多。请在 { $minutes } 分钟后再试。
console-form-has-errors = 请修改下方标出的字段。
console-error-email-taken = 该电子邮箱已注册过账号，请直接登录。

## 商户信息列表

console-listings-title = 我的商户信息
console-listings-intro = 每条商户信息都会显示当前状态：只有你能看到的草稿、等待审核、已在指南上线，或未通过（附审核理由）。
console-listings-empty = 你还没有任何商户信息。
console-listings-older = 更早的商户信息
console-status-label = 状态
console-status-draft = 草稿
console-status-pending = 等待审核
console-status-live = 已上线
console-status-live-pending = 已上线；你的修改正在等待审核
console-status-rejected = 未通过
console-status-live-rejected = 已上线；你的修改未通过
console-reason = 审核理由：
console-reason-note = 审核备注：
console-updated = 最后修改
console-unnamed = （尚未命名）

## 工作人员主页

console-staff-title = 工作人员主页
console-staff-intro = 你当前的身份是{ $role }。
console-staff-queue = 等待审核
console-staff-queue-empty = 目前没有等待审核的内容。
console-staff-queue-count = 有 { $count } 条提交正在等待审核。
console-staff-queue-more = 还有更多提交在等待；以下是最早的 { $shown } 条。
console-staff-submitted = 提交时间

## 问题页面

console-problem-code = 错误 { $status }
console-problem-home = 返回后台首页
console-problem-not-found-title = 找不到页面
console-problem-not-found-detail = 此地址没有页面。请检查链接，或从后台首页重新开始。
console-problem-forbidden-title = 无权访问
console-problem-forbidden-detail = 你的账号（{ $role }）无法打开此页面。
console-problem-visitor-detail = 后台供商户和旅游工作人员使用。你的账号是游客账号，请改用 Canton Guide 应用。
console-problem-csrf-title = 此表单已失效
console-problem-csrf-detail = 此表单不是从打开的后台页面发送的，或已过期。请返回、刷新页面后重新提交。
console-problem-bad-request-title = 无法理解该请求
console-problem-bad-request-detail = 地址或表单中有内容无法识别。请返回后重试。
console-problem-bad-language-title = 不支持该语言
console-problem-bad-language-detail = “{ $value }”不是后台支持的语言。请从以下语言中选择：
console-problem-bad-cursor-detail = 此分页链接无效。请从商户信息的第一页重新开始。
console-problem-too-large-detail = 表单超过了后台可接受的 { $max } 字节。
console-problem-internal-title = 我们这边出了问题
console-problem-internal-detail = 页面无法显示。请稍后再试。
