// The CATE quarterly report as data.
export {};
