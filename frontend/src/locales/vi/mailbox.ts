/** Vietnamese strings of the mailbox pages: fetched with the pages that use them (loadStrings in lib/i18n.ts). */
export const mailbox = {
  mailbox: {
    title: 'Hộp thư thử nghiệm',
    description: 'Thư điện tử hệ thống đã gửi trong bản dùng thử được giữ lại ở đây thay vì gửi ra ngoài.',
    receivedAt: 'Thời gian nhận',
    from: 'Người gửi',
    to: 'Người nhận',
    subject: 'Tiêu đề',
    noSubject: '(không có tiêu đề)',
    html: 'Nội dung HTML',
    text: 'Nội dung văn bản',
    emptyBody: 'Thư không có nội dung.',
    empty: 'Hộp thư trống.',
    sendTest: 'Gửi thư thử',
    sent: 'Đã gửi thư thử đến địa chỉ email của bạn.',
    clear: 'Xóa hết thư',
    clearConfirm: 'Xóa toàn bộ thư trong hộp thư thử nghiệm?',
    cleared: 'Đã xóa hộp thư.',
    disabled: 'Hộp thư thử nghiệm không được bật trên máy chủ này.',
  },
};
