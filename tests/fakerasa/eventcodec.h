#pragma once

#include "apitypes.h"
#include "result.h"

#include "model/event.h"

#include <QJsonValue>
#include <QString>

#include <optional>

namespace Coach::FakeRasa {

//! How Rasa's server reads posted events.
namespace EventCodec {

//! The 3.x events JSON schema check of POST/PUT …/tracker/events: every
//! item an object with a string `event`, `timestamp` number|null,
//! `metadata` object|null, matching exactly one known event type (with the
//! field types of that type: `slot` needs `name` and `value`, `entities`
//! needs `entities`, entity objects need `entity` and `value`, …).
//! Returns the first problem, or an empty string when the events are valid.
QString schemaError(const QJsonValue &item);

//! Event.from_parameters: an object without `event` (and the legacy
//! `topic`) gives no event; an unknown name is an error ("Unknown event
//! name 'x'."). The event is rewritten as Rasa's as_dict() writes it:
//! every field of its type present, legacy `form`/`form_validation`
//! renamed to `active_loop`/`loop_interrupted`, no timestamp when none
//! was given (the server stamps it).
Result<std::optional<Event>> fromParameters(const QJsonValue &item);

//! Python's repr-like text of a JSON value for error messages.
QString describe(const QJsonValue &value);

} // namespace EventCodec

} // namespace Coach::FakeRasa
