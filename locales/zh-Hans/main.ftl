# Canton Guide — Simplified Chinese messages (translated from the English reference,
# locales/en/main.ftl: this file must have exactly its keys; a test enforces it).
#
# Shared by guide-server (problem+json titles and details, labels in responses) and
# guide-core (the app's view models). Variables are written { $name }.

## Problem titles and details (RFC 9457 problem+json)

error-not-found-title = 未找到
error-not-found-detail = 不存在名为“{ $id }”的{ $what }。
error-route-not-found-detail = { $path } 处没有 API 端点。端点列表请参见 /docs。
error-validation-title = 部分输入无效
error-validation-detail = 请检查“errors”中列出的字段；每一项都说明了可接受的值。
error-bad-request-title = 请求有误
error-method-not-allowed-title = 不允许使用该方法
error-method-not-allowed-detail = 此端点不接受该 HTTP 方法。
error-payload-too-large-title = 请求正文过大
error-payload-too-large-detail = 请求正文最多为 { $max } 字节。
error-unsupported-media-type-title = 不支持的媒体类型
error-unsupported-media-type-detail = 请以 JSON 格式发送请求正文，并使用“Content-Type: application/json”。
error-not-acceptable-title = 无法提供可接受的响应格式
error-unauthorized-title = 需要登录
error-unauthorized-detail = 请重新登录：访问令牌缺失、已过期或无效。
error-forbidden-title = 不允许此操作
error-forbidden-detail = 您的账户无权执行此操作。
error-conflict-title = 冲突
error-precondition-failed-title = 已被他人修改
error-precondition-failed-detail = 此条目在您加载后已被更改。请重新加载，再次进行修改后重新保存；没有任何内容被覆盖。
error-precondition-required-detail = 请在“If-Match”请求头中发送该条目的 ETag，以免覆盖他人的修改。
error-too-many-requests-title = 请求过于频繁
error-too-many-requests-detail = 请等待 { $seconds } 秒后重试。
error-unavailable-title = 服务暂时不可用
error-unavailable-detail = 目前无法连接数据库，请稍后再试。
error-overloaded-detail = 服务器繁忙。请等待 { $seconds } 秒后重试。
error-uri-too-long-title = 请求地址过长
error-uri-too-long-detail = 请求的路径和查询参数最多 { $max } 字节。
error-host-required-detail = HTTP/1.1 请求必须包含 Host 请求头。
error-last-admin-detail = 系统中必须始终至少有一名管理员：请先将其他人设为管理员。
error-internal-title = 我们这边出了点问题
error-internal-detail = 该问题已记录，请稍后再试。

## Field-level validation messages (the “errors” array)

field-invalid-coordinates = 应为十进制度数格式的“LAT,LNG”，纬度 −90…90，经度 −180…180，例如“23.1291,113.2644”。
field-out-of-range = 应为 { $min } 到 { $max } 之间的整数。
field-invalid-number = 应为数字。
field-invalid-choice = 此处不接受“{ $value }”。可接受的值：{ $accepted }。
field-invalid-boolean = 应为“true”或“false”。
field-invalid-tax-refund = 应为“true”（任何可退税商店）或“instant”（店内即买即退）。
field-invalid-time = 应为带时区偏移的日期时间，例如“2026-12-01T19:30:00+08:00”。
field-invalid-date = 应为日期，例如“2026-12-01”。
field-invalid-cursor = 此游标无效或已过期；请不带“cursor”重新请求第一页。
field-too-long = 最多 { $max } 个字符。
field-requires-near = 只能与“near”一起使用。
field-unknown-parameter = 未知参数。可接受的参数：{ $accepted }。
field-invalid-json = 请求正文不是此端点可接受的有效 JSON：{ $reason }
field-required = 此字段为必填项。
field-invalid-range = “from”不得晚于“to”。

## Place kinds

kind-shop = 商店
kind-mall = 购物中心
kind-flagship_store = 旗舰店
kind-restaurant = 餐厅
kind-food_street = 美食街
kind-duty_free_shop = 免税店
kind-tax_refund_point = 退税点
kind-night_scene = 夜景
kind-attraction = 景点
kind-market = 专业市场
kind-transport_hub = 交通枢纽

## Payment methods

pay-foreign_card_pos = 境外银行卡（刷卡机）
pay-alipay_foreign_card = 支付宝（绑定境外银行卡）
pay-wechat_foreign_card = 微信支付（绑定境外银行卡）
pay-foreign_wallets = 境外电子钱包（AlipayHK、Kakao Pay、Touch ’n Go…）
pay-unionpay = 银联
pay-cash = 现金（人民币）

## Foreigner-friendliness

friendly-english_menu = 英文菜单
friendly-picture_menu = 图片菜单
friendly-order_without_wechat = 无需微信即可点餐
friendly-halal = 清真
friendly-vegetarian = 提供素食
friendly-wheelchair = 轮椅无障碍
friendly-staff_languages = 店员会说：{ $languages }

## Badges and notices

badge-open-now = 营业中
badge-closed-now = 休息中
badge-hours-unknown = 营业时间未知
hours-closed-day = 休息
hours-unknown-span = 未知
badge-foreign-card = 可用境外银行卡
badge-tax-refund = 可退税
badge-instant-refund = 即买即退
badge-duty-free = 免税
badge-night = 夜生活
notice-verify-before-travel = 出行前请核实
notice-not-yet-verified = 尚未核实
notice-approximate-location = 大致位置
notice-translation-fallback = 尚未翻译成您的语言，现以 { $language } 显示。
opens-at = { $time } 开始营业
closes-at = { $time } 结束营业

## Driver card (shown to taxi drivers)

driver-card-title = 请把此页出示给司机
driver-card-request = 请带我去这里

## Districts of Guangzhou

district-yuexiu = 越秀区
district-liwan = 荔湾区
district-haizhu = 海珠区
district-tianhe = 天河区
district-baiyun = 白云区
district-huangpu = 黄埔区
district-panyu = 番禺区
district-huadu = 花都区
district-nansha = 南沙区
district-conghua = 从化区
district-zengcheng = 增城区

## Commercial zones (the "5+2+4" plan)

zone-tier-world_class = 世界级商圈
zone-tier-lingnan = 岭南特色商圈
zone-tier-transport_hub = 枢纽型商圈

## Getting around

mode-walk = 步行
mode-metro = 地铁
mode-taxi = 出租车
mode-bus = 公交
mode-ferry = 轮渡
minutes = { $count ->
   *[other] { $count } 分钟
}
distance-m = { $meters } 米
distance-km = { $km } 公里

## Events

event-kind-fair = 交易会
event-kind-festival = 节庆活动
event-kind-exhibition = 展览
event-kind-sport = 体育赛事
event-kind-holiday = 法定节假日
notice-dates-unconfirmed = 日期尚未确定

## Accounts, merchant listings and staff review
error-precondition-required-title = 需要 If-Match
error-invalid-credentials-detail = 电子邮件地址或密码错误。
error-email-taken-detail = 使用此电子邮件地址的账户已存在。请直接登录，或使用其他地址。
error-conflict-state-detail = 条目处于“{ $state }”状态时无法执行此操作。
error-limit-reached-detail = 您已达到 { $max } 个已保存条目的上限。请删除一些后重试。
error-slug-taken-detail = 标识“{ $slug }”已被使用，请另选一个。
field-password-too-short = 请至少使用 { $min } 个字符。几个互不相关的词就能组成好记又安全的密码。
field-password-too-common = 此密码过于常见或过于简单。请改用几个互不相关的词。
field-password-contains-email = 密码中不能包含您的电子邮件地址。
field-invalid-email = 请输入电子邮件地址，例如“name@example.com”。
field-outside-guangzhou = 该位置不在广州范围内。纬度应在 22.5 至 23.95 之间，经度应在 112.95 至 114.05 之间（WGS-84）。
field-invalid-opening-hours = 不是有效的 OpenStreetMap 营业时间：{ $reason }
field-missing-translation = 必须提供“{ $locale }”译文。
field-unpublished-place = “{ $place }”不是已发布的地点。
field-not-on-last-stop = 最后一站没有下一站：请不要填写“to_next”。
field-ends-before-start = 结束时间必须晚于开始时间。
field-unknown-reference = “{ $value }”不存在。
field-invalid-slug = 请使用小写 ASCII 字母、数字和“-”（最多 100 个字符）。
field-invalid-url = 请填写任何人都能打开的网页地址，以 https:// 开头（最多 2000 个字符）。
review-reason-incomplete = 缺少部分必填信息，请补全商户信息。
review-reason-inaccurate = 部分信息无法核实或似乎有误，请检查。
review-reason-duplicate = 该地点已收录在指南中。
review-reason-not_eligible = 该地点不符合面向广州外国游客的指南定位。
review-reason-inappropriate = 商户信息包含无法发布的文字或图片。
field-nul-character = 文本中不能包含 NUL 字符（%00）。
review-reason-other = 请查看审核员的备注。

## Public place and route pages (/p/…, /r/…)
page-hours = 营业时间
page-payments = 支付方式
page-maps = 在地图应用中打开
page-sources = 信息来源
page-stops = 站点
page-not-found = 指南中没有这个地点或路线，或已不再发布。
