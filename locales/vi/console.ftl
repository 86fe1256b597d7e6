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
