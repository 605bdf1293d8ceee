// @generated from specs/ by `cargo xtask codegen`; do not edit.

//! Every endpoint under `specs/`: one module per service, one per endpoint.
/// Endpoints of `ladiflow`.
#[cfg(feature = "ladiflow")]
pub mod ladiflow {
    /// The records every endpoint of the service shares.
    pub mod types;
    /// Tạo khách hàng (Create customer) — `POST /customer/create`
    pub mod customer_create;
    /// Danh sách khách hàng (List customers) — `POST /customer/list`
    pub mod customer_list;
    /// Xem khách hàng (Show a customer) — `POST /customer/show`
    pub mod customer_show;
    /// Calls the `ladiflow` endpoints: authentication, environments and errors as the specs say.
    #[cfg(feature = "client")]
    #[derive(Debug, Clone)]
    pub struct LadiflowClient {
        transport: ::codegen_runtime::client::Transport,
    }
    #[cfg(feature = "client")]
    impl LadiflowClient {
        /// A client that reaches the service as `config` says; unless the config sets one, it
        /// sends `User-Agent: <this crate>/<its version>`.
        pub fn new(
            config: ::codegen_runtime::client::Config,
        ) -> Result<Self, ::codegen_runtime::client::Error> {
            let config = config
                .default_user_agent(
                    concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION")),
                );
            Ok(Self {
                transport: ::codegen_runtime::client::Transport::new(config)?,
            })
        }
        /// Tạo khách hàng (Create customer) — `POST /customer/create`. Validates the parameters and the request first; nothing is sent when they break the spec.
        ///
        /// ```no_run
        /// # async fn example(client: &generated_client::ladiflow::LadiflowClient, request: &generated_client::ladiflow::customer_create::Request) -> Result<(), generated_client::codegen_runtime::client::Error> {
        /// let response = client.customer_create(request).await?;
        /// # let _ = response;
        /// # Ok(())
        /// # }
        /// ```
        pub async fn customer_create(
            &self,
            request: &customer_create::Request,
        ) -> Result<customer_create::Response, ::codegen_runtime::client::Error> {
            self.transport
                .send(
                    &customer_create::ENDPOINT,
                    &::codegen_runtime::NoParams,
                    Some(request),
                )
                .await
        }
        /// [`customer_create`](Self::customer_create) with per-call options (extra headers, a timeout, an idempotency key, which lets a POST be retried too), answering with the HTTP status and headers beside the body.
        pub async fn customer_create_with(
            &self,
            request: &customer_create::Request,
            options: &::codegen_runtime::client::CallOptions,
        ) -> Result<
            ::codegen_runtime::client::Response<customer_create::Response>,
            ::codegen_runtime::client::Error,
        > {
            self.transport
                .send_with(
                    &customer_create::ENDPOINT,
                    &::codegen_runtime::NoParams,
                    Some(request),
                    options,
                )
                .await
        }
        /// Danh sách khách hàng (List customers) — `POST /customer/list`. Validates the parameters and the request first; nothing is sent when they break the spec.
        ///
        /// ```no_run
        /// # async fn example(client: &generated_client::ladiflow::LadiflowClient, request: &generated_client::ladiflow::customer_list::Request) -> Result<(), generated_client::codegen_runtime::client::Error> {
        /// let response = client.customer_list(request).await?;
        /// # let _ = response;
        /// # Ok(())
        /// # }
        /// ```
        pub async fn customer_list(
            &self,
            request: &customer_list::Request,
        ) -> Result<customer_list::Response, ::codegen_runtime::client::Error> {
            self.transport
                .send(
                    &customer_list::ENDPOINT,
                    &::codegen_runtime::NoParams,
                    Some(request),
                )
                .await
        }
        /// [`customer_list`](Self::customer_list) with per-call options (extra headers, a timeout, an idempotency key, which lets a POST be retried too), answering with the HTTP status and headers beside the body.
        pub async fn customer_list_with(
            &self,
            request: &customer_list::Request,
            options: &::codegen_runtime::client::CallOptions,
        ) -> Result<
            ::codegen_runtime::client::Response<customer_list::Response>,
            ::codegen_runtime::client::Error,
        > {
            self.transport
                .send_with(
                    &customer_list::ENDPOINT,
                    &::codegen_runtime::NoParams,
                    Some(request),
                    options,
                )
                .await
        }
        /// Every item of every page of `customer_list`, as a stream: the next page is asked for when the items so far are used up; the stream ends after the last page, after `max_items` items if given, or with the first error.
        ///
        /// ```no_run
        /// # async fn example(client: &generated_client::ladiflow::LadiflowClient, request: &generated_client::ladiflow::customer_list::Request) -> Result<(), generated_client::codegen_runtime::client::Error> {
        /// use generated_client::codegen_runtime::client::StreamExt;
        /// let mut items = std::pin::pin!(client.customer_list_all(request, None));
        /// while let Some(item) = items.next().await {
        ///     let item = item?; // an error ends the walk
        ///     # let _ = item;
        /// }
        /// # Ok(())
        /// # }
        /// ```
        pub fn customer_list_all<'a>(
            &'a self,
            request: &customer_list::Request,
            max_items: Option<usize>,
        ) -> impl ::codegen_runtime::client::Stream<
            Item = Result<customer_list::Item, ::codegen_runtime::client::Error>,
        > + 'a {
            self.transport
                .pages(
                    &customer_list::ENDPOINT,
                    &::codegen_runtime::NoParams,
                    Some(request),
                    max_items,
                )
        }
        /// Xem khách hàng (Show a customer) — `POST /customer/show`. Validates the parameters and the request first; nothing is sent when they break the spec.
        ///
        /// ```no_run
        /// # async fn example(client: &generated_client::ladiflow::LadiflowClient, request: &generated_client::ladiflow::customer_show::Request) -> Result<(), generated_client::codegen_runtime::client::Error> {
        /// let response = client.customer_show(request).await?;
        /// # let _ = response;
        /// # Ok(())
        /// # }
        /// ```
        pub async fn customer_show(
            &self,
            request: &customer_show::Request,
        ) -> Result<customer_show::Response, ::codegen_runtime::client::Error> {
            self.transport
                .send(
                    &customer_show::ENDPOINT,
                    &::codegen_runtime::NoParams,
                    Some(request),
                )
                .await
        }
        /// [`customer_show`](Self::customer_show) with per-call options (extra headers, a timeout, an idempotency key, which lets a POST be retried too), answering with the HTTP status and headers beside the body.
        pub async fn customer_show_with(
            &self,
            request: &customer_show::Request,
            options: &::codegen_runtime::client::CallOptions,
        ) -> Result<
            ::codegen_runtime::client::Response<customer_show::Response>,
            ::codegen_runtime::client::Error,
        > {
            self.transport
                .send_with(
                    &customer_show::ENDPOINT,
                    &::codegen_runtime::NoParams,
                    Some(request),
                    options,
                )
                .await
        }
    }
}
/// Endpoints of `tiki`.
#[cfg(feature = "tiki")]
pub mod tiki {
    /// The records every endpoint of the service shares.
    pub mod types;
    /// Get info from auth token (Read the user of an auth token) — `POST /oauth/me`
    pub mod auth_me;
    /// Đổi auth code lấy auth token (Exchange an auth code for a token) — `POST /oauth/auth/token`
    pub mod auth_token_exchange;
    /// Refresh auth token (Refresh an auth token) — `POST /oauth/auth/token/refresh`
    pub mod auth_token_refresh;
    /// API List Districts (List districts) — `GET /v1/countries/VN/regions/{region_id}/districts`
    pub mod district_list;
    /// Tạo hồ sơ (Create a lead application) — `POST /lead/applications`
    pub mod lead_application_create;
    /// Cập nhật hồ sơ (Update a lead application) — `PUT /lead/applications/{application_id}`
    pub mod lead_application_update;
    /// Hủy đơn hàng và hoàn tiền (Cancel an order and refund it) — `POST /order/cancel`
    pub mod order_cancel;
    /// Hoàn thành đơn hàng (Complete an order) — `POST /order/complete`
    pub mod order_complete;
    /// Tạo đơn hàng (Create a payment order) — `POST /order`
    pub mod order_create;
    /// Tạo đơn hàng với sản phẩm đã có SKU (Create a payment order of several SKUs) — `POST /order/multi-sku`
    pub mod order_create_multi_sku;
    /// Lấy thông tin một đơn hàng (Get a payment order) — `GET /order`
    pub mod order_get;
    /// Lấy thông tin nhiều đơn hàng (List payment orders) — `GET /order/list`
    pub mod order_list;
    /// Xử lý kết quả thanh toán (Payment result notification (IPN)) — `POST /payment/ipn`
    pub mod payment_ipn;
    /// API List Regions (List regions) — `GET /v1/countries/VN/regions`
    pub mod region_list;
    /// Cancel shipment (Cancel a shipment) — `DELETE /shipping/shipments`
    pub mod shipment_cancel;
    /// Create shipment (Create a shipment) — `POST /shipping/shipments`
    pub mod shipment_create;
    /// Get shipment (Get a shipment) — `GET /shipping/shipments`
    pub mod shipment_get;
    /// Switch shipment's status (Switch a shipment's status (sandbox)) — `POST /shipping/shipment_status`
    pub mod shipment_status_switch;
    /// Webhook (Shipment event notification) — `POST /shipping/webhook`
    pub mod shipment_webhook;
    /// List quotes (List quotes) — `POST /shipping/quotes`
    pub mod shipping_quotes;
    /// User Profile (Read the user's profile) — `GET /customers/profile`
    pub mod user_profile;
    /// API List Wards (List wards) — `GET /v1/countries/VN/regions/{region_id}/districts/{district_id}`
    pub mod ward_list;
    /// Calls the `tiki` endpoints: authentication, environments and errors as the specs say.
    #[cfg(feature = "client")]
    #[derive(Debug, Clone)]
    pub struct TikiClient {
        transport: ::codegen_runtime::client::Transport,
    }
    #[cfg(feature = "client")]
    impl TikiClient {
        /// A client that reaches the service as `config` says; unless the config sets one, it
        /// sends `User-Agent: <this crate>/<its version>`.
        pub fn new(
            config: ::codegen_runtime::client::Config,
        ) -> Result<Self, ::codegen_runtime::client::Error> {
            let config = config
                .default_user_agent(
                    concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION")),
                );
            Ok(Self {
                transport: ::codegen_runtime::client::Transport::new(config)?,
            })
        }
        /// Get info from auth token (Read the user of an auth token) — `POST /oauth/me`. Validates the parameters and the request first; nothing is sent when they break the spec.
        ///
        /// ```no_run
        /// # async fn example(client: &generated_client::tiki::TikiClient, request: &generated_client::tiki::auth_me::Request) -> Result<(), generated_client::codegen_runtime::client::Error> {
        /// let response = client.auth_me(request).await?;
        /// # let _ = response;
        /// # Ok(())
        /// # }
        /// ```
        pub async fn auth_me(
            &self,
            request: &auth_me::Request,
        ) -> Result<auth_me::Response, ::codegen_runtime::client::Error> {
            self.transport
                .send(&auth_me::ENDPOINT, &::codegen_runtime::NoParams, Some(request))
                .await
        }
        /// [`auth_me`](Self::auth_me) with per-call options (extra headers, a timeout, an idempotency key, which lets a POST be retried too), answering with the HTTP status and headers beside the body.
        pub async fn auth_me_with(
            &self,
            request: &auth_me::Request,
            options: &::codegen_runtime::client::CallOptions,
        ) -> Result<
            ::codegen_runtime::client::Response<auth_me::Response>,
            ::codegen_runtime::client::Error,
        > {
            self.transport
                .send_with(
                    &auth_me::ENDPOINT,
                    &::codegen_runtime::NoParams,
                    Some(request),
                    options,
                )
                .await
        }
        /// Đổi auth code lấy auth token (Exchange an auth code for a token) — `POST /oauth/auth/token`. Validates the parameters and the request first; nothing is sent when they break the spec.
        ///
        /// ```no_run
        /// # async fn example(client: &generated_client::tiki::TikiClient, request: &generated_client::tiki::auth_token_exchange::Request) -> Result<(), generated_client::codegen_runtime::client::Error> {
        /// let response = client.auth_token_exchange(request).await?;
        /// # let _ = response;
        /// # Ok(())
        /// # }
        /// ```
        pub async fn auth_token_exchange(
            &self,
            request: &auth_token_exchange::Request,
        ) -> Result<auth_token_exchange::Response, ::codegen_runtime::client::Error> {
            self.transport
                .send(
                    &auth_token_exchange::ENDPOINT,
                    &::codegen_runtime::NoParams,
                    Some(request),
                )
                .await
        }
        /// [`auth_token_exchange`](Self::auth_token_exchange) with per-call options (extra headers, a timeout, an idempotency key, which lets a POST be retried too), answering with the HTTP status and headers beside the body.
        pub async fn auth_token_exchange_with(
            &self,
            request: &auth_token_exchange::Request,
            options: &::codegen_runtime::client::CallOptions,
        ) -> Result<
            ::codegen_runtime::client::Response<auth_token_exchange::Response>,
            ::codegen_runtime::client::Error,
        > {
            self.transport
                .send_with(
                    &auth_token_exchange::ENDPOINT,
                    &::codegen_runtime::NoParams,
                    Some(request),
                    options,
                )
                .await
        }
        /// Refresh auth token (Refresh an auth token) — `POST /oauth/auth/token/refresh`. Validates the parameters and the request first; nothing is sent when they break the spec.
        ///
        /// ```no_run
        /// # async fn example(client: &generated_client::tiki::TikiClient, request: &generated_client::tiki::auth_token_refresh::Request) -> Result<(), generated_client::codegen_runtime::client::Error> {
        /// let response = client.auth_token_refresh(request).await?;
        /// # let _ = response;
        /// # Ok(())
        /// # }
        /// ```
        pub async fn auth_token_refresh(
            &self,
            request: &auth_token_refresh::Request,
        ) -> Result<auth_token_refresh::Response, ::codegen_runtime::client::Error> {
            self.transport
                .send(
                    &auth_token_refresh::ENDPOINT,
                    &::codegen_runtime::NoParams,
                    Some(request),
                )
                .await
        }
        /// [`auth_token_refresh`](Self::auth_token_refresh) with per-call options (extra headers, a timeout, an idempotency key, which lets a POST be retried too), answering with the HTTP status and headers beside the body.
        pub async fn auth_token_refresh_with(
            &self,
            request: &auth_token_refresh::Request,
            options: &::codegen_runtime::client::CallOptions,
        ) -> Result<
            ::codegen_runtime::client::Response<auth_token_refresh::Response>,
            ::codegen_runtime::client::Error,
        > {
            self.transport
                .send_with(
                    &auth_token_refresh::ENDPOINT,
                    &::codegen_runtime::NoParams,
                    Some(request),
                    options,
                )
                .await
        }
        /// API List Districts (List districts) — `GET /v1/countries/VN/regions/{region_id}/districts`. Validates the parameters and the request first; nothing is sent when they break the spec.
        ///
        /// ```no_run
        /// # async fn example(client: &generated_client::tiki::TikiClient, params: &generated_client::tiki::district_list::Params) -> Result<(), generated_client::codegen_runtime::client::Error> {
        /// let response = client.district_list(params).await?;
        /// # let _ = response;
        /// # Ok(())
        /// # }
        /// ```
        pub async fn district_list(
            &self,
            params: &district_list::Params,
        ) -> Result<district_list::Response, ::codegen_runtime::client::Error> {
            self.transport.send(&district_list::ENDPOINT, params, None::<&()>).await
        }
        /// [`district_list`](Self::district_list) with per-call options (extra headers, a timeout, an idempotency key, which lets a POST be retried too), answering with the HTTP status and headers beside the body.
        pub async fn district_list_with(
            &self,
            params: &district_list::Params,
            options: &::codegen_runtime::client::CallOptions,
        ) -> Result<
            ::codegen_runtime::client::Response<district_list::Response>,
            ::codegen_runtime::client::Error,
        > {
            self.transport
                .send_with(&district_list::ENDPOINT, params, None::<&()>, options)
                .await
        }
        /// Tạo hồ sơ (Create a lead application) — `POST /lead/applications`. Validates the parameters and the request first; nothing is sent when they break the spec.
        ///
        /// ```no_run
        /// # async fn example(client: &generated_client::tiki::TikiClient, request: &generated_client::tiki::lead_application_create::Request) -> Result<(), generated_client::codegen_runtime::client::Error> {
        /// let response = client.lead_application_create(request).await?;
        /// # let _ = response;
        /// # Ok(())
        /// # }
        /// ```
        pub async fn lead_application_create(
            &self,
            request: &lead_application_create::Request,
        ) -> Result<
            lead_application_create::Response,
            ::codegen_runtime::client::Error,
        > {
            self.transport
                .send(
                    &lead_application_create::ENDPOINT,
                    &::codegen_runtime::NoParams,
                    Some(request),
                )
                .await
        }
        /// [`lead_application_create`](Self::lead_application_create) with per-call options (extra headers, a timeout, an idempotency key, which lets a POST be retried too), answering with the HTTP status and headers beside the body.
        pub async fn lead_application_create_with(
            &self,
            request: &lead_application_create::Request,
            options: &::codegen_runtime::client::CallOptions,
        ) -> Result<
            ::codegen_runtime::client::Response<lead_application_create::Response>,
            ::codegen_runtime::client::Error,
        > {
            self.transport
                .send_with(
                    &lead_application_create::ENDPOINT,
                    &::codegen_runtime::NoParams,
                    Some(request),
                    options,
                )
                .await
        }
        /// Cập nhật hồ sơ (Update a lead application) — `PUT /lead/applications/{application_id}`. Validates the parameters and the request first; nothing is sent when they break the spec.
        ///
        /// ```no_run
        /// # async fn example(client: &generated_client::tiki::TikiClient, params: &generated_client::tiki::lead_application_update::Params, request: &generated_client::tiki::lead_application_update::Request) -> Result<(), generated_client::codegen_runtime::client::Error> {
        /// client.lead_application_update(params, request).await?; // the vendor answers without a body
        /// # Ok(())
        /// # }
        /// ```
        pub async fn lead_application_update(
            &self,
            params: &lead_application_update::Params,
            request: &lead_application_update::Request,
        ) -> Result<(), ::codegen_runtime::client::Error> {
            self.transport
                .send_without_response_body(
                    &lead_application_update::ENDPOINT,
                    params,
                    Some(request),
                )
                .await
        }
        /// [`lead_application_update`](Self::lead_application_update) with per-call options (extra headers, a timeout, an idempotency key, which lets a POST be retried too), answering with the HTTP status and headers beside the body.
        pub async fn lead_application_update_with(
            &self,
            params: &lead_application_update::Params,
            request: &lead_application_update::Request,
            options: &::codegen_runtime::client::CallOptions,
        ) -> Result<
            ::codegen_runtime::client::Response<()>,
            ::codegen_runtime::client::Error,
        > {
            self.transport
                .send_without_response_body_with(
                    &lead_application_update::ENDPOINT,
                    params,
                    Some(request),
                    options,
                )
                .await
        }
        /// Hủy đơn hàng và hoàn tiền (Cancel an order and refund it) — `POST /order/cancel`. Validates the parameters and the request first; nothing is sent when they break the spec.
        ///
        /// ```no_run
        /// # async fn example(client: &generated_client::tiki::TikiClient, request: &generated_client::tiki::order_cancel::Request) -> Result<(), generated_client::codegen_runtime::client::Error> {
        /// let response = client.order_cancel(request).await?;
        /// # let _ = response;
        /// # Ok(())
        /// # }
        /// ```
        pub async fn order_cancel(
            &self,
            request: &order_cancel::Request,
        ) -> Result<order_cancel::Response, ::codegen_runtime::client::Error> {
            self.transport
                .send(
                    &order_cancel::ENDPOINT,
                    &::codegen_runtime::NoParams,
                    Some(request),
                )
                .await
        }
        /// [`order_cancel`](Self::order_cancel) with per-call options (extra headers, a timeout, an idempotency key, which lets a POST be retried too), answering with the HTTP status and headers beside the body.
        pub async fn order_cancel_with(
            &self,
            request: &order_cancel::Request,
            options: &::codegen_runtime::client::CallOptions,
        ) -> Result<
            ::codegen_runtime::client::Response<order_cancel::Response>,
            ::codegen_runtime::client::Error,
        > {
            self.transport
                .send_with(
                    &order_cancel::ENDPOINT,
                    &::codegen_runtime::NoParams,
                    Some(request),
                    options,
                )
                .await
        }
        /// Hoàn thành đơn hàng (Complete an order) — `POST /order/complete`. Validates the parameters and the request first; nothing is sent when they break the spec.
        ///
        /// ```no_run
        /// # async fn example(client: &generated_client::tiki::TikiClient, request: &generated_client::tiki::order_complete::Request) -> Result<(), generated_client::codegen_runtime::client::Error> {
        /// let response = client.order_complete(request).await?;
        /// # let _ = response;
        /// # Ok(())
        /// # }
        /// ```
        pub async fn order_complete(
            &self,
            request: &order_complete::Request,
        ) -> Result<order_complete::Response, ::codegen_runtime::client::Error> {
            self.transport
                .send(
                    &order_complete::ENDPOINT,
                    &::codegen_runtime::NoParams,
                    Some(request),
                )
                .await
        }
        /// [`order_complete`](Self::order_complete) with per-call options (extra headers, a timeout, an idempotency key, which lets a POST be retried too), answering with the HTTP status and headers beside the body.
        pub async fn order_complete_with(
            &self,
            request: &order_complete::Request,
            options: &::codegen_runtime::client::CallOptions,
        ) -> Result<
            ::codegen_runtime::client::Response<order_complete::Response>,
            ::codegen_runtime::client::Error,
        > {
            self.transport
                .send_with(
                    &order_complete::ENDPOINT,
                    &::codegen_runtime::NoParams,
                    Some(request),
                    options,
                )
                .await
        }
        /// Tạo đơn hàng (Create a payment order) — `POST /order`. Validates the parameters and the request first; nothing is sent when they break the spec.
        ///
        /// ```no_run
        /// # async fn example(client: &generated_client::tiki::TikiClient, request: &generated_client::tiki::order_create::Request) -> Result<(), generated_client::codegen_runtime::client::Error> {
        /// let response = client.order_create(request).await?;
        /// # let _ = response;
        /// # Ok(())
        /// # }
        /// ```
        pub async fn order_create(
            &self,
            request: &order_create::Request,
        ) -> Result<order_create::Response, ::codegen_runtime::client::Error> {
            self.transport
                .send(
                    &order_create::ENDPOINT,
                    &::codegen_runtime::NoParams,
                    Some(request),
                )
                .await
        }
        /// [`order_create`](Self::order_create) with per-call options (extra headers, a timeout, an idempotency key, which lets a POST be retried too), answering with the HTTP status and headers beside the body.
        pub async fn order_create_with(
            &self,
            request: &order_create::Request,
            options: &::codegen_runtime::client::CallOptions,
        ) -> Result<
            ::codegen_runtime::client::Response<order_create::Response>,
            ::codegen_runtime::client::Error,
        > {
            self.transport
                .send_with(
                    &order_create::ENDPOINT,
                    &::codegen_runtime::NoParams,
                    Some(request),
                    options,
                )
                .await
        }
        /// Tạo đơn hàng với sản phẩm đã có SKU (Create a payment order of several SKUs) — `POST /order/multi-sku`. Validates the parameters and the request first; nothing is sent when they break the spec.
        ///
        /// ```no_run
        /// # async fn example(client: &generated_client::tiki::TikiClient, request: &generated_client::tiki::order_create_multi_sku::Request) -> Result<(), generated_client::codegen_runtime::client::Error> {
        /// let response = client.order_create_multi_sku(request).await?;
        /// # let _ = response;
        /// # Ok(())
        /// # }
        /// ```
        pub async fn order_create_multi_sku(
            &self,
            request: &order_create_multi_sku::Request,
        ) -> Result<order_create_multi_sku::Response, ::codegen_runtime::client::Error> {
            self.transport
                .send(
                    &order_create_multi_sku::ENDPOINT,
                    &::codegen_runtime::NoParams,
                    Some(request),
                )
                .await
        }
        /// [`order_create_multi_sku`](Self::order_create_multi_sku) with per-call options (extra headers, a timeout, an idempotency key, which lets a POST be retried too), answering with the HTTP status and headers beside the body.
        pub async fn order_create_multi_sku_with(
            &self,
            request: &order_create_multi_sku::Request,
            options: &::codegen_runtime::client::CallOptions,
        ) -> Result<
            ::codegen_runtime::client::Response<order_create_multi_sku::Response>,
            ::codegen_runtime::client::Error,
        > {
            self.transport
                .send_with(
                    &order_create_multi_sku::ENDPOINT,
                    &::codegen_runtime::NoParams,
                    Some(request),
                    options,
                )
                .await
        }
        /// Lấy thông tin một đơn hàng (Get a payment order) — `GET /order`. Validates the parameters and the request first; nothing is sent when they break the spec.
        ///
        /// ```no_run
        /// # async fn example(client: &generated_client::tiki::TikiClient, params: &generated_client::tiki::order_get::Params) -> Result<(), generated_client::codegen_runtime::client::Error> {
        /// let response = client.order_get(params).await?;
        /// # let _ = response;
        /// # Ok(())
        /// # }
        /// ```
        pub async fn order_get(
            &self,
            params: &order_get::Params,
        ) -> Result<order_get::Response, ::codegen_runtime::client::Error> {
            self.transport.send(&order_get::ENDPOINT, params, None::<&()>).await
        }
        /// [`order_get`](Self::order_get) with per-call options (extra headers, a timeout, an idempotency key, which lets a POST be retried too), answering with the HTTP status and headers beside the body.
        pub async fn order_get_with(
            &self,
            params: &order_get::Params,
            options: &::codegen_runtime::client::CallOptions,
        ) -> Result<
            ::codegen_runtime::client::Response<order_get::Response>,
            ::codegen_runtime::client::Error,
        > {
            self.transport
                .send_with(&order_get::ENDPOINT, params, None::<&()>, options)
                .await
        }
        /// Lấy thông tin nhiều đơn hàng (List payment orders) — `GET /order/list`. Validates the parameters and the request first; nothing is sent when they break the spec.
        ///
        /// ```no_run
        /// # async fn example(client: &generated_client::tiki::TikiClient, params: &generated_client::tiki::order_list::Params) -> Result<(), generated_client::codegen_runtime::client::Error> {
        /// let response = client.order_list(params).await?;
        /// # let _ = response;
        /// # Ok(())
        /// # }
        /// ```
        pub async fn order_list(
            &self,
            params: &order_list::Params,
        ) -> Result<order_list::Response, ::codegen_runtime::client::Error> {
            self.transport.send(&order_list::ENDPOINT, params, None::<&()>).await
        }
        /// [`order_list`](Self::order_list) with per-call options (extra headers, a timeout, an idempotency key, which lets a POST be retried too), answering with the HTTP status and headers beside the body.
        pub async fn order_list_with(
            &self,
            params: &order_list::Params,
            options: &::codegen_runtime::client::CallOptions,
        ) -> Result<
            ::codegen_runtime::client::Response<order_list::Response>,
            ::codegen_runtime::client::Error,
        > {
            self.transport
                .send_with(&order_list::ENDPOINT, params, None::<&()>, options)
                .await
        }
        /// API List Regions (List regions) — `GET /v1/countries/VN/regions`. Validates the parameters and the request first; nothing is sent when they break the spec.
        ///
        /// ```no_run
        /// # async fn example(client: &generated_client::tiki::TikiClient) -> Result<(), generated_client::codegen_runtime::client::Error> {
        /// let response = client.region_list().await?;
        /// # let _ = response;
        /// # Ok(())
        /// # }
        /// ```
        pub async fn region_list(
            &self,
        ) -> Result<region_list::Response, ::codegen_runtime::client::Error> {
            self.transport
                .send(&region_list::ENDPOINT, &::codegen_runtime::NoParams, None::<&()>)
                .await
        }
        /// [`region_list`](Self::region_list) with per-call options (extra headers, a timeout, an idempotency key, which lets a POST be retried too), answering with the HTTP status and headers beside the body.
        pub async fn region_list_with(
            &self,
            options: &::codegen_runtime::client::CallOptions,
        ) -> Result<
            ::codegen_runtime::client::Response<region_list::Response>,
            ::codegen_runtime::client::Error,
        > {
            self.transport
                .send_with(
                    &region_list::ENDPOINT,
                    &::codegen_runtime::NoParams,
                    None::<&()>,
                    options,
                )
                .await
        }
        /// Cancel shipment (Cancel a shipment) — `DELETE /shipping/shipments`. Validates the parameters and the request first; nothing is sent when they break the spec.
        ///
        /// ```no_run
        /// # async fn example(client: &generated_client::tiki::TikiClient, params: &generated_client::tiki::shipment_cancel::Params) -> Result<(), generated_client::codegen_runtime::client::Error> {
        /// let response = client.shipment_cancel(params).await?;
        /// # let _ = response;
        /// # Ok(())
        /// # }
        /// ```
        pub async fn shipment_cancel(
            &self,
            params: &shipment_cancel::Params,
        ) -> Result<shipment_cancel::Response, ::codegen_runtime::client::Error> {
            self.transport.send(&shipment_cancel::ENDPOINT, params, None::<&()>).await
        }
        /// [`shipment_cancel`](Self::shipment_cancel) with per-call options (extra headers, a timeout, an idempotency key, which lets a POST be retried too), answering with the HTTP status and headers beside the body.
        pub async fn shipment_cancel_with(
            &self,
            params: &shipment_cancel::Params,
            options: &::codegen_runtime::client::CallOptions,
        ) -> Result<
            ::codegen_runtime::client::Response<shipment_cancel::Response>,
            ::codegen_runtime::client::Error,
        > {
            self.transport
                .send_with(&shipment_cancel::ENDPOINT, params, None::<&()>, options)
                .await
        }
        /// Create shipment (Create a shipment) — `POST /shipping/shipments`. Validates the parameters and the request first; nothing is sent when they break the spec.
        ///
        /// ```no_run
        /// # async fn example(client: &generated_client::tiki::TikiClient, request: &generated_client::tiki::shipment_create::Request) -> Result<(), generated_client::codegen_runtime::client::Error> {
        /// let response = client.shipment_create(request).await?;
        /// # let _ = response;
        /// # Ok(())
        /// # }
        /// ```
        pub async fn shipment_create(
            &self,
            request: &shipment_create::Request,
        ) -> Result<shipment_create::Response, ::codegen_runtime::client::Error> {
            self.transport
                .send(
                    &shipment_create::ENDPOINT,
                    &::codegen_runtime::NoParams,
                    Some(request),
                )
                .await
        }
        /// [`shipment_create`](Self::shipment_create) with per-call options (extra headers, a timeout, an idempotency key, which lets a POST be retried too), answering with the HTTP status and headers beside the body.
        pub async fn shipment_create_with(
            &self,
            request: &shipment_create::Request,
            options: &::codegen_runtime::client::CallOptions,
        ) -> Result<
            ::codegen_runtime::client::Response<shipment_create::Response>,
            ::codegen_runtime::client::Error,
        > {
            self.transport
                .send_with(
                    &shipment_create::ENDPOINT,
                    &::codegen_runtime::NoParams,
                    Some(request),
                    options,
                )
                .await
        }
        /// Get shipment (Get a shipment) — `GET /shipping/shipments`. Validates the parameters and the request first; nothing is sent when they break the spec.
        ///
        /// ```no_run
        /// # async fn example(client: &generated_client::tiki::TikiClient, params: &generated_client::tiki::shipment_get::Params) -> Result<(), generated_client::codegen_runtime::client::Error> {
        /// let response = client.shipment_get(params).await?;
        /// # let _ = response;
        /// # Ok(())
        /// # }
        /// ```
        pub async fn shipment_get(
            &self,
            params: &shipment_get::Params,
        ) -> Result<shipment_get::Response, ::codegen_runtime::client::Error> {
            self.transport.send(&shipment_get::ENDPOINT, params, None::<&()>).await
        }
        /// [`shipment_get`](Self::shipment_get) with per-call options (extra headers, a timeout, an idempotency key, which lets a POST be retried too), answering with the HTTP status and headers beside the body.
        pub async fn shipment_get_with(
            &self,
            params: &shipment_get::Params,
            options: &::codegen_runtime::client::CallOptions,
        ) -> Result<
            ::codegen_runtime::client::Response<shipment_get::Response>,
            ::codegen_runtime::client::Error,
        > {
            self.transport
                .send_with(&shipment_get::ENDPOINT, params, None::<&()>, options)
                .await
        }
        /// Switch shipment's status (Switch a shipment's status (sandbox)) — `POST /shipping/shipment_status`. Validates the parameters and the request first; nothing is sent when they break the spec.
        ///
        /// ```no_run
        /// # async fn example(client: &generated_client::tiki::TikiClient, request: &generated_client::tiki::shipment_status_switch::Request) -> Result<(), generated_client::codegen_runtime::client::Error> {
        /// let response = client.shipment_status_switch(request).await?;
        /// # let _ = response;
        /// # Ok(())
        /// # }
        /// ```
        pub async fn shipment_status_switch(
            &self,
            request: &shipment_status_switch::Request,
        ) -> Result<shipment_status_switch::Response, ::codegen_runtime::client::Error> {
            self.transport
                .send(
                    &shipment_status_switch::ENDPOINT,
                    &::codegen_runtime::NoParams,
                    Some(request),
                )
                .await
        }
        /// [`shipment_status_switch`](Self::shipment_status_switch) with per-call options (extra headers, a timeout, an idempotency key, which lets a POST be retried too), answering with the HTTP status and headers beside the body.
        pub async fn shipment_status_switch_with(
            &self,
            request: &shipment_status_switch::Request,
            options: &::codegen_runtime::client::CallOptions,
        ) -> Result<
            ::codegen_runtime::client::Response<shipment_status_switch::Response>,
            ::codegen_runtime::client::Error,
        > {
            self.transport
                .send_with(
                    &shipment_status_switch::ENDPOINT,
                    &::codegen_runtime::NoParams,
                    Some(request),
                    options,
                )
                .await
        }
        /// List quotes (List quotes) — `POST /shipping/quotes`. Validates the parameters and the request first; nothing is sent when they break the spec.
        ///
        /// ```no_run
        /// # async fn example(client: &generated_client::tiki::TikiClient, request: &generated_client::tiki::shipping_quotes::Request) -> Result<(), generated_client::codegen_runtime::client::Error> {
        /// let response = client.shipping_quotes(request).await?;
        /// # let _ = response;
        /// # Ok(())
        /// # }
        /// ```
        pub async fn shipping_quotes(
            &self,
            request: &shipping_quotes::Request,
        ) -> Result<shipping_quotes::Response, ::codegen_runtime::client::Error> {
            self.transport
                .send(
                    &shipping_quotes::ENDPOINT,
                    &::codegen_runtime::NoParams,
                    Some(request),
                )
                .await
        }
        /// [`shipping_quotes`](Self::shipping_quotes) with per-call options (extra headers, a timeout, an idempotency key, which lets a POST be retried too), answering with the HTTP status and headers beside the body.
        pub async fn shipping_quotes_with(
            &self,
            request: &shipping_quotes::Request,
            options: &::codegen_runtime::client::CallOptions,
        ) -> Result<
            ::codegen_runtime::client::Response<shipping_quotes::Response>,
            ::codegen_runtime::client::Error,
        > {
            self.transport
                .send_with(
                    &shipping_quotes::ENDPOINT,
                    &::codegen_runtime::NoParams,
                    Some(request),
                    options,
                )
                .await
        }
        /// User Profile (Read the user's profile) — `GET /customers/profile`. Validates the parameters and the request first; nothing is sent when they break the spec.
        ///
        /// ```no_run
        /// # async fn example(client: &generated_client::tiki::TikiClient) -> Result<(), generated_client::codegen_runtime::client::Error> {
        /// let response = client.user_profile().await?;
        /// # let _ = response;
        /// # Ok(())
        /// # }
        /// ```
        pub async fn user_profile(
            &self,
        ) -> Result<user_profile::Response, ::codegen_runtime::client::Error> {
            self.transport
                .send(&user_profile::ENDPOINT, &::codegen_runtime::NoParams, None::<&()>)
                .await
        }
        /// [`user_profile`](Self::user_profile) with per-call options (extra headers, a timeout, an idempotency key, which lets a POST be retried too), answering with the HTTP status and headers beside the body.
        pub async fn user_profile_with(
            &self,
            options: &::codegen_runtime::client::CallOptions,
        ) -> Result<
            ::codegen_runtime::client::Response<user_profile::Response>,
            ::codegen_runtime::client::Error,
        > {
            self.transport
                .send_with(
                    &user_profile::ENDPOINT,
                    &::codegen_runtime::NoParams,
                    None::<&()>,
                    options,
                )
                .await
        }
        /// API List Wards (List wards) — `GET /v1/countries/VN/regions/{region_id}/districts/{district_id}`. Validates the parameters and the request first; nothing is sent when they break the spec.
        ///
        /// ```no_run
        /// # async fn example(client: &generated_client::tiki::TikiClient, params: &generated_client::tiki::ward_list::Params) -> Result<(), generated_client::codegen_runtime::client::Error> {
        /// let response = client.ward_list(params).await?;
        /// # let _ = response;
        /// # Ok(())
        /// # }
        /// ```
        pub async fn ward_list(
            &self,
            params: &ward_list::Params,
        ) -> Result<ward_list::Response, ::codegen_runtime::client::Error> {
            self.transport.send(&ward_list::ENDPOINT, params, None::<&()>).await
        }
        /// [`ward_list`](Self::ward_list) with per-call options (extra headers, a timeout, an idempotency key, which lets a POST be retried too), answering with the HTTP status and headers beside the body.
        pub async fn ward_list_with(
            &self,
            params: &ward_list::Params,
            options: &::codegen_runtime::client::CallOptions,
        ) -> Result<
            ::codegen_runtime::client::Response<ward_list::Response>,
            ::codegen_runtime::client::Error,
        > {
            self.transport
                .send_with(&ward_list::ENDPOINT, params, None::<&()>, options)
                .await
        }
    }
}
/// Every endpoint's metadata and body codecs, in spec order (of the services enabled).
pub const ENDPOINTS: &[::codegen_runtime::EndpointTypes] = &[
    #[cfg(feature = "ladiflow")]
    ladiflow::customer_create::TYPES,
    #[cfg(feature = "ladiflow")]
    ladiflow::customer_list::TYPES,
    #[cfg(feature = "ladiflow")]
    ladiflow::customer_show::TYPES,
    #[cfg(feature = "tiki")]
    tiki::auth_me::TYPES,
    #[cfg(feature = "tiki")]
    tiki::auth_token_exchange::TYPES,
    #[cfg(feature = "tiki")]
    tiki::auth_token_refresh::TYPES,
    #[cfg(feature = "tiki")]
    tiki::district_list::TYPES,
    #[cfg(feature = "tiki")]
    tiki::lead_application_create::TYPES,
    #[cfg(feature = "tiki")]
    tiki::lead_application_update::TYPES,
    #[cfg(feature = "tiki")]
    tiki::order_cancel::TYPES,
    #[cfg(feature = "tiki")]
    tiki::order_complete::TYPES,
    #[cfg(feature = "tiki")]
    tiki::order_create::TYPES,
    #[cfg(feature = "tiki")]
    tiki::order_create_multi_sku::TYPES,
    #[cfg(feature = "tiki")]
    tiki::order_get::TYPES,
    #[cfg(feature = "tiki")]
    tiki::order_list::TYPES,
    #[cfg(feature = "tiki")]
    tiki::payment_ipn::TYPES,
    #[cfg(feature = "tiki")]
    tiki::region_list::TYPES,
    #[cfg(feature = "tiki")]
    tiki::shipment_cancel::TYPES,
    #[cfg(feature = "tiki")]
    tiki::shipment_create::TYPES,
    #[cfg(feature = "tiki")]
    tiki::shipment_get::TYPES,
    #[cfg(feature = "tiki")]
    tiki::shipment_status_switch::TYPES,
    #[cfg(feature = "tiki")]
    tiki::shipment_webhook::TYPES,
    #[cfg(feature = "tiki")]
    tiki::shipping_quotes::TYPES,
    #[cfg(feature = "tiki")]
    tiki::user_profile::TYPES,
    #[cfg(feature = "tiki")]
    tiki::ward_list::TYPES,
];
/// What `schemars` derives for each endpoint's request type: (service, endpoint, schema).
#[cfg(feature = "schemars")]
pub const DERIVED_REQUEST_SCHEMAS: &[::codegen_runtime::DerivedSchema] = &[
    #[cfg(feature = "ladiflow")]
    (
        "ladiflow",
        "customer_create",
        ::codegen_runtime::derived_schema::<ladiflow::customer_create::Request>,
    ),
    #[cfg(feature = "ladiflow")]
    (
        "ladiflow",
        "customer_list",
        ::codegen_runtime::derived_schema::<ladiflow::customer_list::Request>,
    ),
    #[cfg(feature = "ladiflow")]
    (
        "ladiflow",
        "customer_show",
        ::codegen_runtime::derived_schema::<ladiflow::customer_show::Request>,
    ),
    #[cfg(feature = "tiki")]
    ("tiki", "auth_me", ::codegen_runtime::derived_schema::<tiki::auth_me::Request>),
    #[cfg(feature = "tiki")]
    (
        "tiki",
        "auth_token_exchange",
        ::codegen_runtime::derived_schema::<tiki::auth_token_exchange::Request>,
    ),
    #[cfg(feature = "tiki")]
    (
        "tiki",
        "auth_token_refresh",
        ::codegen_runtime::derived_schema::<tiki::auth_token_refresh::Request>,
    ),
    #[cfg(feature = "tiki")]
    (
        "tiki",
        "lead_application_create",
        ::codegen_runtime::derived_schema::<tiki::lead_application_create::Request>,
    ),
    #[cfg(feature = "tiki")]
    (
        "tiki",
        "lead_application_update",
        ::codegen_runtime::derived_schema::<tiki::lead_application_update::Request>,
    ),
    #[cfg(feature = "tiki")]
    (
        "tiki",
        "order_cancel",
        ::codegen_runtime::derived_schema::<tiki::order_cancel::Request>,
    ),
    #[cfg(feature = "tiki")]
    (
        "tiki",
        "order_complete",
        ::codegen_runtime::derived_schema::<tiki::order_complete::Request>,
    ),
    #[cfg(feature = "tiki")]
    (
        "tiki",
        "order_create",
        ::codegen_runtime::derived_schema::<tiki::order_create::Request>,
    ),
    #[cfg(feature = "tiki")]
    (
        "tiki",
        "order_create_multi_sku",
        ::codegen_runtime::derived_schema::<tiki::order_create_multi_sku::Request>,
    ),
    #[cfg(feature = "tiki")]
    (
        "tiki",
        "payment_ipn",
        ::codegen_runtime::derived_schema::<tiki::payment_ipn::Request>,
    ),
    #[cfg(feature = "tiki")]
    (
        "tiki",
        "shipment_create",
        ::codegen_runtime::derived_schema::<tiki::shipment_create::Request>,
    ),
    #[cfg(feature = "tiki")]
    (
        "tiki",
        "shipment_status_switch",
        ::codegen_runtime::derived_schema::<tiki::shipment_status_switch::Request>,
    ),
    #[cfg(feature = "tiki")]
    (
        "tiki",
        "shipment_webhook",
        ::codegen_runtime::derived_schema::<tiki::shipment_webhook::Request>,
    ),
    #[cfg(feature = "tiki")]
    (
        "tiki",
        "shipping_quotes",
        ::codegen_runtime::derived_schema::<tiki::shipping_quotes::Request>,
    ),
];
