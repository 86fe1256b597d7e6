# Canton Guide — Vietnamese messages (translated from the English reference,
# locales/en/main.ftl: this file must have exactly its keys; a test enforces it).
#
# Shared by guide-server (problem+json titles and details, labels in responses) and
# guide-core (the app's view models). Variables are written { $name }.

## Problem titles and details (RFC 9457 problem+json)

error-not-found-title = Không tìm thấy
error-not-found-detail = Không tìm thấy { $what } “{ $id }”.
error-route-not-found-detail = Không có điểm cuối API nào tại { $path }. Xem danh sách điểm cuối tại /docs.
error-validation-title = Một số dữ liệu nhập không hợp lệ
error-validation-detail = Hãy kiểm tra các trường được liệt kê trong “errors”; mỗi trường đều cho biết giá trị nào được chấp nhận.
error-bad-request-title = Yêu cầu không hợp lệ
error-method-not-allowed-title = Phương thức không được phép
error-method-not-allowed-detail = Điểm cuối này không chấp nhận phương thức HTTP đó.
error-payload-too-large-title = Nội dung yêu cầu quá lớn
error-payload-too-large-detail = Nội dung yêu cầu tối đa là { $max } byte.
error-unsupported-media-type-title = Kiểu nội dung không được hỗ trợ
error-unsupported-media-type-detail = Hãy gửi nội dung dưới dạng JSON với “Content-Type: application/json”.
error-not-acceptable-title = Không có định dạng phản hồi phù hợp
error-unauthorized-title = Cần đăng nhập
error-unauthorized-detail = Hãy đăng nhập lại: mã truy cập bị thiếu, đã hết hạn hoặc không hợp lệ.
error-forbidden-title = Không được phép
error-forbidden-detail = Tài khoản của bạn không được phép thực hiện thao tác này.
error-conflict-title = Xung đột
error-precondition-failed-title = Đã bị người khác thay đổi
error-precondition-failed-detail = Mục này đã thay đổi kể từ khi bạn tải. Hãy tải lại, áp dụng lại chỉnh sửa của bạn rồi lưu lại; không có gì bị ghi đè.
error-precondition-required-detail = Hãy gửi ETag của mục trong tiêu đề “If-Match” để không ghi đè chỉnh sửa của người khác.
error-too-many-requests-title = Quá nhiều yêu cầu
error-too-many-requests-detail = Vui lòng đợi { $seconds } giây rồi thử lại.
error-unavailable-title = Dịch vụ tạm thời không khả dụng
error-unavailable-detail = Hiện không thể kết nối với cơ sở dữ liệu. Vui lòng thử lại sau giây lát.
error-overloaded-detail = Máy chủ đang quá tải. Vui lòng đợi { $seconds } giây rồi thử lại.
error-uri-too-long-title = Địa chỉ yêu cầu quá dài
error-uri-too-long-detail = Đường dẫn và tham số của một yêu cầu dài tối đa { $max } byte.
error-host-required-detail = Yêu cầu HTTP/1.1 phải có tiêu đề Host.
error-last-admin-detail = Luôn phải có ít nhất một quản trị viên: hãy đặt người khác làm quản trị viên trước.
error-internal-title = Đã xảy ra lỗi từ phía chúng tôi
error-internal-detail = Sự cố đã được ghi lại. Vui lòng thử lại sau.

## Field-level validation messages (the “errors” array)

field-invalid-coordinates = Cần có dạng “LAT,LNG” theo độ thập phân, vĩ độ −90…90 và kinh độ −180…180, ví dụ “23.1291,113.2644”.
field-out-of-range = Cần một số nguyên từ { $min } đến { $max }.
field-invalid-number = Cần một số.
field-invalid-choice = Không chấp nhận “{ $value }” ở đây. Các giá trị được chấp nhận: { $accepted }.
field-invalid-boolean = Cần “true” hoặc “false”.
field-invalid-tax-refund = Cần “true” (mọi cửa hàng có hoàn thuế) hoặc “instant” (hoàn thuế ngay tại cửa hàng).
field-invalid-time = Cần ngày và giờ kèm độ lệch múi giờ, ví dụ “2026-12-01T19:30:00+08:00”.
field-invalid-date = Cần một ngày, ví dụ “2026-12-01”.
field-invalid-cursor = Con trỏ này không hợp lệ hoặc đã hết hạn; hãy yêu cầu lại trang đầu tiên mà không có “cursor”.
field-too-long = Tối đa { $max } ký tự.
field-requires-near = Chỉ được dùng cùng với “near”.
field-unknown-parameter = Tham số không xác định. Các tham số được chấp nhận: { $accepted }.
field-invalid-json = Nội dung không phải JSON hợp lệ cho điểm cuối này: { $reason }
field-required = Trường này là bắt buộc.
field-invalid-range = “from” không được muộn hơn “to”.

## Place kinds

kind-shop = Cửa hàng
kind-mall = Trung tâm thương mại
kind-flagship_store = Cửa hàng flagship
kind-restaurant = Nhà hàng
kind-food_street = Phố ẩm thực
kind-duty_free_shop = Cửa hàng miễn thuế
kind-tax_refund_point = Điểm hoàn thuế
kind-night_scene = Cảnh đêm
kind-attraction = Điểm tham quan
kind-market = Chợ chuyên doanh
kind-transport_hub = Đầu mối giao thông

## Payment methods

pay-foreign_card_pos = Thẻ ngân hàng nước ngoài (máy POS)
pay-alipay_foreign_card = Alipay liên kết thẻ nước ngoài
pay-wechat_foreign_card = WeChat Pay liên kết thẻ nước ngoài
pay-foreign_wallets = Ví điện tử nước ngoài (AlipayHK, Kakao Pay, Touch ’n Go…)
pay-unionpay = UnionPay
pay-cash = Tiền mặt (nhân dân tệ)

## Foreigner-friendliness

friendly-english_menu = Thực đơn tiếng Anh
friendly-picture_menu = Thực đơn có hình ảnh
friendly-order_without_wechat = Gọi món không cần WeChat
friendly-halal = Halal
friendly-vegetarian = Có món chay
friendly-wheelchair = Phù hợp cho xe lăn
friendly-staff_languages = Nhân viên nói: { $languages }

## Badges and notices

badge-open-now = Đang mở cửa
badge-closed-now = Đang đóng cửa
badge-hours-unknown = Chưa rõ giờ mở cửa
hours-closed-day = Đóng cửa
hours-unknown-span = chưa rõ
badge-foreign-card = Nhận thẻ nước ngoài
badge-tax-refund = Hoàn thuế
badge-instant-refund = Hoàn thuế ngay
badge-duty-free = Miễn thuế
badge-night = Cuộc sống về đêm
notice-verify-before-travel = Hãy kiểm tra trước khi đi
notice-not-yet-verified = Chưa được xác minh
notice-approximate-location = Vị trí gần đúng
notice-translation-fallback = Chưa được dịch sang ngôn ngữ của bạn; đang hiển thị bằng { $language }.
opens-at = Mở cửa lúc { $time }
closes-at = Đóng cửa lúc { $time }

## Driver card (shown to taxi drivers)

driver-card-title = Hãy đưa màn hình này cho tài xế
driver-card-request = 请带我去这里 (Vui lòng đưa tôi đến đây)

## Districts of Guangzhou

district-yuexiu = Việt Tú
district-liwan = Lệ Loan
district-haizhu = Hải Châu
district-tianhe = Thiên Hà
district-baiyun = Bạch Vân
district-huangpu = Hoàng Phố
district-panyu = Phiên Ngung
district-huadu = Hoa Đô
district-nansha = Nam Sa
district-conghua = Tùng Hóa
district-zengcheng = Tăng Thành

## Commercial zones (the "5+2+4" plan)

zone-tier-world_class = Khu thương mại đẳng cấp thế giới
zone-tier-lingnan = Khu thương mại di sản Lĩnh Nam
zone-tier-transport_hub = Khu thương mại gắn với đầu mối giao thông

## Getting around

mode-walk = Đi bộ
mode-metro = Tàu điện ngầm
mode-taxi = Taxi
mode-bus = Xe buýt
mode-ferry = Phà
minutes = { $count ->
   *[other] { $count } phút
}
distance-m = { $meters } m
distance-km = { $km } km

## Events

event-kind-fair = Hội chợ thương mại
event-kind-festival = Lễ hội
event-kind-exhibition = Triển lãm
event-kind-sport = Thể thao
event-kind-holiday = Ngày lễ
notice-dates-unconfirmed = Chưa xác nhận ngày

## Accounts, merchant listings and staff review
error-precondition-required-title = Cần If-Match
error-invalid-credentials-detail = Email hoặc mật khẩu không đúng.
error-email-taken-detail = Đã có tài khoản dùng email này. Hãy đăng nhập hoặc dùng địa chỉ khác.
error-conflict-state-detail = Không thể thực hiện khi mục đang ở trạng thái “{ $state }”.
error-limit-reached-detail = Bạn đã đạt giới hạn { $max } mục đã lưu. Hãy xóa bớt rồi thử lại.
error-slug-taken-detail = Mã định danh “{ $slug }” đã được dùng. Hãy chọn mã khác.
field-password-too-short = Hãy dùng ít nhất { $min } ký tự. Vài từ không liên quan đến nhau tạo thành một mật khẩu tốt và dễ nhớ.
field-password-too-common = Mật khẩu này quá phổ biến hoặc quá đơn giản. Hãy thử vài từ không liên quan đến nhau.
field-password-contains-email = Mật khẩu không được chứa email của bạn.
field-invalid-email = Cần một địa chỉ email như “name@example.com”.
field-outside-guangzhou = Điểm này nằm ngoài Quảng Châu. Vĩ độ phải từ 22.5 đến 23.95 và kinh độ từ 112.95 đến 114.05 (WGS-84).
field-invalid-opening-hours = Giờ mở cửa OpenStreetMap không hợp lệ: { $reason }
field-missing-translation = Cần có bản dịch “{ $locale }”.
field-unpublished-place = “{ $place }” không phải là địa điểm đã công bố.
field-not-on-last-stop = Điểm dừng cuối không có điểm tiếp theo: hãy bỏ “to_next”.
field-ends-before-start = Thời điểm kết thúc phải sau thời điểm bắt đầu.
field-unknown-reference = “{ $value }” không tồn tại.
field-invalid-slug = Hãy dùng chữ ASCII thường, chữ số và “-” (tối đa 100 ký tự).
field-invalid-url = Hãy nhập địa chỉ một trang web ai cũng mở được, bắt đầu bằng https:// (tối đa 2000 ký tự).
review-reason-incomplete = Còn thiếu một số thông tin bắt buộc. Vui lòng hoàn thiện hồ sơ.
review-reason-inaccurate = Một số thông tin không thể xác nhận hoặc có vẻ sai. Vui lòng kiểm tra lại.
review-reason-duplicate = Địa điểm này đã có trong cẩm nang.
review-reason-not_eligible = Địa điểm này không phù hợp với cẩm nang dành cho du khách nước ngoài tại Quảng Châu.
review-reason-inappropriate = Hồ sơ có văn bản hoặc hình ảnh không thể công bố.
field-nul-character = Văn bản không được chứa ký tự NUL (%00).
review-reason-other = Xem ghi chú của người duyệt.

## Public place and route pages (/p/…, /r/…)
page-hours = Giờ mở cửa
page-payments = Cách thanh toán
page-maps = Mở trong ứng dụng bản đồ
page-sources = Nguồn
page-stops = Điểm dừng
page-not-found = Địa điểm hoặc lộ trình này không có trong cẩm nang hoặc không còn được đăng.
