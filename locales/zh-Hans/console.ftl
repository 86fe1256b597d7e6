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

## 商户信息表单（商户）
console-nav-new-listing = 新建商户信息
console-listing-new-title = 新建商户信息
console-listing-edit-title = 编辑商户信息
console-listing-created = 草稿已创建。在你提交并经审核编辑通过之前，只有你能看到它。
console-listing-saved = 已保存。草稿仍然只有你能看到。
console-listing-saved-live = 已保存。你的修改正在等待审核；在此之前，指南上仍显示已上线的版本。
console-listing-submitted = 已提交审核。审核结果将显示在这里。
console-listing-errors = { $count ->
   *[other] 商户信息未保存：有 { $count } 个字段需要修改。
}
console-listing-stale = 你打开这条商户信息后，它在另一个标签页或窗口中被保存过。你的修改仍保留在下方表单中；再次保存将覆盖另一个版本。
console-listing-stale-submit = 你打开这条商户信息后，它已被修改。请核对下方的版本，然后重新提交。
console-listing-status = 当前状态
console-listing-view-public = 打开公开页面
console-submit = 提交审核
console-submit-hint = 商户信息在指南上显示之前，会由审核编辑审核。
console-save = 保存
console-section-basics = 基本信息
console-field-kind = 场所类型
console-field-district = 区
console-field-name-zh = 中文名称
console-field-name-zh-hint = 与招牌上一致：出租车司机和路人会看这个名称。
console-field-address-zh = 中文地址
console-field-phone = 电话
console-section-location = 位置
console-field-map-link = 地图分享链接
console-field-map-link-hint = 粘贴高德地图（Amap）、Apple Maps 或 Google Maps 的链接，它会替换下方的坐标。高德地图使用中国的 GCJ-02 坐标，系统会将其转换为 WGS-84。
console-field-lat = 纬度（WGS-84）
console-field-lng = 经度（WGS-84）
console-field-location-needed = 请输入纬度和经度（例如 23.1291 和 113.2644），或粘贴地图分享链接。
console-map-link-not-a-link = 请粘贴以 https:// 开头的网址。
console-map-link-unknown = 这不是高德地图（Amap）、Apple Maps 或 Google Maps 的链接。
console-map-link-short = 短链接不含坐标。请在浏览器中打开该链接，再从地址栏复制完整网址。
console-map-link-no-coordinates = 此链接指向的是地点名称或搜索，而不是一个具体的点。请改为分享在地图上放置的图钉，或直接输入坐标。
console-section-hours = 营业时间
console-field-hours = 营业时间（OpenStreetMap 语法）
console-field-hours-hint = 例如“Mo-Fr 10:00-22:00; Sa-Su 10:00-23:00; PH off”（PH：法定节假日）。
console-hours-preview = 未来七天游客将看到的营业时间
console-hours-closed = 休息
console-hours-unknown = 未知
console-section-payments = 游客的付款方式
console-section-friendliness = 面向外国游客
console-friendly-unsaid = 未说明
console-friendly-yes = 是
console-friendly-no = 否
console-field-staff-languages = 员工会说的语言
console-field-staff-languages-hint = 语言代码，用英文逗号分隔，例如 en, ja, yue。
console-section-refund = 退税
console-field-refund-store = 已备案的离境退税商店
console-field-refund-instant = 可当场退税（即买即退）
console-section-more = 更多场所信息
console-field-night = 晚间营业（夜间经济）
console-field-interests = 适合
console-interest-food = 美食
console-interest-shopping = 购物
console-interest-night = 夜生活
console-interest-heritage = 历史遗产
console-interest-culture = 文化
console-interest-nature = 自然
console-interest-family = 亲子家庭
console-field-tags = 标签
console-field-tags-hint = 用逗号分隔。
console-field-visit-minutes = 一般游览时长（分钟）
console-section-texts = 给游客看的文字（按语言）
console-texts-hint = 英文为必填。请添加你能写好的语言；缺少某种语言时，游客会看到英文。
console-field-name = 名称
console-field-summary = 简介
console-field-address = 地址

## 审核（审核编辑和管理员）
console-nav-review = 审核队列
console-review-title = 审核队列
console-review-intro = 商户的提交，按时间从早到晚排列。打开一条，与已上线的内容对比，然后通过或驳回。
console-review-more = 更多提交
console-review-merchant = 商户：
console-review-kind-new = 新商户信息
console-review-kind-edit = 修改已上线的商户信息
console-review-one-title = 审核提交
console-review-changes = 修改内容
console-review-field = 字段
console-review-live = 当前上线内容
console-review-proposed = 提交的内容
console-review-no-changes = 没有字段与已上线版本不同。
console-review-empty-value = —
console-review-approve-heading = 通过
console-review-approve-hint = 提交的版本会立即在指南上线。
console-review-approve = 通过并发布
console-review-reject-heading = 驳回
console-review-reason = 理由
console-review-reason-choose = 请选择理由
console-review-note = 给商户的备注（选填）
console-review-note-hint = 按你写的原样显示；理由本身会以商户的语言显示。
console-review-reject = 驳回
console-review-reject-fix = 驳回前请先选择理由。
console-review-approved = 已通过：商户信息已上线。
console-review-rejected = 已驳回：商户会看到以其语言显示的理由。
console-review-gone = 这条提交已由其他人处理，或在你打开后被修改过。以下是当前的审核队列。

## 审计日志、账户与主题路线（审核编辑和管理员）
console-nav-audit = 审计日志
console-audit-title = 审计日志
console-audit-intro = 工作人员和商户的每一次修改，最新的在前，附修改前后的状态。时间为广州时间。
console-audit-filters = 筛选条件
console-audit-actor = 操作人（账户 ID）
console-audit-action = 操作
console-audit-action-hint = 完全匹配，或以句点结尾的前缀，例如 route.
console-audit-target-type = 对象类型（place、route、event、alert、user）
console-audit-target-id = 对象 ID
console-audit-since = 起始
console-audit-until = 截止（不含）
console-audit-time-hint = 带时区偏移的日期和时间，例如 2026-12-01T09:00:00+08:00。
console-audit-apply = 筛选
console-audit-clear = 清除筛选
console-audit-fix = 有筛选条件无法识别，请查看旁边的提示。
console-audit-empty = 没有符合这些条件的记录。
console-audit-time = 时间
console-audit-who = 操作人
console-audit-action-column = 操作
console-audit-target = 对象
console-audit-show-change = 修改前后
console-audit-before = 修改前
console-audit-after = 修改后
console-audit-older = 更早的记录
console-nav-users = 账户
console-users-title = 账户与角色
console-users-intro = 按电子邮箱查找账户，然后修改其角色。修改从该账户的下一次请求起生效。
console-users-email = 电子邮箱
console-users-find = 查找
console-users-none = 没有使用此邮箱的账户。
console-users-since = 账户创建于
console-users-role = 角色
console-users-change = 修改角色
console-users-changed = 角色已修改，从该账户的下一次请求起生效。
console-users-fix = 角色未修改，请查看旁边的提示。
console-nav-routes = 路线
console-routes-title = 主题路线
console-routes-intro = 面向游客的步行路线和一日游，包括草稿。路线发布后才会出现在指南中。
console-routes-new = 新建路线
console-routes-empty = 还没有路线。
console-routes-stops = { $count ->
   *[other] { $count } 站
}
console-routes-updated = 最后修改
console-route-new-title = 新建路线
console-route-edit-title = 编辑路线
console-route-slug = 网址短名（slug）
console-route-slug-hint = 小写英文字母、数字和连字符，例如 lingnan-heritage-walk。
console-route-theme = 主题
console-route-stops = 站点（按游览顺序）
console-route-stops-hint = 2 至 30 个已在指南中上线的地点。添加、移动或删除站点只会改变此表单：请点击“保存”保留修改。
console-route-no-stops = 还没有站点。
console-route-stop = 第 { $number } 站
console-route-dwell = 停留时间（分钟）
console-route-leg-mode = 前往下一站的方式
console-route-leg-minutes = 到下一站所需分钟
console-route-up = 上移
console-route-down = 下移
console-route-remove = 删除
console-route-add-place = 要添加的地点
console-route-add-place-hint = 地点的短名（slug）或 ID，例如 canton-tower。
console-route-add = 添加站点
console-route-sources = 来源
console-route-sources-hint = 每行一个网址：路线所依据的网页。
console-route-unsaved = 尚未保存：请点击“保存”保留这些修改。
console-route-errors = { $count ->
   *[other] 路线未保存：有 { $count } 个字段需要修改。
}
console-route-created = 路线已创建为草稿。准备好后请发布。
console-route-saved = 路线已保存。
console-route-published = 已发布：路线已出现在指南中。
console-route-unpublished = 已撤回：路线重新成为草稿。
console-route-publish = 发布
console-route-publish-hint = 游客会立即在指南中看到这条路线。
console-route-unpublish = 撤回
console-route-unpublish-hint = 路线将从指南中移除，重新成为草稿。

## 活动和提醒（编辑和管理员）
console-nav-events = 活动
console-nav-alerts = 提醒
console-field-zones = 商圈
console-confidence-confirmed = 已确认：主办方已公布
console-confidence-inferred = 预计：根据往年推断，尚未公布
console-confidence-uncertain = 不确定：提醒游客自行核实
console-events-title = 活动
console-events-intro = 展会、节庆、展览和法定节假日，包括草稿。活动发布后才会出现在指南中。
console-events-new = 新建活动
console-events-empty = 还没有活动。
console-event-new-title = 新建活动
console-event-edit-title = 编辑活动
console-event-slug-hint = 小写英文字母、数字和连字符，例如 canton-fair-spring。
console-event-kind = 活动类型
console-event-dates = 日期
console-event-starts-on = 第一天
console-event-ends-on = 最后一天
console-event-dates-hint = 广州当地日期，包括最后一天。单日活动请填写两次同一天。
console-event-confidence = 日期有多确定？
console-event-where = 地点
console-event-place = 场馆（可选）
console-event-place-hint = 已在指南中上线的地点的短名（slug）或 ID，例如 canton-tower。全城范围的活动请留空。
console-event-sources-hint = 每行一个网址：日期所依据的网页。
console-event-errors = { $count ->
   *[other] 活动未保存：有 { $count } 个字段需要修改。
}
console-event-created = 活动已创建为草稿。准备好后请发布。
console-event-saved = 活动已保存。
console-event-published = 已发布：活动已出现在指南中。
console-event-unpublished = 已撤回：活动重新成为草稿。
console-event-publish-hint = 游客会立即在指南中看到这个活动。
console-event-unpublish-hint = 活动将从指南中移除，重新成为草稿。
console-severity-info = 提示
console-severity-warning = 注意
console-severity-severe = 严重
console-alerts-title = 提醒
console-alerts-intro = 给游客的提醒（台风、暴雨、闭馆等），包括草稿和已过期的提醒。已发布的提醒在有效期内显示在指南中。
console-alerts-new = 新建提醒
console-alerts-empty = 还没有提醒。
console-alerts-in-force = 正在生效
console-alerts-upcoming = 尚未生效
console-alerts-over = 已结束
console-alert-new-title = 新建提醒
console-alert-edit-title = 编辑提醒
console-alert-severity = 严重程度
console-alert-severity-hint = 提示：值得了解。注意：安排行程时请考虑。严重：请立即行动（台风信号、安全）。
console-alert-starts-at = 开始
console-alert-ends-at = 结束
console-alert-window-hint = 广州时间（UTC+8）。提醒从开始时间显示到结束时间。
console-alert-time-invalid = 请填写日期和时间，例如 2026-12-01 19:30（广州时间）。
console-alert-area = 适用范围
console-alert-area-hint = 勾选受影响的商圈和路线；适用于全城时不要勾选。
console-alert-title-field = 标题
console-alert-body = 详情
console-alert-errors = { $count ->
   *[other] 提醒未保存：有 { $count } 个字段需要修改。
}
console-alert-created = 提醒已创建为草稿。发布后才会显示。
console-alert-saved = 提醒已保存。
console-alert-published = 已发布：提醒在有效期内显示。
console-alert-unpublished = 已撤回：提醒重新成为草稿。
console-alert-publish-hint = 游客会在有效期内看到这条提醒。
console-alert-unpublish-hint = 提醒将不再显示，重新成为草稿。
