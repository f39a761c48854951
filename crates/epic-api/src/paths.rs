//! Every route, as the server declares it and the client fills it in
//! (`{id}` is a record's id).

pub const HEALTHZ: &str = "/healthz";
pub const READYZ: &str = "/readyz";
pub const SESSIONS: &str = "/api/v1/sessions";
pub const CURRENT_SESSION: &str = "/api/v1/sessions/current";
pub const ME: &str = "/api/v1/me";
pub const EMPLOYEES: &str = "/api/v1/employees";
pub const EMPLOYEE: &str = "/api/v1/employees/{id}";
pub const CLIENTS: &str = "/api/v1/clients";
pub const CLIENT: &str = "/api/v1/clients/{id}";
pub const CONTRACTS: &str = "/api/v1/contracts";
pub const CONTRACT: &str = "/api/v1/contracts/{id}";
pub const EVENTS: &str = "/api/v1/events";
pub const EVENT: &str = "/api/v1/events/{id}";
pub const EMPLOYEE_DEACTIVATE: &str = "/api/v1/employees/{id}/deactivate";
pub const EMPLOYEE_REACTIVATE: &str = "/api/v1/employees/{id}/reactivate";
pub const EMPLOYEE_PASSWORD: &str = "/api/v1/employees/{id}/password";
pub const CONTRACT_PAYMENTS: &str = "/api/v1/contracts/{id}/payments";
pub const CONTRACT_SIGN: &str = "/api/v1/contracts/{id}/sign";
pub const CONTRACT_UNSIGN: &str = "/api/v1/contracts/{id}/unsign";
pub const NOTIFICATIONS: &str = "/api/v1/notifications";
pub const NOTIFICATIONS_READ: &str = "/api/v1/notifications/read";
pub const NOTIFICATION_SETTINGS: &str = "/api/v1/notifications/settings";
pub const NOTIFICATION_OUTBOX: &str = "/api/v1/notifications/outbox";
pub const CALENDAR_URL: &str = "/api/v1/calendar/url";
/// The feeds themselves, `/calendar/<token>.ics`: no session, the token in
/// the path is the permission.
pub const CALENDAR_FEED: &str = "/calendar/{file}";
pub const AUDIT: &str = "/api/v1/audit";
pub const SCHEMA: &str = "/api/v1/schema";
pub const OPENAPI: &str = "/api/v1/openapi.json";
pub const PASSWORD: &str = "/api/v1/me/password";
pub const CAN_I: &str = "/api/v1/me/can-i";
pub const EMPLOYEE_DELETABLE: &str = "/api/v1/employees/{id}/deletable";
pub const CLIENT_DELETABLE: &str = "/api/v1/clients/{id}/deletable";
pub const CONTRACT_DELETABLE: &str = "/api/v1/contracts/{id}/deletable";
pub const EVENT_DELETABLE: &str = "/api/v1/events/{id}/deletable";
pub const CLIENTS_IMPORT: &str = "/api/v1/clients/import";
pub const CLIENT_DATA: &str = "/api/v1/clients/{id}/data";
pub const CLIENT_FORGETTABLE: &str = "/api/v1/clients/{id}/forgettable";
pub const CLIENT_FORGET: &str = "/api/v1/clients/{id}/forget";
pub const CLIENTS_INACTIVE: &str = "/api/v1/clients/inactive";
pub const CLIENTS_FORGET: &str = "/api/v1/clients/forget";
pub const EMPLOYEE_FORGETTABLE: &str = "/api/v1/employees/{id}/forgettable";
pub const EMPLOYEE_FORGET: &str = "/api/v1/employees/{id}/forget";
pub const EVENTS_IMPORT: &str = "/api/v1/events/import";
pub const NAMES: &str = "/api/v1/names";
pub const REPORT_REVENUE: &str = "/api/v1/reports/revenue";
pub const REPORT_UNPAID: &str = "/api/v1/reports/unpaid";
pub const REPORT_UPCOMING: &str = "/api/v1/reports/upcoming";
pub const REPORT_MONTHLY: &str = "/api/v1/reports/monthly";

/// A route with its `{id}` filled in.
pub fn with_id(route: &str, id: i64) -> String {
    route.replace("{id}", &id.to_string())
}
