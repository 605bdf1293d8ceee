// @generated from specs/tiki/types.yaml by `cargo xtask codegen`; do not edit.

//! The types every endpoint of `tiki` shares, generated once. Spec: `specs/tiki/types.yaml`.
use ::codegen_runtime as rt;
/// Trạng thái của hồ sơ
///
/// An application's status.
///
/// Where a response carries it, fields hold `Open<Self>`, which keeps values not listed here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, rt::serde::Serialize)]
#[serde(crate = "rt::serde", rename_all = "snake_case")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[non_exhaustive]
pub enum ApplicationStatus {
    /// Hồ sơ mới được tạo
    ///
    /// Just created
    New,
    /// Hồ sơ được giải ngân
    ///
    /// Disbursed
    Disbursed,
    /// Hồ sơ bị từ chối
    ///
    /// Rejected
    Rejected,
}
rt::wire_enum_impls!(
    ApplicationStatus; New("new"), Disbursed("disbursed"), Rejected("rejected")
);
/// The error body of Tiki's open APIs.
///
/// Read from responses: fields the spec does not name are kept in `unknown_fields`, so a round trip loses nothing.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[non_exhaustive]
pub struct ErrorEnvelope {
    /// Always `null` in an error
    ///
    /// Required; may be `null`; not in the doc's table, only in its examples.
    #[cfg_attr(
        feature = "schemars",
        schemars(with = "rt::Nullable<rt::serde_json::Value>")
    )]
    pub data: Option<rt::serde_json::Value>,
    /// What went wrong
    ///
    /// Required; not in the doc's table, only in its examples.
    pub error: ErrorBody,
    /// Fields the spec does not name, kept as they came.
    #[serde(flatten)]
    pub unknown_fields: rt::serde_json::Map<String, rt::serde_json::Value>,
}
impl ErrorEnvelope {
    /// A value with its required fields (`data`, `error`); every other field absent.
    pub fn new(
        data: impl Into<Option<rt::serde_json::Value>>,
        error: impl Into<ErrorBody>,
    ) -> Self {
        Self {
            data: data.into(),
            error: error.into(),
            unknown_fields: Default::default(),
        }
    }
}
rt::deserialize_object!(ErrorEnvelope, unknown_fields; data(required), error(required));
impl rt::Validate for ErrorEnvelope {
    fn validate_at(&self, at: &rt::validate::Pointer<'_>, report: &mut rt::Report) {
        report.validate(&at.field("error"), &self.error);
    }
}
/// Định dạng kết quả lỗi
///
/// What went wrong: the `error` member of the error body, which the page's table lists.
///
/// Read from responses: fields the spec does not name are kept in `unknown_fields`, so a round trip loses nothing.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[non_exhaustive]
pub struct ErrorBody {
    /// [HTTP Code](https://developer.mozilla.org/en-US/docs/Web/HTTP/Status )
    ///
    /// The HTTP status code
    ///
    /// Required; doc type `int`.
    pub code: i64,
    /// Nội dung lỗi
    ///
    /// The error message
    ///
    /// Required; doc type `string`.
    pub message: String,
    /// Chi tiết lỗi
    ///
    /// The error's reason
    ///
    /// Optional; doc type `string`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "rt::Open<ErrorReason>"))]
    pub reason: Option<rt::Open<ErrorReason>>,
    /// Phục vụ cho mục đích debug khi cần thiết
    ///
    /// For debugging when needed
    ///
    /// Optional; may be `null`; doc type `Metadata`.
    #[serde(default, skip_serializing_if = "rt::Nullable::is_absent")]
    pub metadata: rt::Nullable<ErrorMetadata>,
    /// Fields the spec does not name, kept as they came.
    #[serde(flatten)]
    pub unknown_fields: rt::serde_json::Map<String, rt::serde_json::Value>,
}
/// `new`, and a setter for each optional field, named `with_<field>`.
#[allow(missing_docs)]
impl ErrorBody {
    /// A value with its required fields (`code`, `message`); every other field absent.
    pub fn new(code: impl Into<i64>, message: impl Into<String>) -> Self {
        Self {
            code: code.into(),
            message: message.into(),
            reason: None,
            metadata: rt::Nullable::Absent,
            unknown_fields: Default::default(),
        }
    }
    pub fn with_reason(mut self, value: impl Into<rt::Open<ErrorReason>>) -> Self {
        self.reason = Some(value.into());
        self
    }
    pub fn with_metadata(mut self, value: impl Into<ErrorMetadata>) -> Self {
        self.metadata = rt::Nullable::Value(value.into());
        self
    }
}
rt::deserialize_object!(
    ErrorBody, unknown_fields; code(required), message(required), reason,
    metadata(default)
);
impl rt::Validate for ErrorBody {
    fn validate_at(&self, at: &rt::validate::Pointer<'_>, report: &mut rt::Report) {
        report.validate(&at.field("metadata"), &self.metadata);
    }
}
/// Reason
///
/// Why a request failed. Read as an open enum; the page's example also sends `""`.
///
/// Where a response carries it, fields hold `Open<Self>`, which keeps values not listed here.
///
/// Note: The page's reason table lists order errors from another API; the invalid-signature answer sends `invalid_signature` in lowercase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, rt::serde::Serialize)]
#[serde(crate = "rt::serde", rename_all = "SCREAMING_SNAKE_CASE")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[non_exhaustive]
pub enum ErrorReason {
    /// Giá trị đơn hàng vượt quá quy định
    ///
    /// The order amount exceeds the limit
    OrderAmountLimitExceeded,
    /// Một sku xuất hiện nhiều lần trong một đơn hàng
    ///
    /// A SKU appears more than once in an order
    DuplicateItems,
    /// Sản phẩm không tồn tại, hết hàng hoặc không còn bán
    ///
    /// The product does not exist, is out of stock or no longer sold
    ProductNotFound,
    /// Tài khoản seller đã liên kết không hợp lệ
    ///
    /// The linked seller account is invalid
    SellerNotFound,
    /// sku không thuộc tài khoản Seller đã liên kết
    ///
    /// The SKU does not belong to the linked seller
    InvalidItem,
    /// The request signature is wrong (from the invalid-signature answer)
    #[serde(rename = "invalid_signature")]
    InvalidSignature,
}
rt::wire_enum_impls!(
    ErrorReason; OrderAmountLimitExceeded("ORDER_AMOUNT_LIMIT_EXCEEDED"),
    DuplicateItems("DUPLICATE_ITEMS"), ProductNotFound("PRODUCT_NOT_FOUND"),
    SellerNotFound("SELLER_NOT_FOUND"), InvalidItem("INVALID_ITEM"),
    InvalidSignature("invalid_signature")
);
/// Debugging details. The page names the type `Metadata` without a table; the fields come from its example.
///
/// Read from responses: fields the spec does not name are kept in `unknown_fields`, so a round trip loses nothing.
#[derive(Debug, Clone, PartialEq, Default, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[non_exhaustive]
pub struct ErrorMetadata {
    /// Code of the service that failed
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub service_code: Option<String>,
    /// The request's id
    ///
    /// Optional; not in the doc's table, only in its examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub request_id: Option<String>,
    /// Fields the spec does not name, kept as they came.
    #[serde(flatten)]
    pub unknown_fields: rt::serde_json::Map<String, rt::serde_json::Value>,
}
/// `new`, and a setter for each optional field, named `with_<field>`.
#[allow(missing_docs)]
impl ErrorMetadata {
    /// A value with every field absent.
    pub fn new() -> Self {
        Default::default()
    }
    pub fn with_service_code(mut self, value: impl Into<String>) -> Self {
        self.service_code = Some(value.into());
        self
    }
    pub fn with_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}
rt::deserialize_object!(ErrorMetadata, unknown_fields; service_code, request_id);
impl rt::Validate for ErrorMetadata {}
/// The envelope of a successful answer of Tiki's shipping and payment APIs: the result under `data` (the pages' examples; their tables describe the result alone).
///
/// Read from responses: fields the spec does not name are kept in `unknown_fields`, so a round trip loses nothing.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[non_exhaustive]
pub struct DataEnvelope<T> {
    /// The result
    ///
    /// Required; not in the doc's table, only in its examples.
    pub data: T,
    /// Fields the spec does not name, kept as they came.
    #[serde(flatten)]
    pub unknown_fields: rt::serde_json::Map<String, rt::serde_json::Value>,
}
impl<T> DataEnvelope<T> {
    /// A value with its required fields (`data`); every other field absent.
    pub fn new(data: impl Into<T>) -> Self {
        Self {
            data: data.into(),
            unknown_fields: Default::default(),
        }
    }
}
rt::deserialize_object!(DataEnvelope[T], unknown_fields; data(required));
impl<T: rt::Validate> rt::Validate for DataEnvelope<T> {
    fn validate_at(&self, at: &rt::validate::Pointer<'_>, report: &mut rt::Report) {
        report.validate(&at.field("data"), &self.data);
    }
}
/// Order
///
/// A payment order, as the create-order page's `Order` table gives it; get, list, cancel, complete and the IPN message name the same table.
///
/// Read from responses: fields the spec does not name are kept in `unknown_fields`, so a round trip loses nothing.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[non_exhaustive]
pub struct Order {
    /// ID của đơn hàng ở hệ thống Tini App. Nó đc sinh ra khi khách hàng tạo đơn hàng.
    ///
    /// The order's id in Tini App
    ///
    /// Required; doc type `string`.
    pub id: String,
    /// \[Trạng thái đơn hàng\](order-status)
    ///
    /// The order's status
    ///
    /// Required; doc type `string`.
    pub status: rt::Open<OrderStatus>,
    /// Tổng số tiền mà khách hàng dùng cần thanh toán
    ///
    /// What the customer pays in all
    ///
    /// Required; doc type `int64`.
    pub grand_total: i64,
    /// ID của đơn hàng nằm ở hệ thống Tiki
    ///
    /// The order's id in Tiki's system; empty until the customer pays
    ///
    /// Required; doc type `string`.
    pub tiki_order_id: String,
    /// Mã đơn hàng nằm ở hệ thống Tiki dùng cho mục đích đối soát. Nó được sinh ra khi khách hàng thanh toán online đơn hàng.
    ///
    /// Tiki's order code for reconciliation; empty until the customer pays online
    ///
    /// Required; doc type `string`.
    pub tiki_order_code: String,
    /// Thông tin bổ sung theo định dạng _key=value;key=value_
    ///
    /// More facts as `key=value;key=value`
    ///
    /// Optional; doc type `string`.
    ///
    /// Doc conflict — create-order table: required; IPN table: optional.
    /// Resolution: Optional, so that an order read from either decodes; every example sends it (`""` when empty).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub extra: Option<String>,
    /// ID đơn hàng của đối tác
    ///
    /// The partner's own order id
    ///
    /// Optional; doc type `string`.
    ///
    /// Doc conflict — create-order table: required; IPN table: optional.
    /// Resolution: Optional, so that an order read from either decodes; every example sends it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(with = "String"))]
    pub reference_id: Option<String>,
    /// Fields the spec does not name, kept as they came.
    #[serde(flatten)]
    pub unknown_fields: rt::serde_json::Map<String, rt::serde_json::Value>,
}
/// `new`, and a setter for each optional field, named `with_<field>`.
#[allow(missing_docs)]
impl Order {
    /// A value with its required fields (`id`, `status`, `grand_total`, `tiki_order_id`, `tiki_order_code`); every other field absent.
    pub fn new(
        id: impl Into<String>,
        status: impl Into<rt::Open<OrderStatus>>,
        grand_total: impl Into<i64>,
        tiki_order_id: impl Into<String>,
        tiki_order_code: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            status: status.into(),
            grand_total: grand_total.into(),
            tiki_order_id: tiki_order_id.into(),
            tiki_order_code: tiki_order_code.into(),
            extra: None,
            reference_id: None,
            unknown_fields: Default::default(),
        }
    }
    pub fn with_extra(mut self, value: impl Into<String>) -> Self {
        self.extra = Some(value.into());
        self
    }
    pub fn with_reference_id(mut self, value: impl Into<String>) -> Self {
        self.reference_id = Some(value.into());
        self
    }
}
rt::deserialize_object!(
    Order, unknown_fields; id(required), status(required), grand_total(required),
    tiki_order_id(required), tiki_order_code(required), extra, reference_id
);
impl rt::Validate for Order {}
/// Trạng thái đơn hàng
///
/// A payment order's status (specs/tiki/docs/backend/payment/order-status.md).
///
/// Where a response carries it, fields hold `Open<Self>`, which keeps values not listed here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, rt::serde::Serialize)]
#[serde(crate = "rt::serde", rename_all = "snake_case")]
#[cfg_attr(feature = "schemars", derive(rt::schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(crate = "rt::schemars"))]
#[non_exhaustive]
pub enum OrderStatus {
    /// Đơn hàng đã được tạo ra và đang trong giai đoạn đặt hàng.
    ///
    /// Created; being ordered
    Draft,
    /// Người dùng đang tiến hành thanh toán online đơn hàng.
    ///
    /// The customer is paying online
    WaitingForPayment,
    /// Đợi Tiki xác nhận số tiền khách hàng đã thanh toán
    ///
    /// Tiki is confirming the amount paid
    WaitingForVerification,
    /// Việc thanh toán đơn hàng (trực tuyến) đã xong.
    ///
    /// Paid online
    OnlinePaid,
    /// Đơn hàng đang được xử lý
    ///
    /// Being processed
    Processing,
    /// Đơn hàng đang được vận chuyển. Nó áp dụng cho tất cả trạng thái của đối tác vận chuyển như lấy hàng, lưu kho, luân chuyển, giao hàng
    ///
    /// Being delivered
    OnDelivery,
    /// Đơn hàng đã bị hủy bời người đùng hoặc đối tác.
    ///
    /// Canceled by the customer or the partner
    Canceled,
    /// Đơn hàng đã được giao hàng thành công.
    ///
    /// Delivered
    Completed,
}
rt::wire_enum_impls!(
    OrderStatus; Draft("draft"), WaitingForPayment("waiting_for_payment"),
    WaitingForVerification("waiting_for_verification"), OnlinePaid("online_paid"),
    Processing("processing"), OnDelivery("on_delivery"), Canceled("canceled"),
    Completed("completed")
);
/// `ApplicationStatus` where an endpoint sends it: the same closed enum (responses read it through `rt::Open`).
pub type ApplicationStatusSent = ApplicationStatus;
