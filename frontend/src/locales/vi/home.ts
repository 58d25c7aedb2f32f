/** Vietnamese strings of the home pages: fetched with the pages that use them (loadStrings in lib/i18n.ts). */
export const home = {
  home: {
    greeting: 'Xin chào, {{name}}!',
    today: 'Hôm nay: {{date}}',
    yourAccount: 'Tài khoản của bạn',
    noUnit: 'Chưa thuộc đơn vị nào',
    subUnits: 'Số đơn vị trực thuộc',
    totalUnits: 'Tổng số đơn vị',
    totalUsers: 'Tổng số người dùng',
    unitsPerLevel: 'Số đơn vị theo cấp',
    upcoming: {
      title: 'Việc sắp đến hạn',
      open: 'Mở Việc của đơn vị',
      all: 'Xem tất cả {{count}} việc',
      empty: 'Không có việc nào đang chờ.',
    },
    reviews: {
      title: 'Báo cáo chờ xem xét',
      empty: 'Không có báo cáo nào chờ xem xét.',
      all: 'Xem tất cả {{count}} báo cáo',
      open: 'Mở Việc của đơn vị',
      reportedAt: 'Nộp lúc {{at}}',
      due: 'hạn {{date}}',
      noDue: 'không hạn',
    },
    adminTools: 'Công cụ quản trị',
    dutiesTitle: 'Việc của bạn trong hệ thống',
    buildingNotice:
      'Phiên bản hiện tại có quản lý đơn vị và người dùng, bộ tiêu chí, chiến dịch đánh giá, kế hoạch cải thiện, việc của đơn vị, nhắc việc, bảng điều khiển và phong trào thi đua; xuất PDF đang được xây dựng.',
    duties: {
      ADMIN: [
        'Quản lý danh mục đơn vị và tài khoản người dùng, nhập hàng loạt từ tệp CSV hoặc Excel.',
        'Theo dõi các quy trình nghiệp vụ trong Camunda Cockpit.',
        'Kiểm tra thư điện tử hệ thống gửi đi trong hộp thư thử nghiệm (bản dùng thử).',
      ],
      COORDINATOR: [
        'Quản lý danh mục đơn vị và tài khoản của cán bộ các đơn vị.',
        'Soạn, nhập và ban hành bộ tiêu chí của từng năm; phân công đơn vị chủ trì, phối hợp cho từng lĩnh vực, tiêu chí.',
        'Mở đợt đánh giá Chỉ số CCHC, giao việc tự đánh giá và theo dõi hạn nộp.',
        'Tổng hợp kết quả và đôn đốc các đơn vị chậm tiến độ.',
        'Nhập kế hoạch cải thiện từ bảng phụ lục, hoàn thiện đơn vị và thời hạn; xem xét, chấp nhận hoặc trả lại báo cáo của đơn vị chủ trì.',
      ],
      LEADER: [
        'Phê duyệt kết quả đánh giá Chỉ số CCHC trước khi công bố.',
        'Phê duyệt và triển khai kế hoạch cải thiện, theo dõi việc thực hiện.',
      ],
      COUNCIL: [
        'Thẩm định kết quả tự đánh giá và minh chứng của các đơn vị theo bộ tiêu chí.',
        'Đề nghị điểm thẩm định để lãnh đạo phê duyệt.',
      ],
      UNIT_HEAD: [
        'Xem các việc được giao cho đơn vị trong mục “Việc của đơn vị” và phân công cán bộ thực hiện.',
        'Duyệt kết quả tự đánh giá của đơn vị trước khi gửi đi.',
        'Báo cáo kết quả các nhiệm vụ của kế hoạch cải thiện mà đơn vị chủ trì, ghi nhận phần phối hợp.',
      ],
      UNIT_STAFF: [
        'Thực hiện các nhiệm vụ được giao: tự chấm điểm, tải lên minh chứng.',
        'Thực hiện các việc của kế hoạch cải thiện: tải lên tài liệu kiểm chứng, báo cáo kết quả.',
      ],
    },
  },
};
