# Canton Guide — thông điệp của bộ quy tắc cho du khách (transit, tax_refund, planner). Khóa và biến giống en/rules.ftl.

## Kiểm tra miễn thị thực: chính sách và khu vực được phép

transit-scheme-transit_240h = Quá cảnh miễn thị thực 240 giờ
transit-scheme-transit_144h = Quá cảnh miễn thị thực 144 giờ
transit-scheme-visa_free_30d = Nhập cảnh miễn thị thực 30 ngày
transit-scheme-none = Chưa xác nhận: hãy hỏi đại sứ quán
transit-area-designated_provinces = Các tỉnh thuộc chính sách 240 giờ (24 tỉnh có cửa khẩu được chỉ định, gồm Quảng Đông); không rời khỏi các tỉnh này.
transit-area-guangdong = Chỉ trong tỉnh Quảng Đông.
transit-area-mainland = Trung Quốc đại lục.

## Kiểm tra miễn thị thực: lý do không đủ điều kiện

transit-reason-nationality_not_eligible = Hộ chiếu { $country } không thuộc diện của chính sách này.
transit-reason-nationality_list_unknown = Chúng tôi không có danh sách quốc tịch áp dụng vào ngày đó nên không thể xác nhận quốc tịch của bạn.
transit-reason-port_not_designated = { $port } không phải cửa khẩu nhập cảnh được chỉ định của chính sách này.
transit-reason-onward_not_third_country = Vé đi tiếp phải đến một nước hoặc vùng lãnh thổ thứ ba; Trung Quốc đại lục ({ $destination }) không được tính.
transit-reason-round_trip = Bạn đến từ { $country } và đi tiếp về chính nơi đó; quá cảnh cần vé đến một nước hoặc vùng lãnh thổ thứ ba.
transit-reason-purpose_not_allowed = Chính sách này chỉ áp dụng cho du lịch, công tác và thăm thân; làm việc, học tập và tác nghiệp báo chí cần thị thực.
transit-reason-passport_validity_too_short = Hộ chiếu của bạn phải còn hạn ít nhất đến { $date }.
transit-reason-exit_before_entry = Thời điểm xuất cảnh dự kiến sớm hơn thời điểm nhập cảnh.
transit-reason-exit_after_deadline = Thời điểm xuất cảnh dự kiến muộn hơn hạn chót ({ $deadline }, giờ Bắc Kinh).
transit-reason-policy_not_in_force = Chúng tôi không biết phiên bản nào của chính sách này có hiệu lực vào { $date }.

## Kiểm tra miễn thị thực: cảnh báo

transit-warning-verify_before_travel = Hãy kiểm tra trước khi đi: quy định có thể thay đổi và một số thông tin chưa được xác nhận. Hãy hỏi hãng bay hoặc đại sứ quán Trung Quốc.
transit-warning-exit_port_rule_uncertain = Các nguồn không nói rõ có bắt buộc xuất cảnh qua cửa khẩu được chỉ định hay không; để an toàn, hãy xuất cảnh qua một cửa khẩu như vậy.
transit-warning-port_identity_uncertain = Chưa xác nhận “{ $port }” là bến nào.
transit-warning-port_not_listed = { $port } không có trong danh sách cửa khẩu Quảng Đông của chúng tôi; có thể đó là cửa khẩu được chỉ định ở nơi khác tại Trung Quốc.
transit-warning-exit_port_not_listed = Cửa khẩu xuất cảnh { $port } của bạn không có trong danh sách cửa khẩu được chỉ định của chúng tôi.
transit-warning-policy_ends_during_stay = Quy định này chỉ được xác nhận đến { $date }, trước khi kỳ lưu trú của bạn kết thúc.
transit-warning-policy_ends_soon = Quy định này chỉ được xác nhận đến { $date }; hãy kiểm tra việc gia hạn trước khi đi.
transit-warning-country_window_uncertain = Thời hạn của chính sách này đối với nước bạn chưa được xác nhận.
transit-warning-nationality_list_unknown = Không có ghi nhận danh sách quốc tịch áp dụng vào ngày đó.
transit-warning-suspended_2020_2023 = Chính sách này bị tạm dừng từ năm 2020 đến ngày 8 tháng 1 năm 2023.
transit-warning-passport_validity_uncertain = Một nguồn yêu cầu hộ chiếu còn hạn ít nhất 6 tháng; hãy chắc chắn hộ chiếu của bạn đáp ứng.
transit-warning-day_count_rule_uncertain = Chúng tôi tính 30 ngày từ 0 giờ ngày hôm sau khi nhập cảnh, như với quá cảnh; các nguồn chưa xác nhận điều này cho chính sách này.

## Visa-free check: mutual visa-exemption agreements and answers we cannot confirm

transit-scheme-mutual_visa_exemption = Miễn thị thực song phương (hiệp định giữa Trung Quốc và nước bạn)
transit-reason-no_agreement = Chúng tôi không biết có hiệp định miễn thị thực song phương nào giữa Trung Quốc và { $country } cho hộ chiếu phổ thông.
transit-reason-agreement_not_yet_in_force = Hiệp định miễn thị thực với { $country } áp dụng cho các lần nhập cảnh từ ngày { $date }.
transit-reason-agreement_ended = Hiệp định miễn thị thực với { $country } chỉ áp dụng cho các lần nhập cảnh đến ngày { $date }.
transit-reason-nationality_not_in_data = Dữ liệu của chúng tôi không có chế độ miễn thị thực nào cho hộ chiếu { $country }. Điều đó không có nghĩa là không tồn tại.
transit-warning-cannot_confirm_check_embassy = Chúng tôi không thể xác nhận chuyến đi này được nhập cảnh miễn thị thực. Hãy hỏi đại sứ quán, lãnh sự quán Trung Quốc hoặc hãng hàng không trước khi đi.
transit-warning-cumulative_any_180_days = Tổng thời gian lưu trú theo hiệp định này không quá { $days } ngày trong bất kỳ 180 ngày nào; hãy tính cả các lần trước.
transit-warning-cumulative_calendar_year = Tổng thời gian lưu trú theo hiệp định này không quá { $days } ngày trong một năm dương lịch; hãy tính cả các lần trước.
transit-warning-agreement_uncertain = Các điều kiện của hiệp định này chưa được một thông báo chính thức xác nhận.

## Hoàn thuế: lý do không được hoàn

refund-reason-below_minimum = Dưới mức tối thiểu { $minimum } tệ cho mỗi cửa hàng mỗi ngày.
refund-reason-export_window_passed = Hàng hóa phải rời Trung Quốc trước { $date }; ngày bạn đi muộn hơn.
refund-reason-vat_rate_not_refundable = Hàng hóa chịu thuế GTGT { $vat }% không được hoàn thuế.
refund-reason-stay_too_long = Chỉ du khách ở Trung Quốc đại lục liên tục không quá { $days } ngày mới được hoàn thuế.

## Hoàn thuế: cảnh báo

refund-warning-stay_too_long = Bạn đã ở Trung Quốc đại lục liên tục hơn { $days } ngày nên không món hàng nào được hoàn thuế.
refund-warning-transfer_only = Khoản hoàn trên { $limit } tệ chỉ được trả bằng chuyển khoản ngân hàng, không trả tiền mặt.
refund-warning-effective_date_uncertain = Mức tối thiểu và hạn mức tiền mặt hiện hành áp dụng từ tháng 4 năm 2025; ngày chính xác chưa được xác nhận.
refund-warning-refund_counter_location_uncertain = Quầy hoàn thuế và nhà ga chính xác tại sân bay Bạch Vân chưa được xác nhận; hãy hỏi tại sân bay.
refund-warning-verify_before_travel = Hãy kiểm tra trước khi đi: một số quy định này chưa được xác nhận và có thể đã thay đổi.

## Hoàn thuế: hoàn thuế ngay tại cửa hàng

refund-instant-card_preauthorisation = Cửa hàng tạm giữ một khoản trên thẻ ngân hàng của bạn và trả tiền hoàn thuế ngay.
refund-instant-customs_check_at_departure = Khi rời Trung Quốc, bạn vẫn phải xuất trình hàng hóa cho hải quan.
refund-instant-leave_within_export_window = Hãy mang hàng rời Trung Quốc trong thời hạn xuất khẩu, nếu không khoản tạm giữ sẽ bị trừ.

## Hoàn thuế: danh sách trước khi rời đi

refund-checklist-eligible_travellers = Du khách nước ngoài và cư dân Hồng Kông, Ma Cao, Đài Loan được xin hoàn thuế.
refund-checklist-goods_unused_and_carried = Giữ hàng hóa chưa sử dụng và mang theo, trong hành lý xách tay hoặc ký gửi.
refund-checklist-leave_within_90_days = Rời Trung Quốc cùng hàng hóa trong vòng { $days } ngày kể từ khi mua.
refund-checklist-keep_forms_and_invoices = Giữ đơn hoàn thuế và hóa đơn của từng cửa hàng cùng với hộ chiếu.
refund-checklist-customs_stamp_before_checkin = Tại sân bay Bạch Vân, hãy nhờ hải quan đóng dấu đơn trước khi ký gửi hành lý.
refund-checklist-collect_in_restricted_zone = Nhận tiền hoàn tại đại lý hoàn thuế trong khu vực cách ly, sau khi kiểm tra an ninh.
refund-checklist-refund_counter_location_uncertain = Quầy và nhà ga chính xác chưa được xác nhận: hãy hỏi nhân viên sân bay.
refund-checklist-cash_limit = Khoản hoàn đến { $limit } tệ có thể nhận tiền mặt hoặc chuyển khoản; vượt mức đó chỉ chuyển khoản ngân hàng.
refund-checklist-instant_refund_customs_check = Hoàn thuế ngay: vẫn cần kiểm tra hải quan khi rời đi.

## Lập lịch trình: cảnh báo

plan-warning-outlasts_deadline = Thời điểm bạn rời đi muộn hơn hạn miễn thị thực ({ $deadline }, giờ Bắc Kinh); lịch trình kết thúc kịp hạn. Hãy đổi vé hoặc xin thị thực.
plan-warning-leave_for_port = Hãy lên đường đến { $port } trước { $time } để có mặt { $minutes } phút trước giờ khởi hành.
plan-warning-leave_for_departure = Hãy lên đường trước { $time } để có mặt tại điểm khởi hành { $minutes } phút trước giờ đi.
plan-warning-tax_refund_reminder = Bạn có hàng mua được hoàn thuế: hãy dành thời gian tại cửa khẩu xuất cảnh để hải quan đóng dấu trước khi làm thủ tục và nhận tiền hoàn sau kiểm tra an ninh.
plan-warning-start_outside_guangzhou = Điểm xuất phát của bạn nằm ngoài Quảng Châu; thời gian di chuyển có thể lâu hơn hiển thị.
plan-warning-outside_guangzhou = { $place } nằm ngoài Quảng Châu; hãy chắc chắn nơi đó thuộc khu vực mà kỳ lưu trú miễn thị thực cho phép.
plan-warning-must_see_unknown = Chúng tôi không biết địa điểm “{ $place }”.
plan-warning-must_see_not_scheduled = Không xếp được “{ $place }”: đóng cửa hoặc quá xa vào mọi khung giờ trống.
plan-warning-nothing_fits = Không có điểm tham quan nào vừa khoảng thời gian từ lúc đến cho tới lúc đi ra cửa khẩu.

## Input checks of the rules endpoints (server) and planner notices added by the server

field-invalid-country = Cần mã ISO 3166-1 gồm hai chữ cái, ví dụ “US”, “JP” hoặc “HK”.
field-positive-amount = Cần số tiền nhân dân tệ lớn hơn 0 và tối đa { $max }, ví dụ “250.00”.
field-too-many = Tối đa { $max } mục.
field-plan-needs-end = Hãy nhập “exit_at” hoặc “deadline” miễn thị thực: lịch trình cần có thời điểm kết thúc.
field-end-before-entry = Cần thời điểm sau “entry_at”.
field-window-too-long = Chuyến đi dài tối đa { $days } ngày.
plan-warning-hours_unknown = Chúng tôi chưa biết giờ mở cửa của { $place }; hãy kiểm tra trước khi đi.
