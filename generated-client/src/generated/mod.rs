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
    /// Tạo hồ sơ (Create a lead application) — `POST /lead/applications`
    pub mod lead_application_create;
    /// Cập nhật hồ sơ (Update a lead application) — `PUT /lead/applications/{application_id}`
    pub mod lead_application_update;
    /// Xử lý kết quả thanh toán (Payment result notification (IPN)) — `POST /payment/ipn`
    pub mod payment_ipn;
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
    tiki::lead_application_create::TYPES,
    #[cfg(feature = "tiki")]
    tiki::lead_application_update::TYPES,
    #[cfg(feature = "tiki")]
    tiki::payment_ipn::TYPES,
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
        "payment_ipn",
        ::codegen_runtime::derived_schema::<tiki::payment_ipn::Request>,
    ),
];
