# Canton Guide — bảng điều khiển web cho người bán và nhân viên du lịch. Lỗi của ô nhập dùng lại thông báo API trong main.ftl.

## Khung của mọi trang

console-brand = Bảng điều khiển Canton Guide
console-skip-to-content = Chuyển đến nội dung chính
console-nav-label = Bảng điều khiển
console-nav-sign-in = Đăng nhập
console-nav-sign-up = Tạo tài khoản người bán
console-nav-listings = Danh mục của tôi
console-nav-staff = Trang nhân viên
console-signed-in-as = Đã đăng nhập với { $email }
console-sign-out = Đăng xuất
console-language = Ngôn ngữ
console-language-apply = Đổi
console-footer = Canton Guide giúp du khách nước ngoài đi lại dễ dàng ở Quảng Châu.
console-role-visitor = du khách
console-role-merchant = người bán
console-role-curator = người duyệt
console-role-admin = quản trị viên

## Đăng nhập

console-sign-in-title = Đăng nhập
console-sign-in-intro = Dành cho người bán và nhân viên du lịch của Canton Guide.
console-field-email = Địa chỉ email
console-field-password = Mật khẩu
console-sign-in-submit = Đăng nhập
console-sign-in-failed = Địa chỉ email hoặc mật khẩu không đúng.
console-sign-in-limited = Bạn đã thử đăng nhập quá nhiều lần. Vui lòng chờ { $minutes } phút rồi thử lại.
console-sign-in-no-account = Lần đầu dùng Canton Guide?
console-sign-in-create = Tạo tài khoản người bán
console-notice-signed-out = Bạn đã đăng xuất.
console-notice-session-ended = Phiên làm việc của bạn đã kết thúc. Vui lòng đăng nhập lại.
console-notice-sign-in-required = Vui lòng đăng nhập để mở trang này.

## Đăng ký

console-sign-up-title = Tạo tài khoản người bán
console-sign-up-intro = Đăng ký cửa hàng, nhà hàng hoặc địa điểm của bạn để du khách nước ngoài tìm thấy. Người duyệt của cẩm nang xem xét mọi danh mục trước khi đăng.
console-field-display-name = Tên của bạn hoặc tên doanh nghiệp (không bắt buộc)
console-field-password-new = Mật khẩu
console-field-password-hint = Ít nhất { $min } ký tự. Vài từ không liên quan đến nhau vừa dễ nhớ vừa khó đoán.
console-sign-up-submit = Tạo tài khoản
console-sign-up-have-account = Đã đăng ký?
console-sign-up-sign-in = Đăng nhập
console-sign-up-limited = Có quá nhiều tài khoản được tạo từ mạng này. Vui lòng thử lại sau { $minutes } phút.
console-form-has-errors = Vui lòng sửa các ô được đánh dấu bên dưới.
console-error-email-taken = Đã có tài khoản dùng địa chỉ email này. Hãy đăng nhập.

## Danh mục của người bán

console-listings-title = Danh mục của tôi
console-listings-intro = Mỗi danh mục cho biết trạng thái: bản nháp chỉ bạn thấy, đang chờ duyệt, đã đăng trên cẩm nang, hoặc không được chấp nhận kèm lý do của người duyệt.
console-listings-empty = Bạn chưa có danh mục nào.
console-listings-older = Danh mục cũ hơn
console-status-label = Trạng thái
console-status-draft = Bản nháp
console-status-pending = Đang chờ duyệt
console-status-live = Đã đăng
console-status-live-pending = Đã đăng; thay đổi của bạn đang chờ duyệt
console-status-rejected = Không được chấp nhận
console-status-live-rejected = Đã đăng; thay đổi của bạn không được chấp nhận
console-reason = Lý do của người duyệt:
console-reason-note = Ghi chú của người duyệt:
console-updated = Thay đổi lần cuối
console-unnamed = (chưa có tên)

## Trang nhân viên

console-staff-title = Trang nhân viên
console-staff-intro = Bạn đang đăng nhập với vai trò { $role }.
console-staff-queue = Đang chờ duyệt
console-staff-queue-empty = Không có gì đang chờ duyệt.
console-staff-queue-count = Có { $count } bài gửi đang chờ duyệt.
console-staff-queue-more = Còn nhiều bài gửi khác đang chờ; đây là { $shown } bài cũ nhất.
console-staff-submitted = Gửi lúc

## Trang lỗi

console-problem-code = Lỗi { $status }
console-problem-home = Về trang chủ bảng điều khiển
console-problem-not-found-title = Không tìm thấy trang
console-problem-not-found-detail = Không có trang nào ở địa chỉ này. Hãy kiểm tra đường dẫn, hoặc bắt đầu lại từ trang chủ bảng điều khiển.
console-problem-forbidden-title = Không được phép
console-problem-forbidden-detail = Tài khoản của bạn ({ $role }) không mở được trang này.
console-problem-visitor-detail = Bảng điều khiển dành cho người bán và nhân viên du lịch. Tài khoản của bạn là tài khoản du khách: hãy dùng ứng dụng Canton Guide.
console-problem-csrf-title = Biểu mẫu này đã hết hạn
console-problem-csrf-detail = Biểu mẫu không được gửi từ một trang đang mở của bảng điều khiển, hoặc đã quá cũ. Hãy quay lại, tải lại trang và gửi lần nữa.
console-problem-bad-request-title = Không hiểu được yêu cầu
console-problem-bad-request-detail = Có nội dung trong địa chỉ hoặc biểu mẫu không hiểu được. Hãy quay lại và thử lần nữa.
console-problem-bad-language-title = Không có ngôn ngữ này
console-problem-bad-language-detail = “{ $value }” không phải là ngôn ngữ của bảng điều khiển. Hãy chọn một trong các ngôn ngữ sau:
console-problem-bad-cursor-detail = Đường dẫn trang này không hợp lệ. Hãy bắt đầu lại từ trang đầu tiên của danh mục.
console-problem-too-large-detail = Biểu mẫu lớn hơn { $max } byte mà bảng điều khiển chấp nhận.
console-problem-internal-title = Đã xảy ra sự cố phía chúng tôi
console-problem-internal-detail = Không hiển thị được trang. Vui lòng thử lại sau giây lát.

## Biểu mẫu danh mục (người bán)
console-nav-new-listing = Danh mục mới
console-listing-new-title = Danh mục mới
console-listing-edit-title = Sửa danh mục
console-listing-created = Đã tạo bản nháp. Chỉ bạn thấy bản nháp này cho đến khi bạn gửi và người duyệt chấp thuận.
console-listing-saved = Đã lưu. Bản nháp vẫn chỉ mình bạn thấy.
console-listing-saved-live = Đã lưu. Thay đổi của bạn đang chờ duyệt; cho đến lúc đó, phiên bản đã đăng vẫn hiển thị trên cẩm nang.
console-listing-submitted = Đã gửi để duyệt. Kết quả sẽ hiển thị ở đây.
console-listing-errors = { $count ->
   *[other] Chưa lưu được danh mục: có { $count } ô cần sửa.
}
console-listing-stale = Danh mục này đã được lưu ở một thẻ hoặc cửa sổ khác sau khi bạn mở nó. Các thay đổi của bạn vẫn còn trong biểu mẫu bên dưới; nếu lưu lại, phiên bản kia sẽ bị thay thế.
console-listing-stale-submit = Danh mục này đã thay đổi sau khi bạn mở nó. Hãy kiểm tra phiên bản bên dưới rồi gửi lại.
console-listing-status = Trạng thái hiện tại
console-listing-view-public = Mở trang công khai
console-submit = Gửi để duyệt
console-submit-hint = Người duyệt sẽ kiểm tra danh mục trước khi nó xuất hiện trên cẩm nang.
console-save = Lưu
console-section-basics = Thông tin cơ bản
console-field-kind = Loại địa điểm
console-field-district = Quận
console-field-name-zh = Tên tiếng Trung
console-field-name-zh-hint = Ghi như trên biển hiệu: tài xế taxi và người qua đường sẽ đọc tên này.
console-field-address-zh = Địa chỉ tiếng Trung
console-field-phone = Điện thoại
console-section-location = Vị trí
console-field-map-link = Đường dẫn chia sẻ bản đồ
console-field-map-link-hint = Dán đường dẫn từ Amap, Apple Maps hoặc Google Maps; đường dẫn này sẽ thay cho tọa độ bên dưới. Amap dùng tọa độ GCJ-02 của Trung Quốc; tọa độ sẽ được chuyển sang WGS-84.
console-field-lat = Vĩ độ (WGS-84)
console-field-lng = Kinh độ (WGS-84)
console-field-location-needed = Hãy nhập vĩ độ và kinh độ, ví dụ 23.1291 và 113.2644, hoặc dán đường dẫn chia sẻ bản đồ.
console-map-link-not-a-link = Hãy dán một địa chỉ web bắt đầu bằng https://.
console-map-link-unknown = Đây không phải là đường dẫn của Amap, Apple Maps hay Google Maps.
console-map-link-short = Đường dẫn rút gọn không chứa tọa độ. Hãy mở đường dẫn trong trình duyệt, rồi sao chép địa chỉ đầy đủ trên thanh địa chỉ.
console-map-link-no-coordinates = Đường dẫn này chỉ đến tên một địa điểm hoặc một lượt tìm kiếm, không phải một điểm. Hãy chia sẻ một ghim đã thả trên bản đồ, hoặc nhập tọa độ.
console-section-hours = Giờ mở cửa
console-field-hours = Giờ mở cửa (cú pháp OpenStreetMap)
console-field-hours-hint = Ví dụ “Mo-Fr 10:00-22:00; Sa-Su 10:00-23:00; PH off” (PH: ngày lễ).
console-hours-preview = Bảy ngày tới, như du khách sẽ thấy
console-hours-closed = Đóng cửa
console-hours-unknown = chưa rõ
console-section-payments = Cách du khách thanh toán
console-section-friendliness = Dành cho du khách nước ngoài
console-friendly-unsaid = Không nêu
console-friendly-yes = Có
console-friendly-no = Không
console-field-staff-languages = Ngôn ngữ nhân viên nói được
console-field-staff-languages-hint = Mã ngôn ngữ cách nhau bằng dấu phẩy, ví dụ en, ja, yue.
console-section-refund = Hoàn thuế
console-field-refund-store = Cửa hàng đã đăng ký hoàn thuế khi xuất cảnh
console-field-refund-instant = Hoàn thuế ngay tại chỗ (hoàn thuế tức thì)
console-section-more = Thêm về địa điểm
console-field-night = Mở cửa buổi tối (kinh tế ban đêm)
console-field-interests = Phù hợp cho
console-interest-food = Ẩm thực
console-interest-shopping = Mua sắm
console-interest-night = Vui chơi về đêm
console-interest-heritage = Di sản
console-interest-culture = Văn hóa
console-interest-nature = Thiên nhiên
console-interest-family = Gia đình
console-field-tags = Thẻ
console-field-tags-hint = Cách nhau bằng dấu phẩy.
console-field-visit-minutes = Thời gian tham quan thông thường, tính bằng phút
console-section-texts = Nội dung cho du khách, theo ngôn ngữ
console-texts-hint = Bắt buộc có tiếng Anh. Hãy thêm những ngôn ngữ bạn viết tốt; nếu thiếu một ngôn ngữ, du khách sẽ thấy tiếng Anh.
console-field-name = Tên
console-field-summary = Tóm tắt
console-field-address = Địa chỉ

## Duyệt (người duyệt và quản trị viên)
console-nav-review = Hàng chờ duyệt
console-review-title = Hàng chờ duyệt
console-review-intro = Bài gửi của người bán, cũ nhất trước. Mở một bài để so sánh với bản đang đăng, rồi chấp thuận hoặc từ chối.
console-review-more = Thêm bài gửi
console-review-merchant = Người bán:
console-review-kind-new = Danh mục mới
console-review-kind-edit = Thay đổi một danh mục đã đăng
console-review-one-title = Duyệt bài gửi
console-review-changes = Những gì thay đổi
console-review-field = Ô thông tin
console-review-live = Đang đăng
console-review-proposed = Đề xuất
console-review-no-changes = Không có ô nào khác với phiên bản đã đăng.
console-review-empty-value = —
console-review-approve-heading = Chấp thuận
console-review-approve-hint = Phiên bản đề xuất sẽ được đăng lên cẩm nang ngay lập tức.
console-review-approve = Chấp thuận và đăng
console-review-reject-heading = Từ chối
console-review-reason = Lý do
console-review-reason-choose = Chọn lý do
console-review-note = Ghi chú cho người bán (không bắt buộc)
console-review-note-hint = Hiển thị đúng như bạn viết; còn lý do sẽ hiển thị bằng ngôn ngữ của người bán.
console-review-reject = Từ chối
console-review-reject-fix = Hãy chọn lý do trước khi từ chối.
console-review-approved = Đã chấp thuận: danh mục đã được đăng.
console-review-rejected = Đã từ chối: người bán sẽ thấy lý do bằng ngôn ngữ của họ.
console-review-gone = Bài gửi đó đã được người khác quyết định hoặc đã thay đổi sau khi bạn mở. Đây là hàng chờ hiện tại.

## Nhật ký kiểm tra, tài khoản và lộ trình theo chủ đề (người duyệt và quản trị viên)
console-nav-audit = Nhật ký kiểm tra
console-audit-title = Nhật ký kiểm tra
console-audit-intro = Mọi thay đổi của nhân viên và người bán, mới nhất trước, kèm trạng thái trước và sau. Giờ theo giờ Quảng Châu.
console-audit-filters = Bộ lọc
console-audit-actor = Ai (mã tài khoản)
console-audit-action = Thao tác
console-audit-action-hint = Chính xác, hoặc phần đầu kết thúc bằng dấu chấm, ví dụ route.
console-audit-target-type = Loại đối tượng (place, route, event, alert, user)
console-audit-target-id = Mã đối tượng
console-audit-since = Từ
console-audit-until = Đến (không bao gồm)
console-audit-time-hint = Ngày giờ kèm độ lệch múi giờ, ví dụ 2026-12-01T09:00:00+08:00.
console-audit-apply = Áp dụng bộ lọc
console-audit-clear = Xóa bộ lọc
console-audit-fix = Không đọc được một số bộ lọc; xem thông báo bên cạnh.
console-audit-empty = Không có mục nào khớp với các bộ lọc này.
console-audit-time = Thời gian
console-audit-who = Ai
console-audit-action-column = Thao tác
console-audit-target = Đối tượng
console-audit-show-change = Trước và sau
console-audit-before = Trước
console-audit-after = Sau
console-audit-older = Các mục cũ hơn
console-nav-users = Tài khoản
console-users-title = Tài khoản và vai trò
console-users-intro = Tìm tài khoản theo địa chỉ email, rồi đổi vai trò. Thay đổi có hiệu lực từ yêu cầu tiếp theo của tài khoản đó.
console-users-email = Địa chỉ email
console-users-find = Tìm
console-users-none = Không có tài khoản nào dùng địa chỉ email này.
console-users-since = Ngày tạo tài khoản
console-users-role = Vai trò
console-users-change = Đổi vai trò
console-users-changed = Đã đổi vai trò. Có hiệu lực từ yêu cầu tiếp theo của tài khoản đó.
console-users-fix = Vai trò chưa được đổi; xem thông báo bên cạnh.
console-nav-routes = Lộ trình
console-routes-title = Lộ trình theo chủ đề
console-routes-intro = Các cung đường đi bộ và chuyến đi trong ngày cho du khách, kể cả bản nháp. Lộ trình xuất hiện trong cẩm nang khi đã đăng.
console-routes-new = Lộ trình mới
console-routes-empty = Chưa có lộ trình nào.
console-routes-stops = { $count ->
   *[other] { $count } điểm dừng
}
console-routes-updated = Thay đổi lần cuối
console-route-new-title = Lộ trình mới
console-route-edit-title = Sửa lộ trình
console-route-slug = Tên ngắn cho địa chỉ (slug)
console-route-slug-hint = Chữ thường không dấu, chữ số và dấu gạch nối, ví dụ lingnan-heritage-walk.
console-route-theme = Chủ đề
console-route-stops = Các điểm dừng, theo thứ tự tham quan
console-route-stops-hint = Từ 2 đến 30 địa điểm đã đăng trong cẩm nang. Thêm, di chuyển hay bỏ một điểm dừng chỉ thay đổi biểu mẫu này: nhấn Lưu để giữ lại.
console-route-no-stops = Chưa có điểm dừng nào.
console-route-stop = Điểm dừng { $number }
console-route-dwell = Số phút ở lại
console-route-leg-mode = Sau đó đến điểm dừng tiếp theo bằng
console-route-leg-minutes = Số phút đến điểm dừng tiếp theo
console-route-up = Lên trên
console-route-down = Xuống dưới
console-route-remove = Bỏ
console-route-add-place = Địa điểm cần thêm
console-route-add-place-hint = Tên ngắn (slug) hoặc mã của địa điểm, ví dụ canton-tower.
console-route-add = Thêm điểm dừng
console-route-sources = Nguồn
console-route-sources-hint = Mỗi dòng một địa chỉ web: các trang mà lộ trình dựa vào.
console-route-unsaved = Chưa lưu: nhấn Lưu để giữ các thay đổi này.
console-route-errors = { $count ->
   *[other] Lộ trình chưa được lưu: có { $count } trường cần sửa.
}
console-route-created = Đã tạo lộ trình dưới dạng bản nháp. Hãy đăng khi đã sẵn sàng.
console-route-saved = Đã lưu lộ trình.
console-route-published = Đã đăng: lộ trình có trong cẩm nang.
console-route-unpublished = Đã gỡ: lộ trình trở lại thành bản nháp.
console-route-publish = Đăng
console-route-publish-hint = Du khách thấy lộ trình trong cẩm nang ngay lập tức.
console-route-unpublish = Gỡ xuống
console-route-unpublish-hint = Lộ trình rời khỏi cẩm nang và trở lại thành bản nháp.

## Sự kiện và cảnh báo (biên tập viên và quản trị viên)
console-nav-events = Sự kiện
console-nav-alerts = Cảnh báo
console-field-zones = Khu thương mại
console-confidence-confirmed = Đã xác nhận: ban tổ chức đã công bố
console-confidence-inferred = Dự kiến: theo các năm trước, chưa công bố
console-confidence-uncertain = Chưa chắc chắn: du khách được nhắc kiểm tra lại
console-events-title = Sự kiện
console-events-intro = Hội chợ, lễ hội, triển lãm và ngày lễ, kể cả bản nháp. Sự kiện xuất hiện trong cẩm nang khi đã đăng.
console-events-new = Sự kiện mới
console-events-empty = Chưa có sự kiện nào.
console-event-new-title = Sự kiện mới
console-event-edit-title = Sửa sự kiện
console-event-slug-hint = Chữ thường không dấu, chữ số và dấu gạch nối, ví dụ canton-fair-spring.
console-event-kind = Loại sự kiện
console-event-dates = Ngày
console-event-starts-on = Ngày đầu
console-event-ends-on = Ngày cuối
console-event-dates-hint = Ngày theo giờ Quảng Châu; bao gồm ngày cuối. Với sự kiện một ngày, hãy nhập cùng một ngày hai lần.
console-event-confidence = Ngày tháng chắc chắn đến mức nào?
console-event-where = Ở đâu
console-event-place = Địa điểm tổ chức (không bắt buộc)
console-event-place-hint = Tên ngắn (slug) hoặc mã của một địa điểm đã đăng trong cẩm nang, ví dụ canton-tower. Để trống nếu sự kiện diễn ra khắp thành phố.
console-event-sources-hint = Mỗi dòng một địa chỉ web: các trang cho biết ngày tháng.
console-event-errors = { $count ->
   *[other] Sự kiện chưa được lưu: có { $count } trường cần sửa.
}
console-event-created = Đã tạo sự kiện dưới dạng bản nháp. Hãy đăng khi đã sẵn sàng.
console-event-saved = Đã lưu sự kiện.
console-event-published = Đã đăng: sự kiện có trong cẩm nang.
console-event-unpublished = Đã gỡ: sự kiện trở lại thành bản nháp.
console-event-publish-hint = Du khách thấy sự kiện trong cẩm nang ngay lập tức.
console-event-unpublish-hint = Sự kiện rời khỏi cẩm nang và trở lại thành bản nháp.
console-severity-info = Thông tin
console-severity-warning = Cảnh báo
console-severity-severe = Nghiêm trọng
console-alerts-title = Cảnh báo
console-alerts-intro = Cảnh báo cho du khách (bão, mưa lớn, đóng cửa), kể cả bản nháp và cảnh báo đã qua. Cảnh báo đã đăng hiển thị trong cẩm nang trong thời gian hiệu lực.
console-alerts-new = Cảnh báo mới
console-alerts-empty = Chưa có cảnh báo nào.
console-alerts-in-force = Đang có hiệu lực
console-alerts-upcoming = Chưa có hiệu lực
console-alerts-over = Đã hết hạn
console-alert-new-title = Cảnh báo mới
console-alert-edit-title = Sửa cảnh báo
console-alert-severity = Mức độ
console-alert-severity-hint = Thông tin: nên biết. Cảnh báo: hãy tính đến khi lên kế hoạch. Nghiêm trọng: hành động ngay (tín hiệu bão, an toàn).
console-alert-starts-at = Từ
console-alert-ends-at = Đến
console-alert-window-hint = Giờ Quảng Châu (UTC+8). Cảnh báo hiển thị từ thời điểm đầu đến thời điểm sau.
console-alert-time-invalid = Cần nhập ngày và giờ, ví dụ 2026-12-01 19:30 (giờ Quảng Châu).
console-alert-area = Phạm vi áp dụng
console-alert-area-hint = Đánh dấu các khu thương mại và lộ trình liên quan; không đánh dấu gì nếu áp dụng cho cả thành phố.
console-alert-title-field = Tiêu đề
console-alert-body = Chi tiết
console-alert-errors = { $count ->
   *[other] Cảnh báo chưa được lưu: có { $count } trường cần sửa.
}
console-alert-created = Đã tạo cảnh báo dưới dạng bản nháp. Hãy đăng để hiển thị.
console-alert-saved = Đã lưu cảnh báo.
console-alert-published = Đã đăng: cảnh báo hiển thị trong thời gian hiệu lực.
console-alert-unpublished = Đã gỡ: cảnh báo trở lại thành bản nháp.
console-alert-publish-hint = Du khách thấy cảnh báo trong thời gian hiệu lực.
console-alert-unpublish-hint = Cảnh báo không còn hiển thị và trở lại thành bản nháp.
