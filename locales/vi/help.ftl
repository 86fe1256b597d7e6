# Canton Guide — the help directory (GET /v1/help, offline bundle): categories, and the
# name and note of each entry of seeds/policies/help-*.yaml by its key.

help-category-emergency = Khẩn cấp
help-category-hotline = Đường dây nóng
help-category-consulate = Lãnh sự quán
help-category-hospital = Bệnh viện và phòng khám
help-police-name = Cảnh sát
help-police-note = Tội phạm, nguy hiểm hoặc bất kỳ trường hợp khẩn cấp nào. Gọi miễn phí từ mọi điện thoại.
help-fire-name = Cứu hỏa và cứu nạn
help-fire-note = Hỏa hoạn, rò rỉ khí gas, người bị mắc kẹt.
help-ambulance-name = Cấp cứu
help-ambulance-note = Bệnh nặng hoặc chấn thương nặng. Xe cấp cứu có thu phí.
help-traffic-police-name = Cảnh sát giao thông
help-traffic-police-note = Tai nạn giao thông.
help-hotline-12345-name = Đường dây nóng dịch vụ chính quyền Quảng Châu
help-hotline-12345-note = Hỏi đáp và khiếu nại về dịch vụ công (không khẩn cấp).
help-multilingual-960169-name = Đường dây nóng dịch vụ công đa ngôn ngữ Quảng Châu
help-multilingual-960169-note = Phiên dịch qua cuộc gọi ba bên với cơ quan công, 12345, 110, 119 hoặc 120: tiếng Anh cả ngày, tiếng Nhật và tiếng Hàn 9:00–21:00.
help-health-12320-name = Đường dây nóng y tế Quảng Châu
help-health-12320-note = Tư vấn sức khỏe và đặt lịch khám bệnh viện.
help-consulate-us-name = Tổng Lãnh sự quán Hoa Kỳ tại Quảng Châu
help-consulate-us-note = Hỗ trợ công dân Hoa Kỳ: mất hộ chiếu, bị bắt giữ, trường hợp khẩn cấp.
help-consulate-es-name = Tổng Lãnh sự quán Tây Ban Nha tại Quảng Châu
help-consulate-es-note = Hỗ trợ công dân Tây Ban Nha: mất hộ chiếu, bị bắt giữ, trường hợp khẩn cấp.
help-consulate-kw-name = Tổng Lãnh sự quán Kuwait tại Quảng Châu
help-consulate-kw-note = Hỗ trợ công dân Kuwait: mất hộ chiếu, bị bắt giữ, trường hợp khẩn cấp.
