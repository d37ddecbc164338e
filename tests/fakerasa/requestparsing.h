#pragma once

#include "apitypes.h"

#include "model/tracker.h"

#include <QByteArray>
#include <QJsonValue>

#include <optional>

namespace Coach::FakeRasa {

//! A request body read as Sanic's `request.json` reads it.
struct JsonBody
{
    bool empty = true; //!< no bytes at all (Rasa's "not request.body")
    bool valid = false; //!< parsed as JSON (any value, scalars included)
    QJsonValue value; //!< null for an empty body

    static JsonBody parse(const QByteArray &body);
};

//! `include_events` (case-insensitive, default AFTER_RESTART); an invalid
//! value sets `error` to Rasa's 400 reply.
std::optional<EventVerbosity> verbosityParameter(const ApiRequest &request,
                                                 const RasaVersion &version, ApiReply *error);

//! Rasa's float_arg: a number, or nullopt when absent or unparsable.
std::optional<double> floatParameter(const ApiRequest &request, const QString &name);

//! Sanic's own replies for bad JSON (400) and handler crashes (500).
ApiReply badJsonReply(const ApiRequest &request);
ApiReply internalErrorReply(const ApiRequest &request);

} // namespace Coach::FakeRasa
