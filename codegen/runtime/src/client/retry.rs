//! Retrying calls that are safe to repeat, as aws-sdk-rust's standard mode does: a few attempts
//! with exponential backoff and jitter, throttling (429) and unavailable upstreams retried, a
//! server's `Retry-After` honoured up to a cap, all within the call's time budget. Each attempt
//! is built afresh, so a signed request carries a new timestamp and signature over the same
//! bytes.

use super::*;

/// When a failed call is tried again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Attempts in all, the first included (1: never retried).
    pub max_attempts: u32,
    /// The wait before the second attempt; it doubles for each one after, with jitter.
    pub initial_backoff: Duration,
    /// The longest wait between two attempts that backoff chooses.
    pub max_backoff: Duration,
    /// The longest `Retry-After` honoured; a server that asks for more is not retried.
    pub max_retry_after: Duration,
    /// The statuses that are retried.
    pub statuses: Vec<u16>,
}

impl Default for RetryPolicy {
    /// Three attempts, 200 ms then 400 ms (with jitter), `Retry-After` up to 30 s, and 429,
    /// 502, 503 and 504 retried.
    fn default() -> Self {
        Self {
            max_attempts: 3,
            initial_backoff: Duration::from_millis(200),
            max_backoff: Duration::from_secs(5),
            max_retry_after: Duration::from_secs(30),
            statuses: vec![429, 502, 503, 504],
        }
    }
}

impl RetryPolicy {
    /// Every call is made once.
    pub fn none() -> Self {
        Self {
            max_attempts: 1,
            ..Self::default()
        }
    }

    /// Why `error` may be retried (`None`: it may not): a connection failure, an attempt that
    /// timed out, or a status of the policy.
    pub(super) fn reason(&self, error: &Error) -> Option<String> {
        match error {
            Error::Transport { .. } => Some("the connection failed".to_owned()),
            Error::Timeout { .. } => Some("the attempt timed out".to_owned()),
            error => error
                .status()
                .filter(|status| self.statuses.contains(status))
                .map(|status| format!("HTTP {status}")),
        }
    }

    /// The wait before attempt `next` (2 for the first retry): the server's `Retry-After` if
    /// it sent one (`None` when it asks for more than the cap), else exponential backoff with
    /// full jitter drawn from `seed`.
    pub(super) fn delay(
        &self,
        next: u32,
        retry_after: Option<Duration>,
        seed: u64,
    ) -> Option<Duration> {
        if let Some(asked) = retry_after {
            return (asked <= self.max_retry_after).then_some(asked);
        }
        let doubled = self
            .initial_backoff
            .saturating_mul(1 << next.saturating_sub(2).min(16))
            .min(self.max_backoff);
        // Full jitter, in [half, whole] of the backoff so that a retry never comes at once.
        let half = doubled / 2;
        let spread = u64::try_from(half.as_micros()).unwrap_or(u64::MAX).max(1);
        Some(half + Duration::from_micros(mix(seed) % spread))
    }
}

/// Whether a call to `endpoint` may be sent again without a second effect: what its spec says
/// (`idempotent:`), else its method's rule: GET, HEAD, PUT, DELETE and OPTIONS are (RFC 9110's
/// idempotent methods); a POST or PATCH is sent once.
pub(super) fn repeatable(endpoint: &crate::EndpointInfo) -> bool {
    endpoint.repeatable()
}

/// `Retry-After` as a wait: delay-seconds, or an HTTP date (`now_ms` is the clock, in
/// milliseconds since the Unix epoch).
pub(super) fn retry_after(value: &str, now_ms: u64) -> Option<Duration> {
    let value = value.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let at = chrono::DateTime::parse_from_rfc2822(value).ok()?;
    let at_ms = u64::try_from(at.timestamp_millis()).ok()?;
    Some(Duration::from_millis(at_ms.saturating_sub(now_ms)))
}

/// A 64-bit mix (splitmix64), for jitter: no random-number crate for one draw per retry.
fn mix(seed: u64) -> u64 {
    let mut z = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_reads_seconds_and_http_dates() {
        let now = 1_700_000_000_000;
        assert_eq!(retry_after("2", now), Some(Duration::from_secs(2)));
        // 2023-11-14T22:13:25Z is 5 s after `now`.
        assert_eq!(
            retry_after("Tue, 14 Nov 2023 22:13:25 GMT", now),
            Some(Duration::from_secs(5))
        );
        assert_eq!(retry_after("soon", now), None);
    }

    #[test]
    fn backoff_doubles_with_jitter_within_its_cap_and_retry_after_has_a_cap() {
        let policy = RetryPolicy::default();
        for seed in 0..50 {
            let first = policy.delay(2, None, seed).expect("a wait");
            let second = policy.delay(3, None, seed).expect("a wait");
            assert!((100..=200).contains(&first.as_millis()), "{first:?}");
            assert!((200..=400).contains(&second.as_millis()), "{second:?}");
            let late = policy.delay(30, None, seed).expect("a wait");
            assert!(late <= policy.max_backoff, "{late:?}");
        }
        assert_eq!(
            policy.delay(2, Some(Duration::from_secs(2)), 0),
            Some(Duration::from_secs(2))
        );
        assert_eq!(policy.delay(2, Some(Duration::from_secs(3600)), 0), None);
    }
}
