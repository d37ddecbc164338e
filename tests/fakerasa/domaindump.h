#pragma once

#include "apitypes.h"
#include "bot.h"

#include <QByteArray>
#include <QJsonObject>

namespace Coach::FakeRasa {

//! The body of GET /domain (spec §4.2).
namespace DomainDump {

//! 2.x: Rasa's normalised dump (intents as `[{name: {use_entities}}]`
//! sorted by name, slot types as class paths with auto_fill, config,
//! session_config, e2e_actions). 3.x: the domain as written, empty keys
//! removed, intents sorted by name, `version` and `session_config` added.
QJsonObject json(const Bot &bot, const RasaVersion &version);

//! The same data as YAML text (Accept: application/x-yaml).
QByteArray yaml(const QJsonObject &json);

} // namespace DomainDump

} // namespace Coach::FakeRasa
